import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';

export type SortDirection = 'asc' | 'desc';
export type SortValue = string | number | boolean | null | undefined;

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

function compareValues(a: SortValue, b: SortValue): number {
  // Missing values sort last whatever the direction is handled by the caller.
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

/**
 * Sorts rows by one column: numbers as numbers, text in Norwegian order (æ, ø, å last), missing
 * values last; stable, so rows with equal values keep their order.
 */
export function sortRows<T, K extends string>(
  rows: readonly T[],
  state: SortState<K>,
  accessors: Record<K, (row: T) => SortValue>,
): T[] {
  const accessor = accessors[state.key];
  const sign = state.direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row, index) => ({ row, index, value: accessor(row) }));
  keyed.sort((x, y) => {
    const xMissing = x.value === null || x.value === undefined;
    const yMissing = y.value === null || y.value === undefined;
    if (xMissing || yMissing) {
      return xMissing === yMissing ? x.index - y.index : xMissing ? 1 : -1;
    }
    return sign * compareValues(x.value, y.value) || x.index - y.index;
  });
  return keyed.map((k) => k.row);
}

/** The next sort when a column header is pressed: a new column ascending, the same one flipped. */
export function nextSort<K extends string>(current: SortState<K>, key: K): SortState<K> {
  if (current.key !== key) return { key, direction: 'asc' };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

/** The `aria-sort` value of a column header. */
export function ariaSort<K extends string>(
  state: SortState<K>,
  key: K,
): 'ascending' | 'descending' | 'none' {
  if (state.key !== key) return 'none';
  return state.direction === 'asc' ? 'ascending' : 'descending';
}

/** Client-side sorting of a table's rows (for tables that hold all their rows, like a scenario). */
export function useTableSort<T, K extends string>(options: {
  rows: MaybeRefOrGetter<readonly T[]>;
  accessors: Record<K, (row: T) => SortValue>;
  initial: SortState<K>;
}) {
  const sort = ref(options.initial) as { value: SortState<K> };
  const sorted = computed(() => sortRows(toValue(options.rows), sort.value, options.accessors));
  return {
    sort,
    sorted,
    toggle(key: K) {
      sort.value = nextSort(sort.value, key);
    },
    ariaSort: (key: K) => ariaSort(sort.value, key),
  };
}
