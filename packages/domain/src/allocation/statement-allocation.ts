import { mulDivFloor, percentOf } from '../money/integer-math.js';
import { apportion } from '../money/largest-remainder.js';
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

/** One statement's grant, year by year, with its ranks, binding constraints and explanation. */
export function statementAllocation(
  round: PreparedRound,
  c: PreparedCandidate,
  amount: number,
  ledger: CapacityLedger,
  outcome: MethodOutcome,
  ranks: RoundRanks,
): StatementAllocation {
  const source = c.source;
  const budget = isSortedByYear(source.budget)
    ? source.budget
    : [...source.budget].sort((a, b) => a.year - b.year);
  const perYear = c.eligible
    ? budget.map((b, k) => {
        const yearAmount = k === 0 ? amount : mulDivFloor(b.total, amount, c.req0);
        const [owner = 0, institution = 0] = apportion(yearAmount, [b.owner, b.institution]);
        return {
          year: b.year,
          amount: yearAmount,
          owner,
          institution,
          coordinator: mulDivFloor(b.coordinator, amount, c.req0),
          subjectToAppropriation: k > 0,
        };
      })
    : [];
  const requested = { thisYear: c.req0, allYears: budget.reduce((sum, b) => sum + b.total, 0) };
  const granted = {
    thisYear: amount,
    allYears: perYear.reduce((sum, y) => sum + y.amount, 0),
    perYear,
  };
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
  const binding = c.eligible ? bindingFor(round, c, amount, ledger, outcome) : [];
  const { explanation, clauses } = explainStatement(round, c, {
    status,
    requested,
    granted,
    fundedPercent,
    ineligibleReasons: c.ineligibleReasons,
    rank,
    score: c.score,
    binding,
  });
  return {
    id: source.id,
    partnershipId: source.partnershipId,
    sector: source.sector,
    themeId: source.themeId,
    durationYears: source.durationYears,
    status,
    requested,
    granted,
    fundedPercent,
    flags: { reduced: status === 'REDUCED', ineligible: !c.eligible },
    ineligibleReasons: c.ineligibleReasons,
    rank,
    score: c.score,
    binding,
    explanation,
    clauses,
  };
}

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
): BindingConstraint[] {
  if (amount >= c.req0) return [{ kind: 'REQUEST' }];
  let binding: BindingConstraint[] = ledger.bindingRows(c, amount).map((r) => {
    const row = round.rows[r];
    return {
      kind: row ? ROW_KIND_TO_CONSTRAINT[row.kind] : 'FRAME',
      rowId: row?.id,
      clause: row?.clause,
    };
  });
  // When a cap of its own kind holds it back, that is the reason, not the (also full) frame.
  if (binding.some((b) => SPECIFIC.has(b.kind)))
    binding = binding.filter((b) => SPECIFIC.has(b.kind));
  const reachable = ledger.maxAmount(c, amount);
  if (
    outcome.minShareExcluded.has(c.index) ||
    (amount === 0 && reachable > 0 && reachable < c.minAmount)
  ) {
    binding.push({ kind: 'MIN_SHARE' });
  }
  if (outcome.cut.has(c.index)) binding.push({ kind: 'CUT_RULE' });
  if (binding.length === 0) binding.push({ kind: 'PRIORITY' });
  return binding;
}

function isSortedByYear(budget: readonly { year: number }[]): boolean {
  for (let k = 1; k < budget.length; k++)
    if ((budget[k]?.year ?? 0) < (budget[k - 1]?.year ?? 0)) return false;
  return true;
}
