import { problem } from '../common/validation-problem.js';
import { AllocationInputError } from './allocation-input-error.js';
import type { AllocationInput, AllocationResult } from './allocation.types.js';
import { ledgerFor } from './capacity-ledger.js';
import { buildConstraintReport } from './constraint-report.js';
import {
  constrainedEqualAwardsCut,
  constrainedEqualLossesCut,
  proportionalCut,
  type CutRule,
} from './cut-rules.js';
import { sharedHighsSolver, type HighsSolver } from './highs-solver.js';
import type { AllocationMethod, MethodOutcome } from './methods/allocation-method.js';
import { optimalMethod } from './methods/optimal-method.js';
import { rankedMethod, runRanked } from './methods/ranked-method.js';
import { objectiveMicro, objectiveToNumber } from './objective.js';
import { prepareRound } from './prepare-round.js';
import type { PreparedRound } from './prepared-round.js';
import { roundRanks, SharedStatementParts, statementAllocation } from './statement-allocation.js';
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
  const objective = objectiveMicro(round, outcome.amounts);
  const rankedObjective =
    outcome.source === 'RANKED'
      ? objective
      : objectiveMicro(
          round,
          runRanked(round, options.solver ?? (await sharedHighsSolver())).amounts,
        );
  return buildResult(round, outcome, objective, rankedObjective);
}

function buildResult(
  round: PreparedRound,
  outcome: MethodOutcome,
  objective: bigint,
  rankedObjective: bigint,
): AllocationResult {
  const ledger = ledgerFor(round, outcome.amounts);
  const ranks = roundRanks(round);
  const shared = new SharedStatementParts(round);
  const statements = round.candidates.map((c) =>
    statementAllocation(round, c, outcome.amounts[c.index] ?? 0, ledger, outcome, ranks, shared),
  );
  const grantedNew = statements.reduce((sum, s) => sum + s.granted.thisYear, 0);
  const used = round.committed.thisYear + grantedNew;
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
