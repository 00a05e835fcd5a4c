import type { LocalizedText } from '../common/localized-text.js';
import type { ResolvedPlan } from '../plan/plan-version.js';
import type { PlanRules } from '../plan/plan.schema.js';
import type { Sector } from '../plan/sector.js';
import type { AllocationCandidate, AllocationInput, ScoreBreakdown } from './allocation.types.js';
import type { CutRule } from './cut-rules.js';

export type RowKind = 'FRAME' | 'SECTOR' | 'LOCK_CAP' | 'FUTURE_FRAME' | 'COORDINATOR_CAP';

/** One linear constraint on the new grants: lower ≤ Σ usage ≤ upper (kroner for new grants). */
export interface PreparedRow {
  id: string;
  kind: RowKind;
  sector?: Sector | undefined;
  durationYears?: number | undefined;
  year: number;
  upper: number;
  /** Soft: only SECTOR rows have one; unmet lowers are penalised and reported. */
  lower: number;
  clause: string;
}

export interface PreparedCandidate {
  index: number;
  source: AllocationCandidate;
  eligible: boolean;
  ineligibleReasons: { code: string; message: LocalizedText }[];
  /** Requested total per year offset (0 = the round's year). */
  req: number[];
  /** The coordinator share of the round's year (only that year meets the coordinator cap). */
  coord0: number;
  req0: number;
  /** Requested over every year of the budget. */
  requestedAllYears: number;
  /** Below this a grant is not worth making (min share); 0 when there is no minimum. */
  minAmount: number;
  /** The sector's discretionary indicators seen together, in millionths (orders within a tier). */
  indicatorMicro: number;
  /** The objective's weight (optimal method): higher for better tiers of the sector, in millionths. */
  priorityMicro: number;
  score: ScoreBreakdown;
  themeRank: number | null;
  /** 0-based position of the theme in the sector's ranked list; OFF_THEME outside the themes. */
  themePosition: number;
  newcomers: number;
  /** 2: every owner is a newcomer, 1: some, 0: none. */
  newcomerClass: number;
  /** 2: STRONG, 1: SOME, 0: NONE or not assessed. */
  samiClass: number;
  /** 0-based tier in its sector (same theme position, newcomer class and Sámi class). */
  tier: number;
  ownershipGroup: 'PUBLIC' | 'PRIVATE' | 'MIXED';
  /**
   * Rows this candidate draws on, with the numerator of its coefficient (denominator: req0). The
   * row list is shared between candidates that draw on the same rows: never written.
   */
  rows: readonly number[];
  nums: number[];
}

export interface SectorBand {
  sector: Sector;
  weight: number;
  targetPercent: number;
  target: number;
  lower: number;
  upper: number;
  effectiveLower: number;
  effectiveUpper: number;
  committed: number;
  demand: number;
  notes: LocalizedText[];
  rowIndex: number;
}

export interface PreparedRound {
  input: AllocationInput;
  plan: ResolvedPlan;
  rules: PlanRules;
  year: number;
  frame: number;
  candidates: PreparedCandidate[];
  /** Eligible candidate indices in priority order (see comparePriority), all sectors merged. */
  priority: number[];
  prioritySector: Map<Sector, number[]>;
  /** Per sector, the number of tiers among its eligible candidates. */
  tiersInSector: Map<Sector, number>;
  /** 'cut-rule' or 'indicators': how a tier at the budget line that does not fit is settled. */
  marginalTier: 'cut-rule' | 'indicators';
  rows: PreparedRow[];
  bands: SectorBand[];
  committed: {
    thisYear: number;
    byYear: Map<number, number>;
    bySector: Map<Sector, number>;
    byDurationYear: Map<string, number>;
    coordinatorThisYear: number;
  };
  cutRule: CutRule;
  minShare: number;
  /** Penalty per kroner of unmet sector lower band, in micro score units. */
  penaltyMicro: number;
}
