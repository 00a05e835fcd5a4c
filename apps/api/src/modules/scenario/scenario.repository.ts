import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlLiteral, sqlRun } from '../../common/sql.js';
import type { AllocationMethod, CutRule } from './scenario.entity.js';
import { LINE_COLUMNS } from './scenario-sql.js';
import type { AllocationOutcome } from './solver/allocation-job.js';

/** Lines per INSERT: small enough that no single statement holds the main thread for long. */
export const LINE_BATCH = 50;

export interface NewScenario {
  id: string;
  countyId: string;
  roundId: string;
  name: string;
  method: AllocationMethod;
  cutRule: CutRule;
  parameters: unknown;
  outcome: AllocationOutcome;
  ranBy: string;
  ranByName: string;
  ranAt: Date;
  durationMs: number;
}

/**
 * Stores a scenario and its lines as the solver thread serialised them: the input, the result and
 * the lines arrive as SQL literals, so the main thread neither parses, re-serialises nor escapes
 * them, and the lines go in batches (each an await, so requests interleave). These statements
 * take no `?` parameters (the literals may hold question marks). Call it inside the transaction
 * that also records the run and the audit entry.
 */
export async function insertScenario(em: EntityManager, s: NewScenario): Promise<void> {
  const { outcome } = s;
  const values = [
    sqlLiteral(s.id),
    sqlLiteral(s.countyId),
    sqlLiteral(s.roundId),
    sqlLiteral(s.name),
    sqlLiteral(s.method),
    sqlLiteral(s.cutRule),
    `${sqlLiteral(JSON.stringify(s.parameters))}::jsonb`,
    `${outcome.inputLiteral}::jsonb`,
    sqlLiteral(outcome.inputHash),
    sqlLiteral(outcome.planVersion),
    `${outcome.resultLiteral}::jsonb`,
    sqlLiteral(outcome.totals.frame),
    sqlLiteral(outcome.totals.committedEarlier),
    sqlLiteral(outcome.totals.grantedNew),
    sqlLiteral(outcome.totals.leftover),
    sqlLiteral(s.ranBy),
    sqlLiteral(s.ranByName),
    `${sqlLiteral(s.ranAt.toISOString())}::timestamptz`,
    sqlLiteral(s.durationMs),
  ];
  await sqlRun(
    em,
    `insert into scenario (id, county_id, round_id, name, method, cut_rule, parameters, input,
       input_hash, plan_version_id, result, frame, committed_earlier, granted_new, leftover,
       ran_by, ran_by_name, ran_at, duration_ms)
     values (${values.join(', ')})`,
  );
  for (let start = 0; start < outcome.lineTuples.length; start += LINE_BATCH) {
    await sqlRun(
      em,
      `insert into scenario_line (${LINE_COLUMNS}) values ${outcome.lineTuples
        .slice(start, start + LINE_BATCH)
        .join(', ')}`,
    );
  }
}
