/**
 * Errors a client can act on. Services throw them; the one boundary (server/format-error.ts) turns
 * them into GraphQL errors with `extensions.code` (and `extensions.problems` for validation).
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'WRONG_PHASE',
  'CONFLICT',
  'BAD_USER_INPUT',
  'SOLVER_FAILED',
  'SOLVER_TIMEOUT',
  'QUERY_TOO_COMPLEX',
  'SCENARIO_RUN_IN_PROGRESS',
  'FRAME_EXCEEDED',
  'OVERRIDE_REQUIRED',
  'TIMEOUT',
  'DATABASE_UNAVAILABLE',
  'BUSY',
  'RATE_LIMITED',
  'DEADLINE_PASSED',
  'REQUEST_ABOVE_CEILING',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with an input, as the domain reports it. */
export interface Problem {
  code: string;
  path: (string | number)[];
  message: { nb: string; en: string };
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra, client-safe details for `extensions` (never internals). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get extensions(): Record<string, unknown> {
    return { ...this.details, code: this.code };
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'You must sign in to do this.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your role may not do this.', details: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} ${id} was not found.`, { entity, id });
  }
}

export class ValidationFailedError extends AppError {
  constructor(
    message: string,
    readonly problems: Problem[],
  ) {
    super('VALIDATION_FAILED', message, { problems });
  }
}

/**
 * A year of a request above the plan's ceiling on the round's frame (no grant could meet it):
 * `field` is the first offending budget year's path, `problems` lists every problem found.
 */
export class RequestAboveCeilingError extends AppError {
  constructor(message: string, field: string, ceiling: number, problems: Problem[]) {
    super('REQUEST_ABOVE_CEILING', message, { field, ceiling, problems });
  }
}

export class WrongPhaseError extends AppError {
  constructor(action: string, status: string, allowed: readonly string[]) {
    super(
      'WRONG_PHASE',
      `“${action}” is not allowed while the round is ${status} (allowed: ${allowed.join(', ')}). An adviser may override with a reason.`,
      { action, status, allowed: [...allowed] },
    );
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}
