import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logger.js';

const EXPOSED_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Errors a client can act on keep their code and message; everything else is logged
 * and masked, so no stack trace, SQL or internal message leaves the server.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (
    typeof code === 'string' &&
    (EXPOSED_CODES.has(code) || formatted.extensions?.['exposed'] === true)
  ) {
    const {
      exposed: _exposed,
      stacktrace: _stacktrace,
      ...extensions
    } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error(
    { err: unwrapResolverError(error), path: formatted.path },
    'unexpected error in a GraphQL request',
  );
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
