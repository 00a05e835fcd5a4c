import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { toApiError } from '../../graphql/api-error.js';
import { RegisterChoicesQuery } from './register.graphql.js';

/**
 * What the register's forms choose from: the county's municipalities, its active institutions and
 * partnerships, and the plan's indicators that come as figures.
 */
export function useRegisterChoices() {
  const result = useQuery({ query: RegisterChoicesQuery, requestPolicy: 'cache-and-network' });
  const data = computed(() => result.data.value);
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    municipalities: computed(() => data.value?.municipalities ?? []),
    institutions: computed(() => data.value?.institutions.edges.map((e) => e.node) ?? []),
    partnerships: computed(() => data.value?.partnerships.edges.map((e) => e.node) ?? []),
    indicators: computed(() => data.value?.knowledgeBaseIndicators ?? []),
    indicatorLabel(id: string): string {
      return data.value?.knowledgeBaseIndicators.find((i) => i.id === id)?.label.nb ?? id;
    },
    refresh: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
