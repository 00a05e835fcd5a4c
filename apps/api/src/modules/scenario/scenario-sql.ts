import { sqlLiteral } from '../../common/sql.js';

// The scenario tables' INSERT statements as text, with their values as SQL literals. The solver
// thread writes the literals of what it produced (the input, the result, the lines), so the main
// thread only joins text and sends it.

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
