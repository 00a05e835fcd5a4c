import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError } from '../../graphql/api-error.js';
import { RoundScenariosQuery } from './scenarios.graphql.js';

/** The scenarios of a round, newest first. */
export function useRoundScenarios(roundId: MaybeRefOrGetter<string | null>) {
  const result = useQuery({
    query: RoundScenariosQuery,
    variables: () => ({ roundId: toValue(roundId) ?? '' }),
    pause: () => !toValue(roundId),
  });
  const round = computed(() => result.data.value?.round ?? null);
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    round,
    scenarios: computed(() => round.value?.scenarios.edges.map((e) => e.node) ?? []),
    refetch: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
