import type { LocalizedText } from '../../common/localized-text.js';
import type { SolverReport } from '../allocation.types.js';
import type { HighsSolver } from '../highs-solver.js';
import type { PreparedRound } from '../prepared-round.js';

export interface MethodContext {
  /** A warm HiGHS instance; methods that need one load the shared instance when absent. */
  solver?: HighsSolver | undefined;
}

export interface MethodOutcome {
  /** This year's grant per prepared candidate (index as in PreparedRound.candidates). */
  amounts: number[];
  source: 'RANKED' | 'OPTIMAL' | 'RANKED_FALLBACK';
  solver: SolverReport | null;
  /** Candidates reduced by the cut rule. */
  cut: Set<number>;
  /** Candidates left out because their share would fall below the smallest worth funding. */
  minShareExcluded: Set<number>;
  /** Members of a tier at the budget line that did not fit, and how the tier was settled. */
  tierResolution?: Map<number, TierResolution> | undefined;
}

export type TierResolution = 'CUT_RULE' | 'INDICATORS';

/** A way to allocate a prepared round, picked by name (see allocationMethods). */
export interface AllocationMethod {
  readonly name: string;
  readonly label: LocalizedText;
  allocate(round: PreparedRound, context: MethodContext): Promise<MethodOutcome>;
}
