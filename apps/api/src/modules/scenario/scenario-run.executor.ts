import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { countyEntityManager } from '../../database/county-transaction.js';
import { withRequestScope } from '../../database/request-scope.js';
import type { Logger } from '../../logger.js';
import type { AuditRow } from '../audit/audit-row.js';
import { persistAuditRow } from '../audit/audit.service.js';
import type { ScenarioParameters } from '@kompetansemidler/domain';
import { loadAllocationRows, type RoundForAllocation } from './allocation-input.js';
import { ScenarioLine } from './scenario-line.entity.js';
import { ScenarioRun } from './scenario-run.entity.js';
import { ACTIVE_RUN_STATUSES, ScenarioRunStatus } from './scenario-run-status.js';
import { markRunFailed } from './scenario-run.service.js';
import { Scenario, type AllocationMethod, type CutRule } from './scenario.entity.js';
import type { ScenarioRunner, Solved } from './solver/scenario-runner.js';

/** A claimed (QUEUED) run, with everything needed to solve and store it. */
export interface ScenarioRunRequest {
  runId: string;
  round: RoundForAllocation;
  parameters: ScenarioParameters;
  officeKnowledge: Array<[string, { score: number; reason: string }]>;
  /** The scenario's own values, known before the engine runs (its id is chosen ahead). */
  scenario: {
    id: string;
    name: string;
    method: AllocationMethod;
    cutRule: CutRule;
    ranBy: string;
    ranByName: string;
  };
  /** The run's audit entry; its `after` gets what the engine produced added. */
  audit: AuditRow;
}

/** How long a run's lease lasts without a heartbeat; a run whose lease ran out died with its server. */
export const DEFAULT_RUN_LEASE_MS = 4_000;

/**
 * Carries claimed scenario runs to their end after `runScenario` has answered: reads the round's
 * rows through the ORM (marking the run RUNNING), has the solver thread compute the result, and
 * stores the scenario, its lines, the run DONE and its audit entry through the ORM in one county
 * transaction (or the run FAILED with the reason). While this server holds a run it renews the run's
 * lease (`lease_until`) every third of the lease; a run whose lease ran out (its server was killed)
 * is reclaimed by the next `runScenario` of its round.
 */
export class ScenarioRunExecutor {
  readonly leaseMs: number;
  private readonly active = new Map<string, string>();
  private readonly inFlight = new Set<Promise<void>>();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly runner: ScenarioRunner,
    private readonly logger: Logger,
    options: { leaseMs?: number } = {},
  ) {
    this.leaseMs = options.leaseMs ?? DEFAULT_RUN_LEASE_MS;
  }

  /** Starts carrying a claimed run; it is stored (or marked FAILED) in the background. */
  start(request: ScenarioRunRequest): void {
    this.active.set(request.runId, request.round.countyId);
    this.startHeartbeat();
    // A scope of its own: the run outlives the request that claimed it.
    const work = withRequestScope(() => this.execute(request)).finally(() => {
      this.active.delete(request.runId);
      this.inFlight.delete(work);
      if (this.active.size === 0) this.stopHeartbeat();
    });
    this.inFlight.add(work);
  }

  /** Resolves when every run started so far has been stored or marked FAILED. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  /** Waits for the runs in flight (the runner's close fails those still solving). */
  async close(): Promise<void> {
    await this.idle();
    this.stopHeartbeat();
  }

  private async execute(request: ScenarioRunRequest): Promise<void> {
    const countyId = request.round.countyId;
    const em = countyEntityManager(this.orm.em, countyId);
    try {
      const rows = await em.transactional(async (tx) => {
        await tx.nativeUpdate(
          ScenarioRun,
          { id: request.runId, status: ScenarioRunStatus.QUEUED },
          { status: ScenarioRunStatus.RUNNING, startedAt: new Date() },
        );
        return loadAllocationRows(tx, request.round);
      });
      const solved = await this.runner.run({
        rows,
        parameters: request.parameters,
        officeKnowledge: request.officeKnowledge,
      });
      await em.fork().transactional((tx) => storeScenario(tx, request, solved));
    } catch (error) {
      this.logger.warn({ err: error, runId: request.runId }, 'scenario run failed');
      await em
        .fork()
        .transactional((tx) => markRunFailed(tx, request.runId, error))
        .catch((markError: unknown) =>
          this.logger.error(
            { err: markError, runId: request.runId },
            'could not mark the run failed',
          ),
        );
    }
  }

  private startHeartbeat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => void this.renewLeases(), Math.floor(this.leaseMs / 3));
    this.heartbeat.unref();
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  /** Renews the lease of every run this server holds, per county (each in its county's transaction). */
  private async renewLeases(): Promise<void> {
    const byCounty = new Map<string, string[]>();
    for (const [runId, countyId] of this.active) {
      byCounty.set(countyId, [...(byCounty.get(countyId) ?? []), runId]);
    }
    await withRequestScope(() =>
      Promise.all(
        [...byCounty].map(([countyId, runIds]) =>
          countyEntityManager(this.orm.em, countyId)
            .transactional((tx) =>
              tx.nativeUpdate(
                ScenarioRun,
                { id: { $in: runIds }, status: { $in: [...ACTIVE_RUN_STATUSES] } },
                { leaseUntil: new Date(Date.now() + this.leaseMs) },
              ),
            )
            .catch((error: unknown) =>
              this.logger.warn({ err: error }, 'could not renew scenario run leases'),
            ),
        ),
      ),
    );
  }
}

/**
 * Stores a solved run in the transaction `em` runs: the scenario with its complete input
 * (replayable), the input's hash and the result, one line per statement, the run DONE with its
 * scenario, and the run's audit entry with the engine's figures added.
 */
async function storeScenario(
  em: EntityManager,
  request: ScenarioRunRequest,
  solved: Solved,
): Promise<void> {
  const { input, inputHash, result, durationMs } = solved;
  const countyId = request.round.countyId;
  const scenario = em.create(Scenario, {
    ...request.scenario,
    county: countyId,
    round: request.round.id,
    parameters: request.parameters as unknown as Record<string, unknown>,
    input: input as unknown as Record<string, unknown>,
    inputHash,
    planVersionId: result.planVersion,
    result: result as unknown as Record<string, unknown>,
    frame: result.totals.frame,
    committedEarlier: result.totals.committedEarlier,
    grantedNew: result.totals.grantedNew,
    leftover: result.totals.leftover,
    ranAt: new Date(),
    durationMs,
  });
  for (const s of result.statements) {
    em.create(ScenarioLine, {
      county: countyId,
      scenario,
      needsStatement: s.id,
      status: s.status as ScenarioLine['status'],
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
  persistAuditRow(em, {
    ...request.audit,
    after: {
      ...(request.audit.after as Record<string, unknown>),
      inputHash,
      planVersionId: result.planVersion,
      lines: result.statements.length,
      durationMs,
      totals: result.totals,
    },
  });
  await em.flush();
  await em.nativeUpdate(
    ScenarioRun,
    { id: request.runId },
    {
      status: ScenarioRunStatus.DONE,
      finishedAt: new Date(),
      scenario: scenario.id,
      durationMs,
      errorCode: null,
      errorMessage: null,
    },
  );
}
