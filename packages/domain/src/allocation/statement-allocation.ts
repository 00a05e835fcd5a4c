import { mulDivFloor, percentOf } from '../money/integer-math.js';
import { apportionFirstOfTwo } from '../money/largest-remainder.js';
import type { BindingConstraint, ConstraintKind, StatementAllocation } from './allocation.types.js';
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

  constructor(private readonly round: PreparedRound) {}

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
  const statement: StatementAllocation = {
    id: source.id,
    partnershipId: source.partnershipId,
    sector: source.sector,
    themeId: source.themeId,
    durationYears: source.durationYears,
    status,
    requested,
    granted,
    fundedPercent,
    flags: !c.eligible ? FLAGS_INELIGIBLE : status === 'REDUCED' ? FLAGS_REDUCED : FLAGS_NONE,
    ineligibleReasons: c.ineligibleReasons,
    rank,
    score: c.score,
    binding,
    explanation: NOT_YET_EXPLAINED,
    clauses: NO_CLAUSES,
  };
  // The statement holds every fact its explanation is made from.
  const { explanation, clauses } = explainStatement(round, c, statement);
  statement.explanation = explanation;
  statement.clauses = clauses;
  return statement;
}

const NOT_YET_EXPLAINED = Object.freeze({ nb: '', en: '' });
const NO_CLAUSES = Object.freeze([]) as unknown as string[];

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
  let binding: BindingConstraint[] = ledger
    .bindingRows(c, amount)
    .map((r) => shared.rowConstraint(r));
  // When a cap of its own kind holds it back, that is the reason, not the (also full) frame.
  if (binding.some((b) => SPECIFIC.has(b.kind)))
    binding = binding.filter((b) => SPECIFIC.has(b.kind));
  const reachable = ledger.maxAmount(c, amount);
  if (
    outcome.minShareExcluded.has(c.index) ||
    (amount === 0 && reachable > 0 && reachable < c.minAmount)
  ) {
    binding.push(MIN_SHARE);
  }
  if (outcome.cut.has(c.index)) binding.push(CUT_RULE);
  if (binding.length === 0) return shared.only(PRIORITY);
  return binding.length === 1 ? shared.only(binding[0] as BindingConstraint) : binding;
}

function isSortedByYear(budget: readonly { year: number }[]): boolean {
  for (let k = 1; k < budget.length; k++)
    if ((budget[k]?.year ?? 0) < (budget[k - 1]?.year ?? 0)) return false;
  return true;
}
