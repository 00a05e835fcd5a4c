import { useQuery } from '@urql/vue';
import { computed, reactive, toValue, type MaybeRefOrGetter } from 'vue';
import type { DecisionStatus, Sector } from '../../gql/graphql.js';
import { toApiError } from '../../graphql/api-error.js';
import { DecisionsTableQuery } from './proposal.graphql.js';

/**
 * The round's decisions as a table: filtered by status and sector (by the API), with the API's
 * sums of what the filter selects.
 */
export function useDecisionsTable(
  roundId: MaybeRefOrGetter<string | null>,
  options: { enabled?: MaybeRefOrGetter<boolean> } = {},
) {
  const filter = reactive<{ status: DecisionStatus | ''; sector: Sector | '' }>({
    status: '',
    sector: '',
  });
  const result = useQuery({
    query: DecisionsTableQuery,
    variables: () => ({
      roundId: toValue(roundId) ?? '',
      filter: {
        status: filter.status ? [filter.status] : null,
        sector: filter.sector ? [filter.sector] : null,
      },
    }),
    pause: () => !toValue(roundId) || !(toValue(options.enabled) ?? true),
    requestPolicy: 'cache-and-network',
  });
  return {
    filter,
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    rows: computed(() => result.data.value?.round?.decisions.edges.map((e) => e.node) ?? []),
    totalCount: computed(() => result.data.value?.round?.decisions.totalCount ?? 0),
    totals: computed(() => result.data.value?.round?.decisionTotals ?? null),
    filtered: computed(() => filter.status !== '' || filter.sector !== ''),
    refresh: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
