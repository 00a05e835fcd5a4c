import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** The longest text one logged value keeps; a log line stays a few kilobytes at most. */
export const MAX_LOGGED_TEXT = 2_000;
const MAX_LOGGED_ITEMS = 50;
const MAX_LOGGED_DEPTH = 6;

/**
 * Personal data and secrets never written to the log, wherever they appear in a logged object:
 * contact persons' names, e-mails and phones, tokens, authorization headers and cookies, and the
 * variables of GraphQL requests (which carry whatever a form held).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'token',
  '*.token',
  '*.authorization',
  'email',
  '*.email',
  'contactEmail',
  'contactName',
  'contactPersons',
  '*.contactEmail',
  '*.contactName',
  '*.contactPersons',
  '*.phone',
  'variables',
  '*.variables',
  'params',
  '*.params',
  'err.parameters',
];

export function createLogger(
  level: string,
  pretty = process.stdout.isTTY,
  destination?: DestinationStream,
): Logger {
  const options = {
    level,
    base: { service: 'kompetansemidler-api' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: safeError, error: safeError },
    formatters: { log: (object: Record<string, unknown>) => bounded(object, 0) as typeof object },
    ...(pretty && !destination
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * An error as the log keeps it. A database error's message holds its SQL with every value
 * written in (a whole INSERT: names, e-mails, amounts) and PostgreSQL's `detail` repeats values
 * too: the log keeps the statement's shape with each literal replaced by `?`, the SQLSTATE, the
 * table, column and constraint, and no detail. Every text is bounded.
 */
export function safeError(error: unknown): unknown {
  if (!(error instanceof Error)) return bounded(error, 0);
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  const database = isDatabaseError(error);
  const {
    detail: _detail,
    parameters: _parameters,
    params: _params,
    sql: _sql,
    query: _query,
    ...rest
  } = serialized;
  const clean = database
    ? {
        ...rest,
        message: withoutSqlValues(String(serialized['message'] ?? '')),
        stack: stackWithoutSqlValues(String(serialized['stack'] ?? '')),
      }
    : rest;
  return bounded(clean, 0);
}

function isDatabaseError(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) ||
    error.name.endsWith('Exception') ||
    'sqlState' in error
  );
}

/** SQL with its literal values (quoted text, numbers) replaced by `?`, and no `detail:` line. */
export function withoutSqlValues(text: string): string {
  return text
    .replace(/\n - detail:[^\n]*/g, '')
    .replace(/\b[EeUu]&?'(?:[^']|'')*'/g, '?')
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/(?<![\w."$])-?\d+(?:\.\d+)?(?![\w"$])/g, '?');
}

/** A stack's message part without values; its frames (files and lines) as they are. */
function stackWithoutSqlValues(stack: string): string {
  const frames = stack.search(/\n\s+at /);
  return frames < 0
    ? withoutSqlValues(stack)
    : withoutSqlValues(stack.slice(0, frames)) + stack.slice(frames);
}

/** A copy of a logged value with long texts cut, long lists shortened and deep objects elided. */
function bounded(value: unknown, depth: number): unknown {
  if (typeof value === 'string') {
    return value.length > MAX_LOGGED_TEXT
      ? `${value.slice(0, MAX_LOGGED_TEXT)}… (${value.length} characters)`
      : value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return safeError(value);
  if (depth >= MAX_LOGGED_DEPTH) return '[…]';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_LOGGED_ITEMS).map((v) => bounded(v, depth + 1));
    if (value.length > MAX_LOGGED_ITEMS) items.push(`… (${value.length} items)`);
    return items;
  }
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const [key, v] of Object.entries(value)) {
    if (n++ >= MAX_LOGGED_ITEMS) {
      out['…'] = `${Object.keys(value).length} keys`;
      break;
    }
    out[key] = bounded(v, depth + 1);
  }
  return out;
}
