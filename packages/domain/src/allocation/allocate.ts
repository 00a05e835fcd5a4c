import { problem } from '../common/validation-problem.js';
import { mulDivFloor, percentOf } from '../money/integer-math.js';
import { apportion } from '../money/largest-remainder.js';
import { AllocationInputError } from './allocation-input-error.js';
import type {
  AllocationInput,
  AllocationResult,
  BindingConstraint,
  ConstraintKind,
  StatementAllocation,
} from './allocation.types.js';
import { ledgerFor, type CapacityLedger } from './capacity-ledger.js';
import { buildConstraintReport } from './constraint-report.js';
import {
  constrainedEqualAwardsCut,
  constrainedEqualLossesCut,
  proportionalCut,
  type CutRule,
} from './cut-rules.js';
import { explainStatement } from './explain.js';
import type { HighsSolver } from './highs-solver.js';
import type { AllocationMethod, MethodOutcome } from './methods/allocation-method.js';
import { optimalMethod } from './methods/optimal-method.js';
import { rankedMethod, runRanked } from './methods/ranked-method.js';
import { objectiveMicro, objectiveToNumber } from './objective.js';
import { prepareRound } from './prepare-round.js';
import type { PreparedCandidate, PreparedRound, RowKind } from './prepared-round.js';
import { StrategyRegistry } from './strategy-registry.js';

/** Cut rules by name. Register your own with `cutRules.register(rule)`. */
export const cutRules = new StrategyRegistry<CutRule>([
  proportionalCut,
  constrainedEqualAwardsCut,
  constrainedEqualLossesCut,
]);

/** Allocation methods by name. Register your own with `allocationMethods.register(method)`. */
export const allocationMethods = new StrategyRegistry<AllocationMethod>([
  rankedMethod,
  optimalMethod,
]);

export interface AllocateOptions {
  /** A warm HiGHS runtime to reuse (see sharedHighsSolver / loadHighsSolver). */
  solver?: HighsSolver | undefined;
}

/**
 * Runs one allocation scenario. Takes and returns plain JSON-serialisable data; the same input (in
 * any order) gives byte-identical output. Throws AllocationInputError when the input is unusable.
 */
export async function allocate(
  input: AllocationInput,
  options: AllocateOptions = {},
): Promise<AllocationResult> {
  const method = allocationMethods.get(input.scenario.method);
  const cutRule = cutRules.get(input.scenario.cutRule);
  const problems = [];
  if (!method) {
    problems.push(
      problem(
        'ALLOC_UNKNOWN_METHOD' as const,
        ['scenario', 'method'],
        `Ukjent metode «${input.scenario.method}» (kjente: ${allocationMethods.names().join(', ')}).`,
        `Unknown method "${input.scenario.method}" (known: ${allocationMethods.names().join(', ')}).`,
      ),
    );
  }
  if (!cutRule) {
    problems.push(
      problem(
        'ALLOC_UNKNOWN_CUT_RULE' as const,
        ['scenario', 'cutRule'],
        `Ukjent kuttregel «${input.scenario.cutRule}» (kjente: ${cutRules.names().join(', ')}).`,
        `Unknown cut rule "${input.scenario.cutRule}" (known: ${cutRules.names().join(', ')}).`,
      ),
    );
  }
  if (!method || !cutRule) throw new AllocationInputError(problems);
  const round = prepareRound(input, cutRule);
  const outcome = await method.allocate(round, { solver: options.solver });
  const rankedObjective =
    outcome.source === 'RANKED'
      ? objectiveMicro(round, outcome.amounts)
      : objectiveMicro(round, runRanked(round).amounts);
  return buildResult(round, outcome, rankedObjective);
}

function buildResult(
  round: PreparedRound,
  outcome: MethodOutcome,
  rankedObjective: bigint,
): AllocationResult {
  const ledger = ledgerFor(round, outcome.amounts);
  const overall = new Map(round.priority.map((index, k) => [index, k + 1]));
  const inSector = new Map<number, { rank: number; of: number }>();
  for (const queue of round.prioritySector.values()) {
    queue.forEach((index, k) => inSector.set(index, { rank: k + 1, of: queue.length }));
  }
  const statements = round.candidates.map((c) => {
    const amount = outcome.amounts[c.index] ?? 0;
    const draft = statementDraft(round, c, amount, ledger, outcome, overall, inSector);
    const { explanation, clauses } = explainStatement(round, c, draft);
    const statement = draft as StatementAllocation;
    statement.explanation = explanation;
    statement.clauses = clauses;
    return statement;
  });
  const grantedNew = statements.reduce((sum, s) => sum + s.granted.thisYear, 0);
  const used = round.committed.thisYear + grantedNew;
  const objective = objectiveMicro(round, outcome.amounts);
  return {
    planId: round.plan.planId,
    planVersion: round.plan.versionId,
    roundYear: round.year,
    method: {
      requested: round.input.scenario.method,
      cutRule: round.cutRule.name,
      source: outcome.source,
      objective: objectiveToNumber(objective),
      rankedObjective: objectiveToNumber(rankedObjective),
      solver: outcome.solver,
    },
    totals: {
      frame: round.frame,
      committedEarlier: round.committed.thisYear,
      grantedNew,
      used,
      leftover: Math.max(0, round.frame - used),
    },
    statements,
    report: buildConstraintReport(round, ledger, statements),
  };
}

const ROW_KIND_TO_CONSTRAINT: Record<RowKind, ConstraintKind> = {
  FRAME: 'FRAME',
  SECTOR: 'SECTOR_UPPER',
  LOCK_CAP: 'LOCK_CAP',
  FUTURE_FRAME: 'FUTURE_FRAME',
  COORDINATOR_CAP: 'COORDINATOR_CAP',
};

function statementDraft(
  round: PreparedRound,
  c: PreparedCandidate,
  amount: number,
  ledger: CapacityLedger,
  outcome: MethodOutcome,
  overall: Map<number, number>,
  inSector: Map<number, { rank: number; of: number }>,
): Omit<StatementAllocation, 'explanation' | 'clauses'> {
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
  const requestedAll = budget.reduce((sum, b) => sum + b.total, 0);
  const grantedAll = perYear.reduce((sum, y) => sum + y.amount, 0);
  const status = !c.eligible
    ? 'INELIGIBLE'
    : amount === 0
      ? 'NOT_FUNDED'
      : amount >= c.req0
        ? 'FUNDED'
        : 'REDUCED';
  const sectorRank = inSector.get(c.index);
  const overallRank = overall.get(c.index);
  return {
    id: source.id,
    partnershipId: source.partnershipId,
    sector: source.sector,
    themeId: source.themeId,
    durationYears: source.durationYears,
    status,
    requested: { thisYear: c.req0, allYears: requestedAll },
    granted: { thisYear: amount, allYears: grantedAll, perYear },
    fundedPercent: percentOf(amount, c.req0),
    flags: { reduced: status === 'REDUCED', ineligible: !c.eligible },
    ineligibleReasons: c.ineligibleReasons,
    rank:
      sectorRank && overallRank
        ? {
            inSector: sectorRank.rank,
            ofInSector: sectorRank.of,
            overall: overallRank,
            of: round.priority.length,
          }
        : null,
    score: c.score,
    binding: c.eligible ? bindingFor(round, c, amount, ledger, outcome) : [],
  };
}

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
