import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { PlatformStatusQuery } from './home.graphql.js';

export function usePlatformStatus() {
  const result = useQuery({ query: PlatformStatusQuery });
  return {
    fetching: result.fetching,
    error: result.error,
    health: computed(() => result.data.value?.health),
    counties: computed(() => result.data.value?.counties ?? []),
  };
}
