import type { CombinedError } from '@urql/core';
import type { ErrorCode } from '../gql/graphql.js';

/**
 * The error codes the API puts in `extensions.code`: the schema's ErrorCode enum, typed by
 * codegen. The record must name every code of the enum and no other (the compiler checks it), so a
 * code the API adds or drops fails the admin's typecheck until it is handled here and in the texts.
 */
const KNOWN_CODES: Record<ErrorCode, true> = {
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  VALIDATION_FAILED: true,
  WRONG_PHASE: true,
  CONFLICT: true,
  BAD_USER_INPUT: true,
  SOLVER_FAILED: true,
  SOLVER_TIMEOUT: true,
  QUERY_TOO_COMPLEX: true,
  SCENARIO_RUN_IN_PROGRESS: true,
  FRAME_EXCEEDED: true,
  OVERRIDE_REQUIRED: true,
  TIMEOUT: true,
  DATABASE_UNAVAILABLE: true,
  BUSY: true,
  RATE_LIMITED: true,
  DEADLINE_PASSED: true,
  REQUEST_ABOVE_CEILING: true,
};
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'UNKNOWN';

/** Whether a value is one of the API's error codes. */
export function isApiErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(KNOWN_CODES, value);
}

/** One problem with an input, as the API reports it under `extensions.problems`. */
export interface ApiProblem {
  code: string;
  path: (string | number)[];
  message: { nb: string; en: string };
}

/** An API error reduced to what a screen shows: a code, the server's words, the problems. */
export interface ApiError {
  code: ApiErrorCode;
  /** The server's message (English); screens show the Norwegian text for `code` instead. */
  message: string;
  problems: ApiProblem[];
  /** The input field a BAD_USER_INPUT error names (`extensions.field`), if any. */
  field: string | null;
}

function isProblem(value: unknown): value is ApiProblem {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<ApiProblem>;
  return (
    typeof candidate.code === 'string' &&
    Array.isArray(candidate.path) &&
    typeof candidate.message?.nb === 'string'
  );
}

/** Turns urql's CombinedError into an ApiError (null when there is none). */
export function toApiError(error: CombinedError | null | undefined): ApiError | null {
  if (!error) return null;
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { code: 'NETWORK', message: error.networkError.message, problems: [], field: null };
  }
  const first = error.graphQLErrors[0];
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  const rawCode = extensions['code'];
  const code: ApiErrorCode = isApiErrorCode(rawCode) ? rawCode : 'UNKNOWN';
  const problems = error.graphQLErrors.flatMap((e) => {
    const list = (e.extensions as Record<string, unknown> | undefined)?.['problems'];
    return Array.isArray(list) ? list.filter(isProblem) : [];
  });
  const field = typeof extensions['field'] === 'string' ? extensions['field'] : null;
  return { code, message: first?.message ?? error.message, problems, field };
}

export function hasCode(error: CombinedError | null | undefined, code: ApiErrorCode): boolean {
  return (error?.graphQLErrors ?? []).some((e) => e.extensions?.['code'] === code);
}

/** A problem's path as a dotted string: `['budget', 0, 'owner']` → `budget.0.owner`. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join('.');
}

/**
 * The problems that concern one input field: those whose path is the field or lies under it
 * (`budget` matches `budget.0.owner`). An input's name is its path in the mutation's input.
 */
export function problemsFor(
  problems: readonly ApiProblem[],
  field: string,
  options: { exact?: boolean } = {},
): ApiProblem[] {
  return problems.filter((p) => {
    const key = pathKey(p.path);
    return options.exact ? key === field : key === field || key.startsWith(`${field}.`);
  });
}

/**
 * The problems an API error reports for one input field of a mutation: validation problems whose
 * path is the field (with or without the leading `input`), or a BAD_USER_INPUT naming it.
 */
export function fieldProblems(error: ApiError | null, field: string): ApiProblem[] {
  if (!error) return [];
  const found = [
    ...problemsFor(error.problems, field),
    ...problemsFor(error.problems, `input.${field}`),
  ];
  if (
    error.code === 'BAD_USER_INPUT' &&
    (error.field === field || error.field === `input.${field}`)
  ) {
    found.push({ code: error.code, path: [field], message: { nb: '', en: error.message } });
  }
  return found;
}

/** Whether an error belongs to no particular field (shown above the form rather than beside a field). */
export function isFormLevel(error: ApiError | null, fields: readonly string[]): boolean {
  if (!error) return false;
  return !fields.some((f) => fieldProblems(error, f).length > 0);
}

/**
 * A field the client could not read (a number that is not one) as a problem of that field, shown
 * like the API's: without its own words, FieldError uses the field's text (`fieldErrors.<field>`).
 */
export function unreadableField(field: string): ApiProblem {
  return { code: 'UNREADABLE', path: [field], message: { nb: '', en: '' } };
}
