import { cacheExchange, Client, fetchExchange } from '@urql/vue';

export function createApiClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // Apollo's CSRF prevention refuses simple GET requests: always POST JSON.
    preferGetMethod: false,
  });
}
