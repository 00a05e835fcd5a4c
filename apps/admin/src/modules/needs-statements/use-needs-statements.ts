import { useClientHandle, useQuery } from '@urql/vue';
import { computed, reactive, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import type {
  NeedsStatementRowFieldsFragment,
  NeedsStatementSortField,
  NeedsStatementStatus,
  Sector,
  SortDirection,
} from '../../gql/graphql.js';
import { toApiError } from '../../graphql/api-error.js';
import { NeedsStatementsQuery } from './needs-statements.graphql.js';

export const PAGE_SIZE = 25;
/** The API's largest page: the export fetches the whole filtered list in pages of this size. */
export const EXPORT_PAGE_SIZE = 200;

export interface StatementFilter {
  sector: Sector | '';
  status: NeedsStatementStatus | '';
  themeId: string;
  search: string;
  /** '' all; 'yes' only statements with problems; 'no' only those without. */
  problems: '' | 'yes' | 'no';
}

/** The needs statements of a round: filtered, sorted and paged by the API. */
export function useNeedsStatements(
  roundId: MaybeRefOrGetter<string | null>,
  options: { pageSize?: number } = {},
) {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const filter = reactive<StatementFilter>({
    sector: '',
    status: '',
    themeId: '',
    search: '',
    problems: '',
  });
  const sort = ref<{ field: NeedsStatementSortField; direction: SortDirection }>({
    field: 'SUBMITTED_AT',
    direction: 'ASC',
  });
  /** Cursors of the pages before the current one (`null` is the first page). */
  const cursors = ref<(string | null)[]>([null]);

  const variables = computed(() => ({
    roundId: toValue(roundId) ?? '',
    first: pageSize,
    after: cursors.value.at(-1) ?? null,
    filter: {
      ...(filter.sector ? { sector: [filter.sector] } : {}),
      ...(filter.status ? { status: [filter.status] } : {}),
      ...(filter.themeId ? { themeId: filter.themeId } : {}),
      ...(filter.search.trim() ? { search: filter.search.trim() } : {}),
      ...(filter.problems ? { hasProblems: filter.problems === 'yes' } : {}),
    },
    orderBy: sort.value,
  }));

  // A new filter or sort starts again on the first page.
  watch(
    () => [
      filter.sector,
      filter.status,
      filter.themeId,
      filter.search,
      filter.problems,
      sort.value,
      toValue(roundId),
    ],
    () => {
      cursors.value = [null];
    },
  );

  const handle = useClientHandle();

  const result = useQuery({
    query: NeedsStatementsQuery,
    variables: () => variables.value,
    pause: () => !toValue(roundId),
  });
  const connection = computed(() => result.data.value?.needsStatements ?? null);
  const rows = computed(() => connection.value?.edges.map((e) => e.node) ?? []);
  const pageIndex = computed(() => cursors.value.length - 1);

  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    filter,
    sort,
    rows,
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    from: computed(() => (rows.value.length === 0 ? 0 : pageIndex.value * pageSize + 1)),
    to: computed(() => pageIndex.value * pageSize + rows.value.length),
    hasNextPage: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    hasPreviousPage: computed(() => cursors.value.length > 1),
    nextPage() {
      const end = connection.value?.pageInfo.endCursor;
      if (end && connection.value?.pageInfo.hasNextPage) cursors.value = [...cursors.value, end];
    },
    previousPage() {
      if (cursors.value.length > 1) cursors.value = cursors.value.slice(0, -1);
    },
    sortBy(field: NeedsStatementSortField) {
      sort.value =
        sort.value.field === field
          ? { field, direction: sort.value.direction === 'ASC' ? 'DESC' : 'ASC' }
          : { field, direction: 'ASC' };
    },
    /**
     * Every statement the filter and sort give, all pages (for the export): one request per 200,
     * never from the cache. Throws the API's error.
     */
    async fetchAll(): Promise<NeedsStatementRowFieldsFragment[]> {
      const all: NeedsStatementRowFieldsFragment[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await handle.client
          .query(
            NeedsStatementsQuery,
            { ...variables.value, first: EXPORT_PAGE_SIZE, after },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (page.error) throw page.error;
        const found = page.data?.needsStatements;
        if (!found) return all;
        all.push(...found.edges.map((e) => e.node));
        const next = found.pageInfo.hasNextPage ? found.pageInfo.endCursor : null;
        if (!next) return all;
        after = next;
      }
    },
    ariaSort(field: NeedsStatementSortField): 'ascending' | 'descending' | 'none' {
      if (sort.value.field !== field) return 'none';
      return sort.value.direction === 'ASC' ? 'ascending' : 'descending';
    },
  };
}
