import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { pageWindow, type Page, type PageArgs } from '../../common/connection.js';
import type { ServiceContext } from '../../common/service-context.js';
import {
  AppError,
  ConflictError,
  NotFoundError,
  ValidationFailedError,
} from '../../errors/app-error.js';
import type { Round } from '../round/round.entity.js';
import type { AllocationMethod, CutRule } from './scenario.entity.js';
import { ScenarioRunInProgressError } from './scenario.errors.js';
import { ScenarioRun } from './scenario-run.entity.js';
import { ACTIVE_RUN_STATUSES, ScenarioRunStatus } from './scenario-run-status.js';
import { isUuid } from '../../common/uuid.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

/**
 * The bookkeeping of scenario runs: one active run per round, recorded and committed before the
 * engine starts so that pollers and other advisers see it, then RUNNING, DONE or FAILED.
 */
@requestScoped()
export class ScenarioRunService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  async get(id: string): Promise<ScenarioRun> {
    const run = isUuid(id) ? await this.em.findOne(ScenarioRun, { id }) : null;
    if (!run) throw new NotFoundError('ScenarioRun', id);
    return run;
  }

  async page(roundId: string, args: PageArgs): Promise<Page<ScenarioRun>> {
    const { offset, limit } = pageWindow(args);
    const [nodes, totalCount] = await this.em.findAndCount(
      ScenarioRun,
      { round: roundId },
      { orderBy: { createdAt: 'desc', id: 'asc' }, offset, limit },
    );
    return { nodes, totalCount, offset, limit };
  }

  /** The round's run in progress, if any (batched per request by the resolver). */
  async activeByRound(roundIds: readonly string[]): Promise<Map<string, ScenarioRun>> {
    const runs = await this.em.find(ScenarioRun, {
      round: { $in: [...roundIds] },
      status: { $in: [...ACTIVE_RUN_STATUSES] },
    });
    return new Map(runs.map((r) => [r.round.id, r]));
  }

  /**
   * Records a QUEUED run of the round with a lease of `leaseMs` and commits it, or refuses with
   * SCENARIO_RUN_IN_PROGRESS while another is queued or running. Runs whose lease ran out (their
   * server was killed before it finished them) are marked FAILED (INTERRUPTED) first.
   */
  async claim(
    round: Round,
    request: { runId?: string | null; name: string; method: AllocationMethod; cutRule: CutRule },
    leaseMs: number,
  ): Promise<{ id: string }> {
    const viewer = this.ctx.viewer!;
    const id = request.runId ?? randomUUID();
    if (!isUuid(id)) {
      throw new AppError('BAD_USER_INPUT', 'runId must be a UUID.', { field: 'runId' });
    }
    // Free the round of runs a killed server left behind, then record this one (in a savepoint of
    // the request's transaction, which commits before the answer goes out); the partial unique
    // index refuses it while another is queued or running.
    await this.reclaimExpired(this.em, round.id);
    try {
      await this.em.transactional((em) =>
        em.execute(
          `insert into scenario_run (id, county_id, round_id, name, method, cut_rule, status,
           requested_by, requested_by_name, lease_until)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, now() + (? * interval '1 millisecond'))`,
          [
            id,
            round.county.id,
            round.id,
            request.name,
            request.method,
            request.cutRule,
            ScenarioRunStatus.QUEUED,
            viewer.subject,
            viewer.name,
            leaseMs,
          ],
          'run',
        ),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const active = await this.em.findOne(ScenarioRun, {
        round: round.id,
        status: { $in: [...ACTIVE_RUN_STATUSES] },
      });
      if (active) throw new ScenarioRunInProgressError(active);
      throw new ConflictError(`The run id ${id} is already taken.`, {
        reason: 'ALREADY_EXISTS',
        field: 'runId',
      });
    }
    return { id };
  }

  /** Marks runs of the round whose lease ran out FAILED (INTERRUPTED): their server is gone. */
  private async reclaimExpired(em: EntityManager, roundId: string) {
    await em.execute(
      `update scenario_run set status = ?, finished_at = now(), error_code = 'INTERRUPTED',
              error_message = 'The server stopped before the run finished.'
        where round_id = ? and status in (?)
          and (lease_until is null or lease_until < now())`,
      [ScenarioRunStatus.FAILED, roundId, ACTIVE_RUN_STATUSES],
      'run',
    );
  }
}

/**
 * Stores why the run failed, in a statement of its own (whatever it did before rolled back): the
 * code, the message and, for VALIDATION_FAILED, the problems by the mutation's input fields (the
 * engine's `scenario.minFundedShare` is the input's `minFundedShare`).
 */
export async function markRunFailed(
  em: EntityManager,
  runId: string,
  error: unknown,
): Promise<void> {
  const code = error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR';
  const message =
    error instanceof AppError ? error.message : 'The run failed on an unexpected error.';
  const problems =
    error instanceof ValidationFailedError
      ? error.problems.map((p) => ({
          ...p,
          path: p.path[0] === 'scenario' ? p.path.slice(1) : p.path,
        }))
      : null;
  await em.execute(
    `update scenario_run set status = ?, finished_at = now(), error_code = ?, error_message = ?,
            problems = ?::jsonb
      where id = ? and status in (?)`,
    [
      ScenarioRunStatus.FAILED,
      code,
      message,
      problems && JSON.stringify(problems),
      runId,
      ACTIVE_RUN_STATUSES,
    ],
    'run',
  );
}

/** A unique-key violation, as the ORM or the driver reports it (SQLSTATE 23505). */
function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof UniqueConstraintViolationException ||
    (error as { code?: unknown } | null)?.code === '23505'
  );
}
