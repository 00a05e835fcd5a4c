import type { FilterQuery } from '@mikro-orm/core';
import { lockForEdit } from '../../common/lock-for-edit.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  adjustAllocationLine,
  type LineAdjustment,
  type LineAdjustmentOutcome,
  type ScenarioParameters,
  type ValidationProblem,
  scenarioParameterProblems,
  COMPARE_SCENARIOS,
  SCENARIO_DEFAULTS,
  compareScenarios,
  comparisonRefusal,
  type ComparedStatement,
} from '@kompetansemidler/domain';
import { randomUUID } from 'node:crypto';
import { pageWindow, type Page, type PageArgs } from '../../common/connection.js';
import { orderOf } from '../../common/enums.js';
import {
  requireViewer,
  viewerCountyId,
  type ServiceContext,
} from '../../common/service-context.js';
import {
  BadUserInputError,
  NotFoundError,
  ValidationFailedError,
  type Problem,
} from '../../errors/app-error.js';
import { toProblemType } from '../../common/problem.type.js';
import { auditRow, recordAudit } from '../audit/audit.service.js';
import { assertPhase } from '../round/round-phase.js';
import { Round } from '../round/round.entity.js';
import {
  ScenarioLineSortField,
  type AdjustScenarioLineInput,
  type RunScenarioInput,
  type ScenarioAdjustmentPreviewInput,
  type ScenarioLinesArgs,
} from './dto/scenario.inputs.js';
import type { ScenarioAdjustmentPreview } from './dto/adjustment.types.js';
import {
  adjustmentError,
  breachSummaries,
  engineRunOf,
  lineAdjustments,
  storeAdjusted,
} from './adjusted-scenario.js';
import type { ComparisonRow, ScenarioComparison } from './dto/scenario.types.js';
import { scenarioTotals, typedBreaches } from './scenario-figures.js';
import { roundForAllocation } from './allocation-input.js';
import { ScenarioLine } from './scenario-line.entity.js';
import {
  CUT_RULE_NAME,
  MARGINAL_TIER_NAME,
  MarginalTier,
  METHOD_NAME,
  Scenario,
} from './scenario.entity.js';
import { ScenarioRunService } from './scenario-run.service.js';
import type { ScenarioRunExecutor, ScenarioRunRequest } from './scenario-run.executor.js';
import { afterRequestCommit } from '../../database/request-scope.js';
import type { ScenarioRun } from './scenario-run.entity.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

const LINE_SORT: Record<ScenarioLineSortField, string> = {
  RANK: 'rank',
  GRANTED: 'engineGrantedThisYear',
  REQUESTED: 'requestedThisYear',
  FUNDED_PERCENT: 'fundedPercent',
};

@requestScoped()
export class ScenarioService {
  constructor(
    @injectServiceContext() private readonly ctx: ServiceContext,
    private readonly runs: ScenarioRunService,
  ) {}

  private get em() {
    return this.ctx.em;
  }

  async get(id: string): Promise<Scenario> {
    const scenario = await this.em.findOne(Scenario, { id });
    if (!scenario) throw new NotFoundError('Scenario', id);
    return scenario;
  }

  async page(roundId: string, args: PageArgs): Promise<Page<Scenario>> {
    const { offset, limit } = pageWindow(args);
    const [nodes, totalCount] = await this.em.findAndCount(
      Scenario,
      { round: roundId },
      { orderBy: { ranAt: 'desc', id: 'asc' }, offset, limit },
    );
    return { nodes, totalCount, offset, limit };
  }

  async lines(scenario: Scenario, args: ScenarioLinesArgs): Promise<Page<ScenarioLine>> {
    const { offset, limit } = pageWindow(args);
    const where: FilterQuery<ScenarioLine> = { scenario: scenario.id };
    if (args.filter?.status?.length) where.status = { $in: args.filter.status };
    if (args.filter?.sector?.length) where.needsStatement = { sector: { $in: args.filter.sector } };
    const field = LINE_SORT[args.orderBy?.field ?? ScenarioLineSortField.RANK];
    const [nodes, totalCount] = await this.em.findAndCount(ScenarioLine, where, {
      orderBy: { [field]: `${orderOf(args.orderBy?.direction)} nulls last`, id: 'asc' },
      offset,
      limit,
    });
    return { nodes, totalCount, offset, limit };
  }

  /**
   * Claims a run of the round and answers with it at once (QUEUED): the run is recorded and
   * committed first, so a second run of the round is refused meanwhile (SCENARIO_RUN_IN_PROGRESS),
   * and the admin polls `scenarioRun(id)`. The executor then reads the round (RUNNING), has the
   * solver thread run the engine, and stores the scenario with its complete input (replayable),
   * the input's hash and one line per statement, the run DONE and the audit entry in one
   * transaction; or marks the run FAILED with the reason.
   */
  async run(input: RunScenarioInput, executor: ScenarioRunExecutor): Promise<ScenarioRun> {
    const viewer = requireViewer(this.ctx.viewer);
    viewerCountyId(viewer);
    const round = await this.em.findOne(Round, { id: input.roundId });
    if (!round) throw new NotFoundError('Round', input.roundId);
    const reason = assertPhase(round, 'runScenario', viewer, input.override);
    const parameters = scenarioParameters(input);
    // Parameters that no round could use are refused before a run is recorded.
    const parameterProblems = scenarioParameterProblems(parameters);
    if (parameterProblems.length > 0) {
      throw new ValidationFailedError(
        'The scenario’s input cannot be allocated.',
        parameterProblems as Problem[],
      );
    }
    const name = input.name.trim() || `Scenario ${new Date().toISOString()}`;
    const run = await this.runs.claim(
      round,
      { runId: input.runId, name, method: input.method, cutRule: input.cutRule },
      executor.leaseMs,
    );
    const scenarioId = randomUUID();
    const request: ScenarioRunRequest = {
      runId: run.id,
      round: roundForAllocation(round),
      parameters,
      officeKnowledge: (input.officeKnowledge ?? []).map((k) => [
        k.needsStatementId,
        { score: k.score, reason: k.reason },
      ]),
      scenario: {
        id: scenarioId,
        name,
        method: input.method,
        cutRule: input.cutRule,
        ranBy: viewer.subject,
        ranByName: viewer.name,
      },
      audit: auditRow(this.ctx, {
        action: 'runScenario',
        entityType: 'Scenario',
        entityId: scenarioId,
        after: {
          id: scenarioId,
          runId: run.id,
          name,
          method: input.method,
          cutRule: input.cutRule,
          parameters,
        },
        reason,
      }),
    };
    // The run is carried on once the request's transaction (with the claim) has committed.
    afterRequestCommit(() => executor.start(request));
    return this.runs.get(run.id);
  }

  /**
   * What a change to one line would do, through the domain, without saving it: the totals and free
   * funds after it, the years it would take past their frame, the bands and caps it breaks and
   * which of them it must override.
   */
  async previewAdjustment(
    input: ScenarioAdjustmentPreviewInput,
  ): Promise<ScenarioAdjustmentPreview> {
    requireViewer(this.ctx.viewer);
    const scenario = await this.get(input.scenarioId);
    const { line, outcome } = await evaluateChange(this.em, scenario, {
      needsStatementId: input.needsStatementId,
      grantedThisYear: input.grantedThisYear,
      // The reason is asked for when saving; the preview is about the amount.
      reason: 'preview',
      override: input.constraintOverride ?? null,
    });
    const { totals } = outcome.result;
    return {
      requestedThisYear: line.requestedThisYear,
      engineGrantedThisYear: line.engineGrantedThisYear,
      grantedThisYear: input.grantedThisYear,
      grantedNew: totals.grantedNew,
      leftover: totals.leftover,
      maxWithinFrame: outcome.maxWithinFrame,
      pastFrame: outcome.pastFrame,
      breaches: typedBreaches(outcome.breaches),
      requiredOverrides: outcome.requiredOverrides,
      problems: apiProblems(outcome.problems).map(toProblemType),
      explanation: outcome.change?.explanation ?? null,
    };
  }

  /**
   * An adviser's hand adjustment of one line's grant this year, with a reason, through the
   * domain: refused past a year's frame (FRAME_EXCEEDED), and, when it breaks a sector band or a
   * lock cap, without an override and its reason (OVERRIDE_REQUIRED). The scenario keeps the
   * domain's adjusted result (report, totals, free funds, breaches) and each adjusted line its
   * years and account, in one transaction with the audit entry. The scenario's version guards
   * against two advisers editing it at once.
   */
  async adjustLine(input: AdjustScenarioLineInput): Promise<Scenario> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const scenario = await lockForEdit(em, Scenario, input.scenarioId, input.expectedVersion);
      const round = await em.findOneOrFail(Round, { id: scenario.round.id });
      const reason = assertPhase(round, 'adjustScenarioLine', viewer, input.override);
      const override = input.constraintOverride ?? null;
      const { line, adjustedLines, outcome } = await evaluateChange(em, scenario, {
        needsStatementId: input.needsStatementId,
        grantedThisYear: input.grantedThisYear,
        reason: input.reason,
        override,
      });
      if (outcome.problems.length > 0) {
        const required = outcome.breaches.filter((b) =>
          outcome.requiredOverrides.includes(b.constraintId),
        );
        throw adjustmentError(apiProblems(outcome.problems), required);
      }
      const before = { line: lineAuditView(line), scenario: scenarioAuditView(scenario) };
      line.adjustedThisYear = input.grantedThisYear;
      line.adjustmentReason = input.reason.trim();
      line.adjustedBy = viewer.subject;
      line.adjustedByName = viewer.name;
      line.adjustedAt = new Date();
      line.constraintOverride = outcome.change?.override ?? null;
      storeAdjusted(
        scenario,
        adjustedLines.includes(line) ? adjustedLines : [...adjustedLines, line],
        outcome,
      );
      // Every adjustment is a new version of the scenario, even when the totals stay the same.
      scenario.adjustments += 1;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'adjustScenarioLine',
        entityType: 'ScenarioLine',
        entityId: line.id,
        before,
        after: {
          line: lineAuditView(line),
          scenario: scenarioAuditView(scenario),
          breaches: breachSummaries(outcome.breaches),
        },
        reason: input.reason.trim() + (reason ? ` (${reason})` : ''),
      });
      return scenario;
    });
  }

  /**
   * Two to six scenarios side by side: per statement, the grant and line in each (the statements
   * whose grant differs apart), and per sector, municipality and set of owners the totals of each.
   */
  async compare(ids: readonly string[]): Promise<ScenarioComparison> {
    const refusal = comparisonRefusal(ids);
    if (refusal === 'COUNT') {
      throw new BadUserInputError(
        `Compare ${COMPARE_SCENARIOS.min} to ${COMPARE_SCENARIOS.max} scenarios.`,
        { field: 'ids' },
      );
    }
    if (refusal === 'DUPLICATE') {
      throw new BadUserInputError('Compare different scenarios.', { field: 'ids' });
    }
    const scenarios = await this.em.find(Scenario, { id: { $in: [...ids] } });
    const byId = new Map(scenarios.map((s) => [s.id, s]));
    const ordered = ids.map((id) => {
      const found = byId.get(id);
      if (!found) throw new NotFoundError('Scenario', id);
      return found;
    });
    const [lines, totals] = await Promise.all([
      this.em.find(ScenarioLine, { scenario: { $in: [...ids] } }, { populate: ['needsStatement'] }),
      scenarioTotals(this.em, ids),
    ]);
    const comparison = compareScenarios(
      ordered.map((scenario) => ({
        id: scenario.id,
        inputHash: scenario.inputHash,
        lines: lines
          .filter((line) => line.scenario.id === scenario.id)
          .map((line) => ({
            statementId: line.needsStatement.id,
            requestedThisYear: line.requestedThisYear,
            grantedThisYear: line.granted(),
            line,
          })),
        ...(totals.get(scenario.id) ?? { bySector: [], byMunicipality: [], byOwner: [] }),
      })),
    );
    const row = (r: ComparedStatement<ScenarioLine>): ComparisonRow => ({
      needsStatement: r.lines.find((l) => l !== null)!.needsStatement.getEntity(),
      requestedThisYear: r.requestedThisYear,
      granted: r.granted,
      spread: r.spread,
      lines: r.lines,
    });
    return {
      scenarios: ordered,
      rows: comparison.rows.map(row),
      differences: comparison.differences.map(row),
      sameInputAsFirst: comparison.sameInputAsFirst,
      bySector: comparison.bySector,
      byMunicipality: comparison.byMunicipality,
      byOwner: comparison.byOwner,
    };
  }
}

/** The domain's parameters of a run, from the request. */
function scenarioParameters(input: RunScenarioInput): ScenarioParameters {
  return {
    method: METHOD_NAME[input.method],
    cutRule: CUT_RULE_NAME[input.cutRule],
    marginalTier: MARGINAL_TIER_NAME[input.marginalTier ?? MarginalTier.CUT_RULE],
    minFundedShare: input.minFundedShare,
    ...(input.indicatorWeights?.length
      ? {
          indicatorWeights: Object.fromEntries(
            input.indicatorWeights.map((w) => [w.indicatorId, w.weight]),
          ),
        }
      : {}),
    ...(input.themeWeight != null ? { themeWeight: input.themeWeight } : {}),
    ...(input.tolerancePercentagePoints != null
      ? { tolerancePercentagePoints: input.tolerancePercentagePoints }
      : {}),
    optimal: {
      timeLimitSeconds: input.timeLimitSeconds ?? SCENARIO_DEFAULTS.optimal.timeLimitSeconds,
    },
  };
}

/**
 * A scenario's own columns for the audit log: never its input, result or lines (an ORM snapshot
 * of a scenario with its lines loaded reached tens of megabytes).
 */
function scenarioAuditView(scenario: Scenario): Record<string, unknown> {
  return {
    id: scenario.id,
    name: scenario.name,
    method: scenario.method,
    cutRule: scenario.cutRule,
    inputHash: scenario.inputHash,
    frame: scenario.frame,
    committedEarlier: scenario.committedEarlier,
    grantedNew: scenario.grantedNew,
    leftover: scenario.leftover,
    adjustments: scenario.adjustments,
    version: scenario.version,
  };
}

function lineAuditView(line: ScenarioLine): Record<string, unknown> {
  return {
    id: line.id,
    scenarioId: line.scenario.id,
    needsStatementId: line.needsStatement.id,
    status: line.status,
    requestedThisYear: line.requestedThisYear,
    engineGrantedThisYear: line.engineGrantedThisYear,
    adjustedThisYear: line.adjustedThisYear,
    adjustmentReason: line.adjustmentReason,
    adjustedBy: line.adjustedBy,
    adjustedAt: line.adjustedAt?.toISOString() ?? null,
    constraintOverride: line.constraintOverride,
  };
}

/**
 * One change to a line through the domain, given the scenario's other adjustments: the line, the
 * adjusted lines (the changed one included when adjusted before) and the domain's outcome.
 */
async function evaluateChange(
  em: EntityManager,
  scenario: Scenario,
  change: LineAdjustment,
): Promise<{ line: ScenarioLine; adjustedLines: ScenarioLine[]; outcome: LineAdjustmentOutcome }> {
  // One after the other: inside a transaction they share its connection.
  const line = await em.findOne(ScenarioLine, {
    scenario: scenario.id,
    needsStatement: change.needsStatementId,
  });
  if (!line) throw new NotFoundError('ScenarioLine', change.needsStatementId);
  const adjustedLines = await em.find(ScenarioLine, {
    scenario: scenario.id,
    adjustedThisYear: { $ne: null },
  });
  const run = await engineRunOf(em, scenario.id);
  const outcome = adjustAllocationLine(
    run.input,
    run.result,
    lineAdjustments(adjustedLines),
    change,
  );
  return { line, adjustedLines, outcome };
}

/** The domain's problem paths as the mutation's fields (its `override` is `constraintOverride`). */
function apiProblems(problems: readonly ValidationProblem[]): Problem[] {
  return problems.map((p) => ({
    ...p,
    path: p.path[0] === 'override' ? ['constraintOverride', ...p.path.slice(1)] : [...p.path],
  }));
}
