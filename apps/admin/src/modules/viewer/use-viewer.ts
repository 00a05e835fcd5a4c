import { useQuery } from '@urql/vue';
import { computed, ref } from 'vue';
import { onTokenChange, readToken } from '../../auth/session-store.js';
import { toApiError } from '../../graphql/api-error.js';
import { ViewerQuery } from './viewer.graphql.js';

const token = ref<string | null>(readToken());
onTokenChange((next) => {
  token.value = next;
});

/** Whether a token is held in this tab (the API still decides whether it is valid). */
export function useSignedIn() {
  return computed(() => token.value !== null);
}

/** The signed-in user (name, role, county), from the API's `viewer`. */
export function useViewer() {
  const result = useQuery({
    query: ViewerQuery,
    pause: () => token.value === null,
    // A new token means a new viewer: never reuse the previous user's answer.
    context: () => ({ requestPolicy: 'cache-and-network' as const, token: token.value }),
  });
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    viewer: computed(() => (token.value === null ? null : (result.data.value?.viewer ?? null))),
    isAdmin: computed(() => result.data.value?.viewer?.role === 'ADMIN'),
  };
}
