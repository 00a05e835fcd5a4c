import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { IMPORT_OPERATIONS } from '../modules/register/register-import.resolver.js';

/** Where files are uploaded: GraphQL with a larger body limit, for imports only. */
export const GRAPHQL_IMPORT_PATH = '/graphql/import';
export const MAX_IMPORT_BODY = '8mb';
/** Set by the server on the import route (and removed from other requests). */
export const ROUTE_HEADER = 'x-kompetansemidler-route';

/**
 * On the import route only the import mutations run: the larger body limit there serves files,
 * not large queries.
 */
export function importRoutePlugin(): ApolloServerPlugin {
  const allowed = new Set<string>([...IMPORT_OPERATIONS, '__typename']);
  return {
    async requestDidStart({ request }) {
      if (request.http?.headers.get(ROUTE_HEADER) !== 'import') return;
      return {
        async didResolveOperation({ operation }) {
          const ok =
            operation?.operation === 'mutation' &&
            operation.selectionSet.selections.every(
              (s) => s.kind === Kind.FIELD && allowed.has(s.name.value),
            );
          if (!ok) {
            throw new GraphQLError(
              `Only the import mutations (${IMPORT_OPERATIONS.join(', ')}) go to ${GRAPHQL_IMPORT_PATH}.`,
              { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
