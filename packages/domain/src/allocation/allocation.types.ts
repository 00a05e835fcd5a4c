import type { LocalizedText } from '../common/localized-text.js';
import type { Kroner } from '../money/kroner.js';
import type { FundingHistory } from '../needs-statement/needs-statement.schema.js';
import type { CountyPlan } from '../plan/plan.schema.js';
import type { InstitutionKind, Ownership, Sector } from '../plan/sector.js';

/** The slice of an eligible needs statement the engine needs (see candidateFromNeedsStatement). */
export interface AllocationCandidate {
  /** The needs statement's id. Also the last tie-breaker, compared by code units. */
  id: string;
  partnershipId: string;
  /** Stable id of the development work; earlier years of it count toward the work limit. */
  workId: string;
  sector: Sector;
  themeId: string;
  durationYears: number;
  /** The requested grant per year, from the round's year on, one entry per year of the duration. */
  budget: {
    year: number;
    owner: Kroner;
    institution: Kroner;
    total: Kroner;
    coordinator: Kroner;
  }[];
  owners: { orgnr: string; ownership: Ownership; municipalityNumber?: string | undefined }[];
  institution: { orgnr: string; name: string; kind: InstitutionKind };
  /** Raw figures by the plan's indicator id (STATISTIC and DISTANCE kinds), each ≥ 0. */
  indicators?: Record<string, number> | undefined;
  /** The office's own knowledge of the sector: a score in [0, 1] with its written reason. */
  officeKnowledge?: { score: number; reason: string } | undefined;
  /** The office's assessment of how the statement addresses Sámi perspectives (absent: not yet). */
  samiAssessment?: SamiAssessment | undefined;
}

/**
 * How well a statement addresses Sámi perspectives, as the office assessed it. The plan makes Sámi
 * perspectives "a criterion for allocation in the whole scheme": the level orders statements within
 * a theme rank (after newcomer status), and the reasons name it.
 */
export const SAMI_LEVELS = ['NONE', 'SOME', 'STRONG'] as const;
export type SamiLevel = (typeof SAMI_LEVELS)[number];
export interface SamiAssessment {
  level: SamiLevel;
  /** The office's written reason for the level. */
  reason: string;
}

/** An amount bound by an earlier round's multi-year grant, in the year it falls in. */
export interface Commitment {
  needsStatementId: string;
  partnershipId: string;
  workId: string;
  sector: Sector;
  /** The duration of the grant it belongs to: decides which lock cap it counts toward. */
  durationYears: number;
  year: number;
  amount: Kroner;
  owner: Kroner;
  institution: Kroner;
  coordinator: Kroner;
  institutionOrgnr: string;
}

export const CUT_RULE_NAMES = [
  'proportional',
  'constrained-equal-awards',
  'constrained-equal-losses',
] as const;
export const METHOD_NAMES = ['ranked', 'optimal'] as const;
/**
 * What the ranked method does when the tier at the budget line does not fit: share the shortfall by
 * the cut rule, or order the tier by the discretionary indicators of its sector, seen together.
 */
export const MARGINAL_TIER_RULES = ['cut-rule', 'indicators'] as const;
export type MarginalTierRule = (typeof MARGINAL_TIER_RULES)[number];

export interface ScenarioParameters {
  /** A registered allocation method: 'ranked' or 'optimal' (or one you registered). */
  method: string;
  /** A registered cut rule: 'proportional', 'constrained-equal-awards', 'constrained-equal-losses'. */
  cutRule: string;
  /** What to do when the tier at the budget line does not fit (default 'cut-rule'). */
  marginalTier?: MarginalTierRule | undefined;
  /** Weight per indicator id; an indicator left out uses the plan's defaultWeight. */
  indicatorWeights?: Record<string, number> | undefined;
  /**
   * @deprecated The theme rank now orders statements lexicographically (plan: themes in ranked
   * order), never by a weight; validated (a number ≥ 0) and otherwise ignored.
   */
  themeWeight?: number | undefined;
  /** Overrides the plan's sector tolerance, in percentage points. */
  tolerancePercentagePoints?: number | undefined;
  /** The smallest share of a request worth funding, in [0, 1]: below it a statement gets nothing. */
  minFundedShare: number;
  /** Settings of the optimal method. */
  optimal?: { timeLimitSeconds?: number | undefined; relativeGap?: number | undefined } | undefined;
}

export interface AllocationRound {
  year: number;
  /** The year's total funds (ramme), earlier commitments falling in this year included. */
  frame: Kroner;
  /** Figures for a PRO_RATA split (e.g. staff-years per sector). */
  sectorBasis?: Partial<Record<Sector, number>> | undefined;
}

/** Everything a scenario needs, as plain JSON: safe to post to a worker thread. */
export interface AllocationInput {
  plan: CountyPlan;
  planVersion: string;
  round: AllocationRound;
  commitments: Commitment[];
  candidates: AllocationCandidate[];
  history: FundingHistory;
  /** Owner/institution amounts granted in earlier years, to see whether the UH share falls. */
  institutionShareHistory?: { year: number; owner: Kroner; institution: Kroner }[] | undefined;
  scenario: ScenarioParameters;
}

export type ConstraintKind =
  | 'REQUEST'
  | 'FRAME'
  | 'SECTOR_UPPER'
  | 'LOCK_CAP'
  | 'FUTURE_FRAME'
  | 'COORDINATOR_CAP'
  | 'MIN_SHARE'
  | 'CUT_RULE'
  | 'PRIORITY';

export interface BindingConstraint {
  kind: ConstraintKind;
  /** Row id, e.g. `SECTOR:SCHOOL`, `LOCK:3:2027`; absent for REQUEST, MIN_SHARE, PRIORITY. */
  rowId?: string | undefined;
  /** The plan clause behind it. */
  clause?: string | undefined;
}

export type StatementStatus = 'FUNDED' | 'REDUCED' | 'NOT_FUNDED' | 'INELIGIBLE';

export interface StatementAllocation {
  id: string;
  partnershipId: string;
  sector: Sector;
  themeId: string;
  durationYears: number;
  status: StatementStatus;
  requested: { thisYear: Kroner; allYears: Kroner };
  granted: {
    thisYear: Kroner;
    allYears: Kroner;
    /** This year and later years; later years are promised subject to appropriation. */
    perYear: {
      year: number;
      amount: Kroner;
      owner: Kroner;
      institution: Kroner;
      coordinator: Kroner;
      subjectToAppropriation: boolean;
    }[];
  };
  /** Granted this year ÷ requested this year, in percent, 2 decimals. */
  fundedPercent: number;
  flags: {
    /** Got less than asked: the partnership must decide its owner/institution split. */
    reduced: boolean;
    ineligible: boolean;
  };
  ineligibleReasons: { code: string; message: LocalizedText }[];
  /** 1-based priority ranks among eligible statements; null when ineligible. */
  rank: { inSector: number; ofInSector: number; overall: number; of: number } | null;
  score: ScoreBreakdown;
  /** The plan's priority criteria behind the statement's place, and which of them were used. */
  priority: PriorityCriteria;
  binding: BindingConstraint[];
  explanation: LocalizedText;
  /** Ids of the plan clauses the explanation relies on. */
  clauses: string[];
}

/**
 * The discretionary indicators of the statement's own sector, seen together (plan: "Andre
 * prioriteringer ved tildeling"). They order statements only inside a tier, and only when the
 * adviser orders the tier at the budget line by them; they never overturn the theme rank.
 */
export interface ScoreBreakdown {
  /** Σ weight × normalised figure over the sector's indicators, 6 decimals. */
  total: number;
  theme: { rank: number | null; inThemes: boolean };
  /** The indicators that speak of the statement's sector (not newcomer status, not distance). */
  indicators: {
    id: string;
    raw: number;
    normalised: number;
    weight: number;
    contribution: number;
  }[];
}

export type NewcomerStatus = 'ALL' | 'SOME' | 'NONE';

export type PriorityCriterionKind = 'THEME_RANK' | 'NEWCOMER' | 'SAMI' | 'INDICATOR';

/**
 * The plan's order, lexicographic within a sector: theme rank (statements outside the themes after
 * those inside), then newcomer owners, then the office's Sámi assessment; on oversubscription or
 * ties, the sector's discretionary indicators seen together.
 */
export interface PriorityCriteria {
  /**
   * The statement's tier: its priority class in the sector (same theme rank, newcomer status and
   * Sámi level). 1 is the highest. `resolvedBy` says how the tier was settled when it was the one at
   * the budget line and did not fit.
   */
  tier: {
    key: string;
    position: number;
    of: number;
    members: number;
    resolvedBy: 'CUT_RULE' | 'INDICATORS' | null;
  };
  theme: { rank: number | null; inThemes: boolean; clause: string };
  newcomer: { status: NewcomerStatus; owners: number; newcomers: number; clause: string };
  sami: { level: SamiLevel | null; reason: string | null; clause: string };
  /**
   * The criteria that set this statement apart from others of its sector competing for the same
   * funds, in the plan's order; empty when the sector's whole demand was met. An INDICATOR entry
   * names the indicator (id) and appears only when the indicators ordered its tier.
   */
  used: { kind: PriorityCriterionKind; id?: string | undefined; clause: string }[];
}

export interface SectorBandReport {
  sector: Sector;
  targetPercent: number;
  target: Kroner;
  band: { lower: Kroner; upper: Kroner };
  /** The band after demand shortfalls flowed on and earlier commitments were taken in. */
  effectiveBand: { lower: Kroner; upper: Kroner };
  committed: Kroner;
  grantedNew: Kroner;
  total: Kroner;
  sharePercent: number;
  /** Judged against the effective band: a sector whose band moved by rule 1 is not in breach. */
  withinBand: boolean;
  /** Within the plan's nominal band (for information; the effective band is what counts). */
  withinNominalBand: boolean;
  /** The effective band differs from the nominal one; the notes say why. */
  bandMoved: boolean;
  /** The band's width is this project's assumption (plan: "tilnærmet"). */
  toleranceIsAssumption: boolean;
  notes: LocalizedText[];
  clause: string;
}

export interface LockCapReport {
  durationYears: number;
  year: number;
  capPercent: number;
  cap: Kroner;
  committed: Kroner;
  grantedNew: Kroner;
  total: Kroner;
  withinCap: boolean;
  clause: string;
}

export interface ConstraintReport {
  sectors: SectorBandReport[];
  locks: LockCapReport[];
  /**
   * The plan's "about 50 % one year at a time", for information (never enforced): this year's
   * grants to 1-year statements against the frame. Null when the plan names no such target.
   */
  oneYear: { targetPercent: number; amount: Kroner; sharePercent: number; clause: string } | null;
  /** Later years: what is bound against an assumed frame equal to this year's. */
  laterYears: {
    year: number;
    assumedFrame: Kroner;
    committed: Kroner;
    grantedNew: Kroner;
    total: Kroner;
    /** The later frame is this project's assumption (a frame equal to this year's). */
    frameIsAssumption: boolean;
    /** The year lies after the plan's period (grants running into 2030). */
    pastPlanPeriod: boolean;
    clause: string;
  }[];
  coordinator: {
    capPercent: number;
    capIsAssumption: boolean;
    cap: Kroner;
    committed: Kroner;
    grantedNew: Kroner;
    total: Kroner;
    withinCap: boolean;
    clause: string;
  };
  institutionShare: {
    owner: Kroner;
    institution: Kroner;
    institutionSharePercent: number;
    previous: { year: number; institutionSharePercent: number } | null;
    falling: boolean;
    belowMinimum: boolean;
    warnings: LocalizedText[];
    clause: string;
  };
  /** Public vs private owners' funding rates (granted ÷ requested this year), for equal treatment. */
  fundingRates: {
    group: 'PUBLIC' | 'PRIVATE' | 'MIXED';
    statements: number;
    requested: Kroner;
    granted: Kroner;
    ratePercent: number;
  }[];
  institutionsInSeveralPartnerships: {
    orgnr: string;
    name: string;
    partnershipIds: string[];
    grantedThisYear: Kroner;
  }[];
  leftover: { amount: Kroner; reasons: { code: string; message: LocalizedText }[] };
}

export interface SolverReport {
  model: string;
  status: string;
  timeLimitSeconds: number;
  relativeGapSetting: number;
  /** Relative gap between the returned objective and the solver's proven bound. */
  provenGap: number;
  dualBound: number;
  timeLimitReached: boolean;
}

export interface AllocationResult {
  planId: string;
  planVersion: string;
  roundYear: number;
  method: {
    requested: string;
    cutRule: string;
    /** Which solution is returned: the ranked one, the solver's, or the ranked as a fallback. */
    source: 'RANKED' | 'OPTIMAL' | 'RANKED_FALLBACK';
    /** Σ (1 + priority weight) × granted this year − penalty × unmet sector lower bands (README). */
    objective: number;
    rankedObjective: number;
    solver: SolverReport | null;
  };
  totals: {
    frame: Kroner;
    committedEarlier: Kroner;
    grantedNew: Kroner;
    used: Kroner;
    leftover: Kroner;
  };
  statements: StatementAllocation[];
  report: ConstraintReport;
}
