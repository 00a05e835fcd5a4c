import { computed, ref } from 'vue';

export const REGISTER_PAGE_SIZE = 50;

/** Cursor paging of a register list: the cursors of the pages before the current one. */
export function usePager(pageSize = REGISTER_PAGE_SIZE) {
  const cursors = ref<(string | null)[]>([null]);
  const pageIndex = computed(() => cursors.value.length - 1);
  return {
    pageSize,
    after: computed(() => cursors.value.at(-1) ?? null),
    hasPreviousPage: computed(() => cursors.value.length > 1),
    /** `from`–`to` of the page, 1-based, for `rows` rows shown. */
    range(rows: number) {
      return {
        from: rows === 0 ? 0 : pageIndex.value * pageSize + 1,
        to: pageIndex.value * pageSize + rows,
      };
    },
    next(endCursor: string | null | undefined) {
      if (endCursor) cursors.value = [...cursors.value, endCursor];
    },
    previous() {
      if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
    },
    reset() {
      cursors.value = [null];
    },
  };
}

/** The archive filter of a list as the API takes it: active, archived, or both. */
export type ArchiveFilter = 'active' | 'archived' | 'all';

export function archivedArg(filter: ArchiveFilter): boolean | null {
  return filter === 'all' ? null : filter === 'archived';
}
