import type { FilterQuery } from '@mikro-orm/core';
import { lockForEdit } from '../../common/lock-for-edit.js';
import {
  sumKroner,
  toCanonicalJson,
  type AllocationResult,
  type ScenarioParameters,
} from '@kompetansemidler/domain';
import { createHash } from 'node:crypto';
import { pageWindow, type Page, type PageArgs } from '../../common/connection.js';
import { orderOf } from '../../common/enums.js';
import {
  requireViewer,
  viewerCountyId,
  type ServiceContext,
} from '../../common/service-context.js';
import { BadUserInputError, NotFoundError } from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import { assertPhase } from '../round/round-phase.js';
import { Round } from '../round/round.entity.js';
import {
  ScenarioLineSortField,
  type AdjustScenarioLineInput,
  type RunScenarioInput,
  type ScenarioLinesArgs,
} from './dto/scenario.inputs.js';
import type { ScenarioComparison } from './dto/scenario.types.js';
import { buildAllocationInput } from './allocation-input.js';
import { type AllocationStatus, ScenarioLine } from './scenario-line.entity.js';
import { CUT_RULE_NAME, METHOD_NAME, Scenario } from './scenario.entity.js';
import type { ScenarioRunner } from './solver/scenario-runner.js';

const DEFAULT_TIME_LIMIT_SECONDS = 20;

const LINE_SORT: Record<ScenarioLineSortField, string> = {
  RANK: 'rank',
  GRANTED: 'engineGrantedThisYear',
  REQUESTED: 'requestedThisYear',
  FUNDED_PERCENT: 'fundedPercent',
};

export class ScenarioService {
  constructor(private readonly ctx: ServiceContext) {}

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

  /** The engine's full result (statements, totals, constraint report). */
  async result(scenario: Scenario): Promise<AllocationResult> {
    await this.em.populate(scenario, ['result']);
    return scenario.result as unknown as AllocationResult;
  }

  /**
   * Runs the engine over the round in the solver thread, stores the scenario with its complete
   * input (replayable), the input's hash and one line per statement, and returns it.
   */
  async run(input: RunScenarioInput, runner: ScenarioRunner): Promise<Scenario> {
    const viewer = requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(viewer);
    const round = await this.em.findOne(Round, { id: input.roundId });
    if (!round) throw new NotFoundError('Round', input.roundId);
    const reason = assertPhase(round, 'runScenario', viewer, input.override);
    const parameters: ScenarioParameters = {
      method: METHOD_NAME[input.method],
      cutRule: CUT_RULE_NAME[input.cutRule],
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
      optimal: { timeLimitSeconds: input.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS },
    };
    const knowledge = new Map(
      (input.officeKnowledge ?? []).map((k) => [
        k.needsStatementId,
        { score: k.score, reason: k.reason },
      ]),
    );
    const allocationInput = await buildAllocationInput(this.em, round, parameters, knowledge);
    const inputHash = createHash('sha256').update(toCanonicalJson(allocationInput)).digest('hex');
    const started = Date.now();
    const { result } = await runner.run(allocationInput);
    const durationMs = Date.now() - started;

    return this.em.transactional(async (em) => {
      const scenario = em.create(Scenario, {
        county: em.getReference(County, countyId),
        round: em.getReference(Round, round.id),
        name: input.name.trim() || `Scenario ${new Date().toISOString()}`,
        method: input.method,
        cutRule: input.cutRule,
        parameters: parameters as unknown as Record<string, unknown>,
        input: allocationInput as unknown as Record<string, unknown>,
        inputHash,
        planVersionId: result.planVersion,
        result: result as unknown as Record<string, unknown>,
        frame: result.totals.frame,
        committedEarlier: result.totals.committedEarlier,
        grantedNew: result.totals.grantedNew,
        leftover: result.totals.leftover,
        ranBy: viewer.subject,
        ranByName: viewer.name,
        ranAt: new Date(),
        durationMs,
      });
      for (const s of result.statements) {
        em.create(ScenarioLine, {
          county: em.getReference(County, countyId),
          scenario,
          needsStatement: em.getReference(NeedsStatement, s.id),
          status: s.status as AllocationStatus,
          requestedThisYear: s.requested.thisYear,
          engineGrantedThisYear: s.granted.thisYear,
          perYear: s.granted.perYear,
          fundedPercent: s.fundedPercent,
          rank: s.rank?.overall ?? null,
          score: s.score.total,
          explanation: s.explanation,
          clauses: s.clauses,
        });
      }
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'runScenario',
        entityType: 'Scenario',
        entityId: scenario.id,
        after: { ...snapshot(scenario, ['input', 'result']), totals: result.totals },
        reason,
      });
      return scenario;
    });
  }

  /**
   * An adviser's hand adjustment of one line's grant this year, with a reason. The scenario's
   * version guards against two advisers editing it at once.
   */
  async adjustLine(input: AdjustScenarioLineInput): Promise<Scenario> {
    const viewer = requireViewer(this.ctx.viewer);
    if (input.reason.trim().length < 5) {
      throw new BadUserInputError('Give a reason (at least 5 characters).', { field: 'reason' });
    }
    return this.em.transactional(async (em) => {
      const scenario = await lockForEdit(em, Scenario, input.scenarioId, input.expectedVersion);
      const round = await em.findOneOrFail(Round, { id: scenario.round.id });
      const reason = assertPhase(round, 'adjustScenarioLine', viewer, input.override);
      const line = await em.findOne(ScenarioLine, {
        scenario: scenario.id,
        needsStatement: input.needsStatementId,
      });
      if (!line) throw new NotFoundError('ScenarioLine', input.needsStatementId);
      if (
        !Number.isInteger(input.grantedThisYear) ||
        input.grantedThisYear < 0 ||
        input.grantedThisYear > line.requestedThisYear
      ) {
        throw new BadUserInputError(
          `The grant must be a whole number of kroner from 0 to the requested ${line.requestedThisYear}.`,
          { field: 'grantedThisYear' },
        );
      }
      const before = { line: snapshot(line), scenario: snapshot(scenario, ['input', 'result']) };
      line.adjustedThisYear = input.grantedThisYear;
      line.adjustmentReason = input.reason.trim();
      line.adjustedBy = viewer.subject;
      line.adjustedAt = new Date();
      const lines = await em.find(ScenarioLine, { scenario: scenario.id });
      scenario.grantedNew = sumKroner(lines.map((l) => l.granted()));
      scenario.leftover = scenario.frame - scenario.committedEarlier - scenario.grantedNew;
      // Every adjustment is a new version of the scenario, even when the totals stay the same.
      scenario.adjustments += 1;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'adjustScenarioLine',
        entityType: 'ScenarioLine',
        entityId: line.id,
        before,
        after: { line: snapshot(line), scenario: snapshot(scenario, ['input', 'result']) },
        reason: input.reason.trim() + (reason ? ` (${reason})` : ''),
      });
      return scenario;
    });
  }

  /** Two or more scenarios side by side: per statement, the grant in each. */
  async compare(ids: readonly string[]): Promise<ScenarioComparison> {
    if (ids.length < 2 || ids.length > 6) {
      throw new BadUserInputError('Compare 2 to 6 scenarios.', { field: 'ids' });
    }
    const scenarios = await this.em.find(Scenario, { id: { $in: [...ids] } });
    const byId = new Map(scenarios.map((s) => [s.id, s]));
    const ordered = ids.map((id) => {
      const found = byId.get(id);
      if (!found) throw new NotFoundError('Scenario', id);
      return found;
    });
    const lines = await this.em.find(
      ScenarioLine,
      { scenario: { $in: [...ids] } },
      { populate: ['needsStatement'] },
    );
    const rows = new Map<string, { ns: NeedsStatement; requested: number; granted: number[] }>();
    for (const line of lines) {
      const ns = line.needsStatement.getEntity();
      const row = rows.get(ns.id) ?? {
        ns,
        requested: line.requestedThisYear,
        granted: ids.map(() => 0),
      };
      row.granted[ids.indexOf(line.scenario.id)] = line.granted();
      rows.set(ns.id, row);
    }
    const first = ordered[0];
    return {
      scenarios: ordered,
      rows: [...rows.values()]
        .map((row) => ({
          needsStatement: row.ns,
          requestedThisYear: row.requested,
          granted: row.granted,
          spread: Math.max(...row.granted) - Math.min(...row.granted),
        }))
        .sort(
          (a, b) => b.spread - a.spread || (a.needsStatement.id < b.needsStatement.id ? -1 : 1),
        ),
      sameInputAsFirst: ordered
        .slice(1)
        .filter((s) => s.inputHash === first?.inputHash)
        .map((s) => s.id),
    };
  }
}
