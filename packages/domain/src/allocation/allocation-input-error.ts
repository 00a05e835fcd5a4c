import type { ValidationProblem } from '../common/validation-problem.js';

export type AllocationInputProblemCode =
  | 'ALLOC_FRAME_INVALID'
  | 'ALLOC_DUPLICATE_CANDIDATE'
  | 'ALLOC_UNKNOWN_METHOD'
  | 'ALLOC_UNKNOWN_CUT_RULE'
  | 'ALLOC_MIN_SHARE_RANGE'
  | 'ALLOC_SECTOR_BASIS_MISSING'
  | 'ALLOC_REGIONAL_NETWORKS_UNSUPPORTED'
  | 'ALLOC_AMOUNT_INVALID'
  | 'ALLOC_WEIGHT_INVALID'
  | 'ALLOC_MARGINAL_TIER_UNKNOWN'
  | 'ALLOC_SAMI_LEVEL_INVALID'
  | 'ALLOC_TOLERANCE_INVALID'
  | 'ALLOC_TIME_LIMIT_INVALID'
  | 'SECTOR_MISSING';

/** Thrown by allocate() when the input cannot be allocated at all; lists every problem. */
export class AllocationInputError extends Error {
  readonly code = 'ALLOCATION_INPUT_INVALID';
  constructor(readonly problems: ValidationProblem<AllocationInputProblemCode>[]) {
    super(problems.map((p) => p.message.en).join('; '));
  }
}
