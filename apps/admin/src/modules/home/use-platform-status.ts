import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { PlatformStatusQuery, type PlatformStatusResult } from './home.graphql.js';

export function usePlatformStatus() {
  const result = useQuery<PlatformStatusResult>({ query: PlatformStatusQuery });
  return {
    fetching: result.fetching,
    error: result.error,
    health: computed(() => result.data.value?.health),
    counties: computed(() => result.data.value?.counties ?? []),
  };
}
