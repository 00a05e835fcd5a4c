import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError } from '../../graphql/api-error.js';
import { calendarPosition, osloToday } from './calendar.js';
import { RoundOverviewQuery } from './round.graphql.js';

/**
 * The round overview: frame, commitments, free funds and demand (as the API totals them), where
 * the round is in its calendar, statements per sector, theme and status, and how many have
 * problems. Nothing is added up here.
 */
export function useRoundOverview(
  roundId: MaybeRefOrGetter<string | null>,
  options: { today?: () => string } = {},
) {
  const today = options.today ?? (() => osloToday());
  const result = useQuery({
    query: RoundOverviewQuery,
    variables: () => ({ id: toValue(roundId) ?? '' }),
    pause: () => !toValue(roundId),
    requestPolicy: 'cache-and-network',
  });
  const round = computed(() => result.data.value?.round ?? null);
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
    refetch: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
