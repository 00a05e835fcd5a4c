import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { AppError } from '../errors/app-error.js';
import type { Logger } from '../logger.js';
import {
  isDatabaseUnavailable,
  isStatementTimeout,
  TIMEOUT_MESSAGE,
  UNAVAILABLE_MESSAGE,
  type DatabaseOutage,
} from './database-outage.js';

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
 * The one boundary between errors and clients. Errors a client can act on (our AppErrors, optimistic
 * lock and unique-key conflicts, GraphQL's own) keep a code and a human message; everything else is
 * logged and masked, so no stack trace, SQL or internal message leaves the server.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  outage?: DatabaseOutage,
  options: { production?: boolean } = {},
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const where = formatted.path ? { path: formatted.path } : {};
  const locations = formatted.locations ? { locations: formatted.locations } : {};
  if (original instanceof AppError) {
    return { message: original.message, ...locations, ...where, extensions: original.extensions };
  }
  if (original instanceof AuthenticationError) {
    return {
      message: 'You must sign in to do this.',
      ...where,
      extensions: { code: 'UNAUTHENTICATED' },
    };
  }
  if (original instanceof AuthorizationError) {
    return { message: 'Your role may not do this.', ...where, extensions: { code: 'FORBIDDEN' } };
  }
  if (original instanceof OptimisticLockError) {
    return {
      message: 'Someone else changed this in the meantime. Reload it and try again.',
      ...where,
      extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
    };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return {
      message: 'This already exists.',
      ...where,
      extensions: { code: 'CONFLICT', reason: 'ALREADY_EXISTS' },
    };
  }
  if (isStatementTimeout(original)) {
    outage?.logTimeout(original);
    return {
      message: TIMEOUT_MESSAGE,
      ...where,
      extensions: { code: 'TIMEOUT' },
    };
  }
  if (isDatabaseUnavailable(original)) {
    if (outage) outage.logUnavailable(original);
    else logger.error({ path: formatted.path }, 'the database cannot be reached');
    return {
      message: UNAVAILABLE_MESSAGE,
      ...where,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  if (isDataException(original)) {
    // PostgreSQL refused a value (too long, out of range, not valid text…) that the edge's checks
    // (input-guard.ts) and the domain's rules let through: still the caller's input, not a crash.
    // The statement's transaction is rolled back; the fuzz suite holds this reason at zero.
    logger.warn(
      { path: formatted.path, sqlState: (original as { code: string }).code },
      'PostgreSQL refused a value the input checks let through',
    );
    return {
      message: 'A value is too long, out of range or not valid text.',
      ...where,
      extensions: { code: 'BAD_USER_INPUT', reason: 'DATABASE_REFUSED_VALUE' },
    };
  }
  const code = formatted.extensions?.['code'];
  if (code === 'UNAUTHENTICATED') {
    // Thrown while building the context (a bad token): Apollo prefixes the message.
    return {
      message: formatted.message.replace(/^Context creation failed: /, ''),
      extensions: { code },
    };
  }
  if (
    typeof code === 'string' &&
    (EXPOSED_CODES.has(code) || formatted.extensions?.['exposed'] === true)
  ) {
    const {
      exposed: _exposed,
      stacktrace: _stacktrace,
      ...extensions
    } = formatted.extensions ?? {};
    // In production GraphQL's suggestions ("Did you mean the enum value OPEN?") would tell an
    // outsider the schema that introspection hides.
    const message = options.production ? withoutSuggestions(formatted.message) : formatted.message;
    return { ...formatted, message, extensions };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
  return {
    message: 'Internal server error',
    ...where,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** A PostgreSQL data exception (SQLSTATE class 22: value too long, out of range, bad encoding…). */
function isDataException(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** GraphQL's "Did you mean …?" suggestions removed from a message. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}
