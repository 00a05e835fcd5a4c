import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { ariaSort, nextSort, sortRows, useTableSort } from './use-table-sort.js';

interface Row {
  name: string;
  amount: number | null;
}
const rows: Row[] = [
  { name: 'Tromsø', amount: 300 },
  { name: 'Åsen', amount: null },
  { name: 'Bardu', amount: 100 },
  { name: 'Ørnes', amount: 100 },
  { name: 'Senja', amount: 200 },
];
const accessors = { name: (r: Row) => r.name, amount: (r: Row) => r.amount };

describe('sortRows', () => {
  it('sorts text in Norwegian order', () => {
    const sorted = sortRows(rows, { key: 'name', direction: 'asc' }, accessors);
    expect(sorted.map((r) => r.name)).toEqual(['Bardu', 'Senja', 'Tromsø', 'Ørnes', 'Åsen']);
  });

  it('sorts numbers as numbers, stable, with missing values last either way', () => {
    const asc = sortRows(rows, { key: 'amount', direction: 'asc' }, accessors);
    expect(asc.map((r) => r.name)).toEqual(['Bardu', 'Ørnes', 'Senja', 'Tromsø', 'Åsen']);
    const desc = sortRows(rows, { key: 'amount', direction: 'desc' }, accessors);
    expect(desc.map((r) => r.name)).toEqual(['Tromsø', 'Senja', 'Bardu', 'Ørnes', 'Åsen']);
  });

  it('does not change the input', () => {
    const copy = [...rows];
    sortRows(rows, { key: 'name', direction: 'desc' }, accessors);
    expect(rows).toEqual(copy);
  });
});

describe('nextSort and ariaSort', () => {
  it('starts a new column ascending and flips the same column', () => {
    expect(nextSort({ key: 'a', direction: 'desc' }, 'b')).toEqual({ key: 'b', direction: 'asc' });
    expect(nextSort({ key: 'a', direction: 'asc' }, 'a')).toEqual({ key: 'a', direction: 'desc' });
  });

  it('tells assistive technology how a column is sorted', () => {
    expect(ariaSort({ key: 'a', direction: 'asc' }, 'a')).toBe('ascending');
    expect(ariaSort({ key: 'a', direction: 'desc' }, 'a')).toBe('descending');
    expect(ariaSort({ key: 'a', direction: 'asc' }, 'b')).toBe('none');
  });
});

describe('useTableSort', () => {
  it('re-sorts when a header is toggled and when the rows change', () => {
    const source = ref<Row[]>(rows.slice(0, 3));
    const table = useTableSort({
      rows: source,
      accessors,
      initial: { key: 'name', direction: 'asc' },
    });
    expect(table.sorted.value.map((r) => r.name)).toEqual(['Bardu', 'Tromsø', 'Åsen']);
    table.toggle('name');
    expect(table.sorted.value.map((r) => r.name)).toEqual(['Åsen', 'Tromsø', 'Bardu']);
    expect(table.ariaSort('name')).toBe('descending');
    source.value = [...source.value, { name: 'Alta', amount: 1 }];
    expect(table.sorted.value.at(-1)?.name).toBe('Alta');
  });
});
