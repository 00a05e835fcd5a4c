import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { AppError } from '../errors/app-error.js';
import type { Logger } from '../logger.js';

export const UNAVAILABLE_MESSAGE =
  'The database cannot be reached just now. Try again in a few seconds.';
export const TIMEOUT_MESSAGE =
  'The request took too long and was stopped. Try again later, or ask for less at a time.';

/** Socket errors of a server that is down or cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's SQLSTATEs of a server going away or not taking connections: class 08 (connection
 * exception), admin_shutdown, crash_shutdown, cannot_connect_now (starting up, shutting down).
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P01|57P02|57P03)$/;

/** What node-postgres and knex say when the connection went away mid-way or none could be had. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Client has encountered a connection error|Timeout acquiring a connection|connection (is )?(closed|ended)|terminating connection/i;

/** The error and the errors it wraps (`cause`, MikroORM's `previous`). */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const record = current as Record<string, unknown>;
    yield record;
    current = record['cause'] ?? record['previous'] ?? record['originalError'];
  }
}

/** True when the error says the database cannot be reached (down, restarting, refusing). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = typeof e['code'] === 'string' ? e['code'] : undefined;
    if (code && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
    if (typeof e['message'] === 'string' && UNAVAILABLE_MESSAGES.test(e['message'])) return true;
  }
  return false;
}

/** True when PostgreSQL cancelled the statement for running past `statement_timeout`. */
export function isStatementTimeout(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e['code'] === '57014' && /statement timeout/i.test(String(e['message']))) return true;
  }
  return false;
}

/**
 * Log lines about one kind of trouble, at most one per interval: the first at once, later ones
 * counted and told with the next line written (`repeated`: how many were left out before it).
 * 25 s of a database outage wrote 7.8 MB of log before.
 */
export class ThrottledLog {
  private last = Number.NEGATIVE_INFINITY;
  private left = 0;

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Calls `write` with the count left out since the last line, or counts this one. */
  log(write: (repeated: number) => void): boolean {
    const now = this.now();
    if (now - this.last < this.intervalMs) {
      this.left += 1;
      return false;
    }
    const repeated = this.left;
    this.last = now;
    this.left = 0;
    write(repeated);
    return true;
  }
}

export interface OutageOptions {
  retryAfterSeconds: number;
  logIntervalSeconds: number;
}

export const DEFAULT_OUTAGE_OPTIONS: OutageOptions = {
  retryAfterSeconds: 5,
  logIntervalSeconds: 10,
};

/**
 * What the server does while its database is away: the client gets HTTP 503 with `Retry-After`
 * and the code DATABASE_UNAVAILABLE (TIMEOUT for a statement stopped by `statement_timeout`),
 * and the log gets one line per interval with a count.
 */
export class DatabaseOutage {
  private readonly unavailableLog: ThrottledLog;
  private readonly timeoutLog: ThrottledLog;

  constructor(
    private readonly logger: Logger,
    readonly options: OutageOptions = DEFAULT_OUTAGE_OPTIONS,
  ) {
    this.unavailableLog = new ThrottledLog(options.logIntervalSeconds * 1000);
    this.timeoutLog = new ThrottledLog(options.logIntervalSeconds * 1000);
  }

  get retryAfter(): string {
    return String(this.options.retryAfterSeconds);
  }

  /** Logs (throttled) that the database could not be reached. */
  logUnavailable(error: unknown, context = 'the database cannot be reached'): void {
    this.unavailableLog.log((repeated) =>
      this.logger.error({ err: summary(error), repeated }, context),
    );
  }

  logTimeout(error: unknown): void {
    this.timeoutLog.log((repeated) =>
      this.logger.warn({ err: summary(error), repeated }, 'a statement ran past statement_timeout'),
    );
  }

  /**
   * The error for an outage or a timeout met before the operation ran (while the caller was
   * being identified): logged here, HTTP 503 with Retry-After.
   */
  contextError(error: unknown): GraphQLError {
    const timeout = isStatementTimeout(error);
    if (timeout) this.logTimeout(error);
    else this.logUnavailable(error);
    return new GraphQLError(timeout ? TIMEOUT_MESSAGE : UNAVAILABLE_MESSAGE, {
      extensions: {
        code: timeout ? 'TIMEOUT' : 'DATABASE_UNAVAILABLE',
        exposed: true,
        http: { status: 503, headers: new Map([['retry-after', this.retryAfter]]) },
      },
    });
  }

  /**
   * Sets 503 and Retry-After on a GraphQL answer whose errors include an outage, a statement
   * stopped by the timeout, or work refused as BUSY (a full queue).
   */
  plugin(): ApolloServerPlugin {
    const retryAfter = this.options.retryAfterSeconds;
    return {
      async requestDidStart() {
        let wait: number | undefined;
        return {
          async didEncounterErrors({ errors }) {
            for (const error of errors) {
              const original = unwrapResolverError(error);
              const seconds =
                isDatabaseUnavailable(original) || isStatementTimeout(original)
                  ? retryAfter
                  : original instanceof AppError && original.code === 'BUSY'
                    ? Number(original.details['retryAfterSeconds'] ?? 1)
                    : undefined;
              if (seconds !== undefined) wait = Math.max(wait ?? 0, seconds);
            }
          },
          async willSendResponse({ response }) {
            if (wait === undefined) return;
            response.http.status = 503;
            response.http.headers.set('retry-after', String(wait));
          },
        };
      },
    };
  }
}

/** The error's class, code and first line: no SQL text, no parameters, no stack. */
function summary(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const e = error as { name?: unknown; code?: unknown; message?: unknown };
  // MikroORM's messages begin with the statement ("select … - canceling statement …"): only
  // the database's own words are kept.
  const message = typeof e.message === 'string' ? e.message.split('\n')[0] : undefined;
  return {
    type: e.name,
    code: e.code,
    message: message?.split(' - ').pop()?.slice(0, 200),
  };
}
