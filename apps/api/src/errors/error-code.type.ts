import { registerEnumType } from 'type-graphql';
import { ERROR_CODES, type ErrorCode } from './app-error.js';

/** The error codes as a GraphQL enum, so that clients' codegen types `extensions.code`. */
export const ErrorCodeEnum = Object.fromEntries(ERROR_CODES.map((code) => [code, code])) as {
  [K in ErrorCode]: K;
};

const DESCRIPTIONS: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'No valid sign-in (HTTP 401 for a bad token).',
  FORBIDDEN: 'The caller’s role or county may not do this.',
  NOT_FOUND: 'The thing asked for does not exist, or the caller may not see it.',
  VALIDATION_FAILED: 'The plan’s rules find problems: `extensions.problems` lists them.',
  WRONG_PHASE: 'The round’s phase does not allow this now.',
  CONFLICT: 'Someone else changed it first (a stale version) or it clashes with stored data.',
  BAD_USER_INPUT: 'An argument is malformed: `extensions.field` names it.',
  SOLVER_FAILED: 'The allocation engine could not compute the scenario.',
  SOLVER_TIMEOUT: 'The allocation engine ran past its time limit.',
  QUERY_TOO_COMPLEX: 'The operation is too deep, has too many aliases or costs too much.',
  SCENARIO_RUN_IN_PROGRESS: 'The round already has a scenario run queued or running.',
  FRAME_EXCEEDED: 'A year’s grants would pass the year’s frame.',
  OVERRIDE_REQUIRED:
    'The change breaks a band or cap of the plan and needs an override with a reason.',
  TIMEOUT: 'The request took longer than the server allows.',
  DATABASE_UNAVAILABLE: 'The database cannot be reached just now; try again.',
  BUSY: 'The server is busy; try again shortly.',
  RATE_LIMITED: 'Too many requests from this caller; wait and try again.',
  DEADLINE_PASSED: 'The deadline for this has passed.',
  REQUEST_ABOVE_CEILING:
    'A year of a needs statement asks for more than the plan’s ceiling (the round’s frame): `extensions.field` names the year, `extensions.problems` lists every problem.',
};

registerEnumType(ErrorCodeEnum, {
  name: 'ErrorCode',
  description: 'Every code an error’s `extensions.code` may carry.',
  valuesConfig: Object.fromEntries(
    ERROR_CODES.map((code) => [code, { description: DESCRIPTIONS[code] }]),
  ) as { [K in ErrorCode]: { description: string } },
});
