import { sqlLiteral } from '../../common/sql.js';
import { ScenarioRunStatus } from './scenario-run-status.js';
import type { AllocationMethod, CutRule } from './scenario.entity.js';
import type { AllocationOutcome } from './solver/allocation-job.js';

// A stored scenario's statements as text, with their values as SQL literals: the solver thread
// writes what it produced (the input, the result, the lines) straight into them and sends them
// on its own connection. These statements take no parameters (the literals may hold `$1`).

/** Lines per INSERT. */
export const LINE_BATCH = 50;

/** A scenario row's own values, known before the engine runs. */
export interface ScenarioRowValues {
  id: string;
  countyId: string;
  roundId: string;
  name: string;
  method: AllocationMethod;
  cutRule: CutRule;
  parameters: unknown;
  ranBy: string;
  ranByName: string;
}

/** What the engine's run adds to the row (the input and result already as literals), and its time. */
export type ScenarioOutcomeValues = Pick<
  AllocationOutcome,
  'inputLiteral' | 'inputHash' | 'planVersion' | 'resultLiteral' | 'totals'
> & { durationMs: number };

export function scenarioInsertSql(row: ScenarioRowValues, outcome: ScenarioOutcomeValues): string {
  const values = [
    sqlLiteral(row.id),
    sqlLiteral(row.countyId),
    sqlLiteral(row.roundId),
    sqlLiteral(row.name),
    sqlLiteral(row.method),
    sqlLiteral(row.cutRule),
    `${sqlLiteral(JSON.stringify(row.parameters))}::jsonb`,
    `${outcome.inputLiteral}::jsonb`,
    sqlLiteral(outcome.inputHash),
    sqlLiteral(outcome.planVersion),
    `${outcome.resultLiteral}::jsonb`,
    sqlLiteral(outcome.totals.frame),
    sqlLiteral(outcome.totals.committedEarlier),
    sqlLiteral(outcome.totals.grantedNew),
    sqlLiteral(outcome.totals.leftover),
    sqlLiteral(row.ranBy),
    sqlLiteral(row.ranByName),
    'now()',
    sqlLiteral(outcome.durationMs),
  ];
  return `insert into scenario (id, county_id, round_id, name, method, cut_rule, parameters, input,
       input_hash, plan_version_id, result, frame, committed_earlier, granted_new, leftover,
       ran_by, ran_by_name, ran_at, duration_ms)
     values (${values.join(', ')})`;
}

/** The lines' INSERTs, LINE_BATCH lines each. */
export function lineInsertSqls(lineTuples: readonly string[]): string[] {
  const statements: string[] = [];
  for (let start = 0; start < lineTuples.length; start += LINE_BATCH) {
    statements.push(
      `insert into scenario_line (${LINE_COLUMNS}) values ${lineTuples
        .slice(start, start + LINE_BATCH)
        .join(', ')}`,
    );
  }
  return statements;
}

/** The solver thread took the run (it was QUEUED). */
export function runRunningSql(runId: string): string {
  return `update scenario_run set status = ${sqlLiteral(ScenarioRunStatus.RUNNING)}, started_at = now()
     where id = ${sqlLiteral(runId)} and status = ${sqlLiteral(ScenarioRunStatus.QUEUED)}`;
}

/** Marks a run DONE with its scenario (in the transaction that stores the scenario). */
export function runDoneSql(runId: string, scenarioId: string, durationMs: number): string {
  return `update scenario_run set status = ${sqlLiteral(ScenarioRunStatus.DONE)}, finished_at = now(),
       scenario_id = ${sqlLiteral(scenarioId)}, duration_ms = ${sqlLiteral(durationMs)},
       error_code = null, error_message = null
     where id = ${sqlLiteral(runId)}`;
}

/** The columns of a stored scenario line, in the order of `lineTuple`'s values. */
export const LINE_COLUMNS = `id, county_id, scenario_id, needs_statement_id, status,
  requested_this_year, engine_granted_this_year, per_year, funded_percent, rank, score,
  explanation, clauses`;

export interface LineValues {
  id: string;
  needsStatementId: string;
  status: string;
  requestedThisYear: number;
  engineGrantedThisYear: number;
  perYearJson: string;
  fundedPercent: number;
  rank: number | null;
  score: number;
  explanationJson: string;
  clausesJson: string;
}

/** One line's `(…)` of VALUES, for a county and scenario known before the engine runs. */
export function lineTuple(countyId: string, scenarioId: string, line: LineValues): string {
  return `(${[
    sqlLiteral(line.id),
    sqlLiteral(countyId),
    sqlLiteral(scenarioId),
    sqlLiteral(line.needsStatementId),
    sqlLiteral(line.status),
    sqlLiteral(line.requestedThisYear),
    sqlLiteral(line.engineGrantedThisYear),
    `${sqlLiteral(line.perYearJson)}::jsonb`,
    sqlLiteral(line.fundedPercent),
    sqlLiteral(line.rank),
    sqlLiteral(line.score),
    `${sqlLiteral(line.explanationJson)}::jsonb`,
    `${sqlLiteral(line.clausesJson)}::jsonb`,
  ].join(', ')})`;
}
