import { mulDivFloor, percentOf } from '../money/integer-math.js';
import { apportionFirstOfTwo } from '../money/largest-remainder.js';
import { themeClause } from '../themes/theme-lookup.js';
import type {
  BindingConstraint,
  ConstraintKind,
  NewcomerStatus,
  PriorityCriteria,
  StatementAllocation,
} from './allocation.types.js';
import type { CapacityLedger } from './capacity-ledger.js';
import { explainStatement } from './explain.js';
import type { MethodOutcome } from './methods/allocation-method.js';
import type { PreparedCandidate, PreparedRound, RowKind } from './prepared-round.js';

/** 1-based priority ranks by candidate index (0 for ineligible candidates). */
export interface RoundRanks {
  overall: number[];
  inSector: number[];
  ofInSector: number[];
}

export function roundRanks(round: PreparedRound): RoundRanks {
  const ranks: RoundRanks = {
    overall: round.candidates.map(() => 0),
    inSector: round.candidates.map(() => 0),
    ofInSector: round.candidates.map(() => 0),
  };
  round.priority.forEach((index, k) => (ranks.overall[index] = k + 1));
  for (const queue of round.prioritySector.values()) {
    queue.forEach((index, k) => {
      ranks.inSector[index] = k + 1;
      ranks.ofInSector[index] = queue.length;
    });
  }
  return ranks;
}

type Granted = StatementAllocation['granted'];
type Flags = StatementAllocation['flags'];

const FLAGS_NONE: Flags = Object.freeze({ reduced: false, ineligible: false });
const FLAGS_REDUCED: Flags = Object.freeze({ reduced: true, ineligible: false });
const FLAGS_INELIGIBLE: Flags = Object.freeze({ reduced: false, ineligible: true });
const NOTHING_GRANTED: Granted = Object.freeze({
  thisYear: 0,
  allYears: 0,
  perYear: Object.freeze([]) as unknown as Granted['perYear'],
});

const constraintOf = (kind: ConstraintKind): BindingConstraint => Object.freeze({ kind });
const REQUEST = constraintOf('REQUEST');
const MIN_SHARE = constraintOf('MIN_SHARE');
const CUT_RULE = constraintOf('CUT_RULE');
const PRIORITY = constraintOf('PRIORITY');

/**
 * The parts of statements that many statements of a round have alike (flags, binding constraints,
 * nothing granted over so many years), made once per round and shared. A result can therefore
 * hold the same frozen object in many places: treat it as read-only, and copy before editing.
 */
export class SharedStatementParts {
  private readonly rowConstraints = new Map<number, BindingConstraint>();
  private readonly singles = new Map<BindingConstraint, BindingConstraint[]>();
  private readonly zeroGrants = new Map<number, Granted>();
  private readonly parts = new Map<string, unknown>();
  private readonly criteria = new Map<number | string, Map<string | null, PriorityCriteria>>();
  private survey: RoundSurvey | undefined;

  constructor(private readonly round: PreparedRound) {}

  private part<T>(key: string, make: () => T): T {
    let value = this.parts.get(key) as T | undefined;
    if (value === undefined) {
      value = Object.freeze(make());
      this.parts.set(key, value);
    }
    return value;
  }

  rowConstraint(rowIndex: number): BindingConstraint {
    let constraint = this.rowConstraints.get(rowIndex);
    if (!constraint) {
      const row = this.round.rows[rowIndex];
      constraint = Object.freeze({
        kind: row ? ROW_KIND_TO_CONSTRAINT[row.kind] : 'FRAME',
        rowId: row?.id,
        clause: row?.clause,
      });
      this.rowConstraints.set(rowIndex, constraint);
    }
    return constraint;
  }

  /** The plan's priority criteria for an eligible statement, and which of them were used. */
  priority(c: PreparedCandidate, outcome: MethodOutcome): PriorityCriteria {
    this.survey ??= surveyRound(this.round, outcome.amounts);
    const survey = this.survey;
    const resolvedBy = outcome.tierResolution?.get(c.index) ?? null;
    const sami = c.source.samiAssessment;
    // Statements alike in every criterion share one frozen object: by a number for the sector,
    // tier, resolution and counts, then by the Sámi assessment's words.
    if (resolvedBy === 'INDICATORS') return this.makeCriteria(c, survey, resolvedBy);
    const owners = c.source.owners.length;
    const level = sami ? (SAMI_LEVEL_NUMBER[sami.level] ?? 4) : 0;
    const key =
      c.tier < 1_000_000 && c.newcomers < 1000 && owners < 1000
        ? ((((SECTOR_NUMBER[c.source.sector] ?? 3) * 1_000_000 + c.tier) * 2 +
            (resolvedBy === null ? 0 : 1)) *
            1000 +
            c.newcomers) *
            1000 *
            5 +
          owners * 5 +
          level
        : `${c.source.sector}|${c.tier}|${resolvedBy ?? ''}|${c.newcomers}|${owners}|${sami?.level ?? ''}`;
    let byReason = this.criteria.get(key);
    if (!byReason) {
      byReason = new Map();
      this.criteria.set(key, byReason);
    }
    const reason = sami ? sami.reason : null;
    let criteria = byReason.get(reason);
    if (!criteria) {
      criteria = this.makeCriteria(c, survey, resolvedBy);
      byReason.set(reason, criteria);
    }
    return criteria;
  }

  private makeCriteria(
    c: PreparedCandidate,
    survey: RoundSurvey,
    resolvedBy: PriorityCriteria['tier']['resolvedBy'],
  ): PriorityCriteria {
    const rules = this.round.rules;
    const sector = c.source.sector;
    const competing = survey.competing.has(sector);
    const themeKey = classKey(c, 1);
    const byTheme = competing && survey.seen.get(classKey(c, 0)) === SEVERAL;
    const byNewcomer = competing && survey.seen.get(themeKey) === SEVERAL;
    const bySami = competing && survey.seen.get(classKey(c, 2)) === SEVERAL;
    const themeClauseId = themeClause(rules, sector) ?? '';
    const samiClauseId = rules.needsStatement.samiPerspectivesClause;
    const used: PriorityCriteria['used'] = [];
    if (byTheme) used.push(Object.freeze({ kind: 'THEME_RANK' as const, clause: themeClauseId }));
    if (byNewcomer)
      used.push(Object.freeze({ kind: 'NEWCOMER' as const, clause: rules.newcomers.clause }));
    if (bySami) used.push(Object.freeze({ kind: 'SAMI' as const, clause: samiClauseId }));
    if (resolvedBy === 'INDICATORS') {
      for (const i of c.score.indicators) {
        if (i.contribution <= 0) continue;
        const clause = rules.indicators.find((d) => d.id === i.id)?.clause ?? '';
        used.push(Object.freeze({ kind: 'INDICATOR' as const, id: i.id, clause }));
      }
    }
    const status: NewcomerStatus =
      c.newcomerClass === 2 ? 'ALL' : c.newcomerClass === 1 ? 'SOME' : 'NONE';
    const owners = c.source.owners.length;
    const sami = c.source.samiAssessment;
    return Object.freeze({
      tier: this.part(`tier|${sector}|${c.tier}|${resolvedBy ?? ''}`, () => ({
        key: `${sector}:${c.themeRank ?? 'utenfor'}:${status}:${sami?.level ?? 'NONE'}`,
        position: c.tier + 1,
        of: this.round.tiersInSector.get(sector) ?? 0,
        members: survey.tierMembers.get(`${sector}|${c.tier}`) ?? 0,
        resolvedBy,
      })),
      theme: this.part(`theme|${sector}|${c.themeRank ?? ''}`, () => ({
        rank: c.themeRank,
        inThemes: c.themeRank !== null,
        clause: themeClauseId,
      })),
      newcomer: this.part(`newcomer|${status}|${owners}|${c.newcomers}`, () => ({
        status,
        owners,
        newcomers: c.newcomers,
        clause: rules.newcomers.clause,
      })),
      sami: sami
        ? this.part(`sami|${sami.level}|${sami.reason}`, () => ({
            level: sami.level,
            reason: sami.reason,
            clause: samiClauseId,
          }))
        : this.part('sami|', () => ({ level: null, reason: null, clause: samiClauseId })),
      used: Object.freeze(used) as PriorityCriteria['used'],
    });
  }

  /** The criteria of a statement that is not ranked (ineligible). */
  notRanked(): PriorityCriteria {
    const rules = this.round.rules;
    return this.part('not-ranked', () => ({
      tier: { key: '', position: 0, of: 0, members: 0, resolvedBy: null },
      theme: { rank: null, inThemes: false, clause: '' },
      newcomer: {
        status: 'NONE' as const,
        owners: 0,
        newcomers: 0,
        clause: rules.newcomers.clause,
      },
      sami: { level: null, reason: null, clause: rules.needsStatement.samiPerspectivesClause },
      used: [],
    }));
  }

  /** `[constraint]`, shared. */
  only(constraint: BindingConstraint): BindingConstraint[] {
    let list = this.singles.get(constraint);
    if (!list) {
      list = Object.freeze([constraint]) as unknown as BindingConstraint[];
      this.singles.set(constraint, list);
    }
    return list;
  }

  /** Nothing granted to an eligible statement of so many years: each year of it at 0 kroner. */
  zeroGrant(durationYears: number): Granted {
    let granted = this.zeroGrants.get(durationYears);
    if (!granted) {
      const perYear = Array.from({ length: durationYears }, (_, k) =>
        Object.freeze({
          year: this.round.year + k,
          amount: 0,
          owner: 0,
          institution: 0,
          coordinator: 0,
          subjectToAppropriation: k > 0,
        }),
      );
      granted = Object.freeze({
        thisYear: 0,
        allYears: 0,
        perYear: Object.freeze(perYear) as unknown as Granted['perYear'],
      });
      this.zeroGrants.set(durationYears, granted);
    }
    return granted;
  }
}

interface RoundSurvey {
  /** Sectors where some statement did not get all it asked for (so the order mattered). */
  competing: Set<string>;
  /**
   * The class seen below each class key (theme positions per sector, …), or SEVERAL when more than
   * one was seen.
   */
  seen: Map<number, number>;
  tierMembers: Map<string, number>;
}

/** More than one class seen below a class key (classes are never negative). */
const SEVERAL = -1;

const SECTOR_NUMBER: Record<string, number> = { KINDERGARTEN: 0, SCHOOL: 1, TEAM_AROUND_CHILD: 2 };
const SAMI_LEVEL_NUMBER: Record<string, number> = { NONE: 1, SOME: 2, STRONG: 3 };

/**
 * A number for a candidate's class to the given depth: 0 its sector, 1 and its theme position,
 * 2 and its newcomer class.
 */
function classKey(c: PreparedCandidate, depth: 0 | 1 | 2): number {
  let key = SECTOR_NUMBER[c.source.sector] ?? 3;
  if (depth >= 1) key = key * 1_000_001 + 1 + Math.min(c.themePosition, 999_999);
  if (depth >= 2) key = key * 3 + c.newcomerClass;
  return depth === 0 ? -1 - key : depth === 1 ? key : -1e15 - key;
}

function surveyRound(round: PreparedRound, amounts: readonly number[]): RoundSurvey {
  const competing = new Set<string>();
  const seen = new Map<number, number>();
  const tierMembers = new Map<string, number>();
  const add = (key: number, value: number) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, value);
    else if (first !== value && first !== SEVERAL) seen.set(key, SEVERAL);
  };
  for (const [sector, queue] of round.prioritySector) {
    let previousTier = -1;
    let count = 0;
    for (const index of queue) {
      const c = round.candidates[index] as PreparedCandidate;
      if ((amounts[index] ?? 0) < c.req0) competing.add(sector);
      add(classKey(c, 0), c.themePosition);
      add(classKey(c, 1), c.newcomerClass);
      add(classKey(c, 2), c.samiClass);
      if (c.tier !== previousTier) {
        if (previousTier >= 0) tierMembers.set(`${sector}|${previousTier}`, count);
        previousTier = c.tier;
        count = 0;
      }
      count += 1;
    }
    if (previousTier >= 0) tierMembers.set(`${sector}|${previousTier}`, count);
  }
  return { competing, seen, tierMembers };
}

/** One statement's grant, year by year, with its ranks, binding constraints and explanation. */
export function statementAllocation(
  round: PreparedRound,
  c: PreparedCandidate,
  amount: number,
  ledger: CapacityLedger,
  outcome: MethodOutcome,
  ranks: RoundRanks,
  shared: SharedStatementParts,
): StatementAllocation {
  const source = c.source;
  const requested = { thisYear: c.req0, allYears: c.requestedAllYears };
  let granted: Granted;
  if (!c.eligible) {
    granted = amount === 0 ? NOTHING_GRANTED : { thisYear: amount, allYears: 0, perYear: [] };
  } else if (amount === 0) {
    // Eligible: the budget has exactly the years of the duration from the round's year on.
    granted = shared.zeroGrant(c.req.length);
  } else {
    const budget = isSortedByYear(source.budget)
      ? source.budget
      : [...source.budget].sort((a, b) => a.year - b.year);
    let allYears = 0;
    const perYear = budget.map((b, k) => {
      const yearAmount = k === 0 ? amount : mulDivFloor(b.total, amount, c.req0);
      const owner = apportionFirstOfTwo(yearAmount, b.owner, b.institution);
      allYears += yearAmount;
      return {
        year: b.year,
        amount: yearAmount,
        owner,
        institution: yearAmount - owner,
        coordinator: mulDivFloor(b.coordinator, amount, c.req0),
        subjectToAppropriation: k > 0,
      };
    });
    granted = { thisYear: amount, allYears, perYear };
  }
  const status = !c.eligible
    ? 'INELIGIBLE'
    : amount === 0
      ? 'NOT_FUNDED'
      : amount >= c.req0
        ? 'FUNDED'
        : 'REDUCED';
  const sectorRank = ranks.inSector[c.index] ?? 0;
  const overallRank = ranks.overall[c.index] ?? 0;
  const rank =
    sectorRank > 0 && overallRank > 0
      ? {
          inSector: sectorRank,
          ofInSector: ranks.ofInSector[c.index] ?? 0,
          overall: overallRank,
          of: round.priority.length,
        }
      : null;
  const fundedPercent = percentOf(amount, c.req0);
  const binding = c.eligible ? bindingFor(round, c, amount, ledger, outcome, shared) : NO_BINDING;
  const statement = {
    id: source.id,
    partnershipId: source.partnershipId,
    sector: source.sector,
    themeId: source.themeId,
    durationYears: source.durationYears,
    status,
    requested,
    granted,
    // A fraction here, the percent below: the field holds fractions from the first statement on.
    // Were it first made for whole numbers, the first fraction would change every statement's
    // shape, and V8 would turn those made before into slow dictionaries (they have accessors).
    fundedPercent: 0.5,
    flags: !c.eligible ? FLAGS_INELIGIBLE : status === 'REDUCED' ? FLAGS_REDUCED : FLAGS_NONE,
    ineligibleReasons: c.ineligibleReasons,
    rank,
    score: c.score,
    priority: c.eligible ? shared.priority(c, outcome) : shared.notRanked(),
    binding,
  } as Omit<StatementAllocation, 'explanation' | 'clauses'> as StatementAllocation;
  statement.fundedPercent = fundedPercent;
  // The statement holds every fact its explanation is made from; the explanation is written when
  // first read (most statements of a scenario are never read one by one before they are stored).
  Object.defineProperty(statement, EXPLAINED, {
    value: { round, candidate: c, explanation: undefined, clauses: undefined },
  });
  // One call per property: defineProperties takes a slower path that allocates twice as much.
  Object.defineProperty(statement, 'explanation', LAZY_EXPLANATION);
  Object.defineProperty(statement, 'clauses', LAZY_CLAUSES);
  return statement;
}

/** A statement's explanation, made on first read. */
const EXPLAINED = Symbol('explained');

interface Explained {
  round: PreparedRound;
  candidate: PreparedCandidate;
  explanation: StatementAllocation['explanation'] | undefined;
  clauses: StatementAllocation['clauses'] | undefined;
}

function explainedOf(statement: StatementAllocation): Explained {
  const state = (statement as unknown as Record<typeof EXPLAINED, Explained>)[EXPLAINED];
  if (state.explanation === undefined || state.clauses === undefined) {
    const { explanation, clauses } = explainStatement(state.round, state.candidate, statement);
    state.explanation ??= explanation;
    state.clauses ??= clauses;
  }
  return state;
}

/**
 * `explanation` and `clauses` as enumerable own properties in their place after `binding`: JSON,
 * structuredClone (a worker's postMessage), spreads and Object.keys see plain values. They are
 * written from the statement's facts when first read; treat a result as read-only (see
 * SharedStatementParts), or the words follow facts changed by hand. Assigning replaces them.
 */
const LAZY_EXPLANATION: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: StatementAllocation) {
    return explainedOf(this).explanation;
  },
  set(this: StatementAllocation, value: StatementAllocation['explanation']) {
    (this as unknown as Record<typeof EXPLAINED, Explained>)[EXPLAINED].explanation = value;
  },
};

const LAZY_CLAUSES: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: StatementAllocation) {
    return explainedOf(this).clauses;
  },
  set(this: StatementAllocation, value: StatementAllocation['clauses']) {
    (this as unknown as Record<typeof EXPLAINED, Explained>)[EXPLAINED].clauses = value;
  },
};

const NO_BINDING = Object.freeze([]) as unknown as BindingConstraint[];

const ROW_KIND_TO_CONSTRAINT: Record<RowKind, ConstraintKind> = {
  FRAME: 'FRAME',
  SECTOR: 'SECTOR_UPPER',
  LOCK_CAP: 'LOCK_CAP',
  FUTURE_FRAME: 'FUTURE_FRAME',
  COORDINATOR_CAP: 'COORDINATOR_CAP',
};

const SPECIFIC = new Set<ConstraintKind>(['LOCK_CAP', 'FUTURE_FRAME', 'COORDINATOR_CAP']);

function bindingFor(
  round: PreparedRound,
  c: PreparedCandidate,
  amount: number,
  ledger: CapacityLedger,
  outcome: MethodOutcome,
  shared: SharedStatementParts,
): BindingConstraint[] {
  if (amount >= c.req0) return shared.only(REQUEST);
  const rows = BINDING_ROWS;
  const n = ledger.bindingRowsInto(c, amount, rows);
  // When a cap of its own kind holds it back, that is the reason, not the (also full) frame.
  let specific = false;
  for (let k = 0; k < n && !specific; k++) specific = isSpecificRow(round, rows[k] as number);
  let kept = 0;
  let first: BindingConstraint | undefined;
  for (let k = 0; k < n; k++) {
    if (specific && !isSpecificRow(round, rows[k] as number)) continue;
    kept += 1;
    first ??= shared.rowConstraint(rows[k] as number);
  }
  const reachable = ledger.maxAmount(c, amount);
  const minShare =
    outcome.minShareExcluded.has(c.index) ||
    (amount === 0 && reachable > 0 && reachable < c.minAmount);
  const cutRule = outcome.cut.has(c.index);
  const count = kept + (minShare ? 1 : 0) + (cutRule ? 1 : 0);
  if (count === 0) return shared.only(PRIORITY);
  if (count === 1) return shared.only(first ?? (minShare ? MIN_SHARE : CUT_RULE));
  const binding: BindingConstraint[] = [];
  for (let k = 0; k < n; k++) {
    if (specific && !isSpecificRow(round, rows[k] as number)) continue;
    binding.push(shared.rowConstraint(rows[k] as number));
  }
  if (minShare) binding.push(MIN_SHARE);
  if (cutRule) binding.push(CUT_RULE);
  return binding;
}

/** Scratch for bindingFor: the rows binding one statement (read before the next). */
const BINDING_ROWS: number[] = [];

function isSpecificRow(round: PreparedRound, rowIndex: number): boolean {
  const kind = round.rows[rowIndex]?.kind;
  return kind !== undefined && SPECIFIC.has(ROW_KIND_TO_CONSTRAINT[kind]);
}

function isSortedByYear(budget: readonly { year: number }[]): boolean {
  for (let k = 1; k < budget.length; k++)
    if ((budget[k]?.year ?? 0) < (budget[k - 1]?.year ?? 0)) return false;
  return true;
}
