import { cacheExchange, Client, fetchExchange, mapExchange } from '@urql/vue';
import { authHeaders } from '../auth/session-store.js';

export interface ApiClientOptions {
  url?: string;
  /** Called when the API says the caller is not (or no longer) signed in. */
  onUnauthenticated?: () => void;
}

/** The one urql client of the app (installed in main.ts). */
export function createApiClient(options: ApiClientOptions = {}): Client {
  const { url = '/graphql', onUnauthenticated } = options;
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          const unauthenticated = error.graphQLErrors.some(
            (e) => e.extensions?.['code'] === 'UNAUTHENTICATED',
          );
          if (unauthenticated) onUnauthenticated?.();
        },
      }),
      fetchExchange,
    ],
    // Apollo's CSRF prevention refuses simple GET requests: always POST JSON.
    preferGetMethod: false,
    // A function, so every request carries the token of the moment.
    fetchOptions: () => ({ headers: authHeaders() }),
  });
}
