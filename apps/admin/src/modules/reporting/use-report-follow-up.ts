import { useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useTableSort } from '../../composables/use-table-sort.js';
import type { FollowUpRowFieldsFragment, ReportFollowUpCounts } from '../../gql/graphql.js';
import { toApiError } from '../../graphql/api-error.js';
import { ReportFollowUpQuery } from './reporting.graphql.js';

export type FollowUpRow = FollowUpRowFieldsFragment;

export interface FollowUpVariables {
  roundId: string | null;
  year: number | null;
  asOf: string | null;
}

/** The status filters of the follow-up, each matching one of the API's counts. */
export const FOLLOW_UP_FILTERS = [
  'all',
  'reported',
  'awaitingReview',
  'accepted',
  'returned',
  'missing',
  'late',
  'withProblems',
] as const;
export type FollowUpFilter = (typeof FOLLOW_UP_FILTERS)[number];

type CountKey = Exclude<keyof ReportFollowUpCounts, '__typename'>;

const COUNT_OF: Record<FollowUpFilter, CountKey> = {
  all: 'expected',
  reported: 'reported',
  awaitingReview: 'awaitingReview',
  accepted: 'accepted',
  returned: 'returned',
  missing: 'missing',
  late: 'late',
  withProblems: 'withProblems',
};

/** Whether a row belongs under a filter: the same rules the API counts by. */
export function matchesFilter(row: FollowUpRow, filter: FollowUpFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'reported':
      return row.state === 'SUBMITTED' || row.state === 'ACCEPTED';
    case 'awaitingReview':
      return row.state === 'SUBMITTED';
    case 'accepted':
      return row.state === 'ACCEPTED';
    case 'returned':
      return row.state === 'RETURNED';
    case 'missing':
      return row.state === 'MISSING';
    case 'late':
      return row.late;
    case 'withProblems':
      return row.problems.length > 0;
  }
}

export type FollowUpSortKey =
  | 'title'
  | 'partnership'
  | 'year'
  | 'state'
  | 'dueDate'
  | 'daysLate'
  | 'granted'
  | 'unspent'
  | 'problems';

const STATE_ORDER = { MISSING: 0, RETURNED: 1, SUBMITTED: 2, ACCEPTED: 3 } as const;

/**
 * The office's follow-up of annual reports for a round or a grant year: the API's counts and rows
 * (due dates, lateness, spending against the grant, the reporting rules' problems), filtered by
 * status and sorted here. The rows come in one answer, so filtering and sorting are local.
 */
export function useReportFollowUp(variables: MaybeRefOrGetter<FollowUpVariables | null>) {
  const result = useQuery({
    query: ReportFollowUpQuery,
    variables: () => toValue(variables) ?? { roundId: null, year: null, asOf: null },
    pause: () => toValue(variables) === null,
    requestPolicy: 'cache-and-network',
  });
  const followUp = computed(() => result.data.value?.reportFollowUp ?? null);
  const rows = computed<FollowUpRow[]>(() => followUp.value?.rows ?? []);
  const filter = ref<FollowUpFilter>('all');
  const filtered = computed(() => rows.value.filter((r) => matchesFilter(r, filter.value)));
  const table = useTableSort<FollowUpRow, FollowUpSortKey>({
    rows: filtered,
    // The API's order (latest first, then partnership) until the adviser picks a column.
    initial: { key: 'daysLate', direction: 'desc' },
    accessors: {
      title: (r) => r.title,
      partnership: (r) => r.partnership.name,
      year: (r) => r.year,
      state: (r) => STATE_ORDER[r.state],
      dueDate: (r) => r.dueDate,
      daysLate: (r) => r.daysLate,
      granted: (r) => r.grant.amount,
      unspent: (r) => r.unspent,
      problems: (r) => r.problems.length,
    },
  });

  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    followUp,
    counts: computed(() => followUp.value?.counts ?? null),
    money: computed(() => followUp.value?.money ?? null),
    asOf: computed(() => followUp.value?.asOf ?? null),
    rows,
    filter,
    /** Each filter with the API's count for it. */
    filterOptions: computed(() =>
      FOLLOW_UP_FILTERS.map((key) => ({
        key,
        count: followUp.value ? followUp.value.counts[COUNT_OF[key]] : null,
      })),
    ),
    filtered,
    /** Some due date is the system's default (the plan's calendar names none). */
    anyDefaultDue: computed(() => rows.value.some((r) => r.dueDateSource === 'DEFAULT')),
    sorted: table.sorted,
    sort: table.sort,
    toggleSort: table.toggle,
    ariaSort: table.ariaSort,
    refresh: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
