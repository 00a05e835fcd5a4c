import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError } from '../../graphql/api-error.js';
import { calendarPosition, osloToday } from './calendar.js';
import { RoundDecisionTotalsQuery, RoundOverviewQuery } from './round.graphql.js';

/**
 * The round overview: frame, commitments, free funds and demand (as the API totals them), where
 * the round is in its calendar, statements per sector, theme and status, and how many have
 * problems. Nothing is added up here.
 */
export function useRoundOverview(
  roundId: MaybeRefOrGetter<string | null>,
  options: { today?: () => string; decisionTotals?: boolean } = {},
) {
  const today = options.today ?? (() => osloToday());
  const result = useQuery({
    query: RoundOverviewQuery,
    variables: () => ({ id: toValue(roundId) ?? '' }),
    pause: () => !toValue(roundId),
    requestPolicy: 'cache-and-network',
  });
  const round = computed(() => result.data.value?.round ?? null);
  const decided = computed(
    () => round.value?.status === 'DECIDED' || round.value?.status === 'REPORTING',
  );
  // What a decided round granted, as the API sums its decisions (the office and the forum).
  const totalsResult = useQuery({
    query: RoundDecisionTotalsQuery,
    variables: () => ({ id: toValue(roundId) ?? '' }),
    pause: () => !toValue(roundId) || !decided.value || options.decisionTotals === false,
    requestPolicy: 'cache-and-network',
  });
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    round,
    summary: computed(() => round.value?.summary ?? null),
    bySector: computed(() => round.value?.summary.bySector ?? []),
    byTheme: computed(() => round.value?.summary.byTheme ?? []),
    byStatus: computed(() => round.value?.summary.byStatus ?? []),
    commitmentCount: computed(() => round.value?.commitments.totalCount ?? 0),
    calendar: computed(() => calendarPosition(round.value?.calendar ?? [], today())),
    /** The decisions' sums once the round is decided (null before). */
    decisionTotals: computed(() =>
      decided.value ? (totalsResult.data.value?.round?.decisionTotals ?? null) : null,
    ),
    refetch: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
