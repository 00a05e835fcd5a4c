import {
  allocate,
  candidateFromNeedsStatement,
  indexIndicatorFigures,
  needsStatementSchema,
  statementIndicatorFigures,
  toCanonicalJson,
  type AllocationInput,
  type AllocationResult,
  type AllocationRound,
  type Commitment,
  type CountyPlan,
  type FundingHistory,
  type HighsSolver,
  type IndicatorFigure,
  type Partnership,
  type ScenarioParameters,
} from '@kompetansemidler/domain';
import { createHash, randomUUID } from 'node:crypto';
import { sqlLiteral } from '../../../common/sql.js';
import {
  budgetYears,
  toDomainStatement,
  type StatementWithBudget,
} from '../../needs-statement/statement-row.js';
import type { AuditRow } from '../../audit/audit-row.js';
import type { RoundForAllocation } from '../allocation-input.js';
import { lineTuple, type ScenarioRowValues } from '../scenario-sql.js';

// Everything between the database rows and the stored scenario runs here, in the solver thread:
// parsing the rows, mapping them to the engine's input, hashing it, the engine, and serialising
// the input, the result and the lines as SQL literals (scenario-store.ts reads the rows and stores
// the scenario on the thread's own connection). The main thread posts the job and waits.

/** The plain rows a scenario is built from (allocation-input.ts reads them). */
export interface AllocationRows {
  plan: CountyPlan;
  planVersion: string;
  round: AllocationRound;
  /** Submitted statements (StatementWithBudget[], by id) as JSON text, parsed in this thread. */
  statementsJson: string;
  partnerships: Partnership[];
  /** The knowledge base's figures per municipality or owner (the latest up to the round's year count). */
  figures: IndicatorFigure[];
  /** Earlier rounds' grants falling in this or later years. */
  commitments: Commitment[];
  history: FundingHistory;
  institutionShareHistory: { year: number; owner: number; institution: number }[];
}

/** A scenario run as the solver thread takes it: it reads the round's rows itself. */
export interface AllocationJob {
  round: RoundForAllocation;
  parameters: ScenarioParameters;
  /** The office's own knowledge per needs statement id. */
  officeKnowledge: Array<[string, { score: number; reason: string }]>;
  /** How the scenario is stored: its row (the id is chosen before the run), run and audit entry. */
  store: ScenarioStoreRequest;
}

export interface ScenarioStoreRequest {
  runId: string;
  scenario: ScenarioRowValues;
  /** The run's audit entry; its `after` gets what the engine produced added. */
  audit: AuditRow;
}

/**
 * What is stored, ready as SQL text: the input and the result as JSON literals and one VALUES
 * tuple per line (see scenario-sql.ts), with the figures the scenario row keeps.
 */
export interface AllocationOutcome {
  inputHash: string;
  /** The input as an SQL literal of its JSON. */
  inputLiteral: string;
  /** The result as an SQL literal of its JSON. */
  resultLiteral: string;
  planVersion: string;
  totals: AllocationResult['totals'];
  lineTuples: string[];
}

/**
 * The engine's input from plain rows: every submitted statement as a candidate (parsed by the
 * domain's schema), with its indicator figures (its owners' own, or their municipalities',
 * averaged; its sector's before the place's as a whole) and the office's knowledge. Statements
 * whose partnership is missing are left out.
 */
export function allocationInputFromRows(
  rows: AllocationRows,
  parameters: ScenarioParameters,
  officeKnowledge: ReadonlyMap<string, { score: number; reason: string }> = new Map(),
): AllocationInput {
  const partnerships = new Map(rows.partnerships.map((p) => [p.id, p]));
  const figures = indexIndicatorFigures(rows.figures, rows.round.year);
  const statements = JSON.parse(rows.statementsJson) as StatementWithBudget[];
  const candidates = statements.flatMap((ns) => {
    const partnership = partnerships.get(ns.partnershipId);
    if (!partnership) return [];
    const parsed = needsStatementSchema.parse(
      toDomainStatement(ns, rows.round.year, partnership, budgetYears(ns.budget)),
    );
    const knowledge = officeKnowledge.get(ns.id);
    return [
      candidateFromNeedsStatement(parsed, {
        indicators: statementIndicatorFigures(figures, partnership.owners, parsed.sector),
        ...(knowledge ? { officeKnowledge: knowledge } : {}),
      }),
    ];
  });
  return {
    plan: rows.plan,
    planVersion: rows.planVersion,
    round: rows.round,
    commitments: rows.commitments,
    candidates,
    history: rows.history,
    institutionShareHistory: rows.institutionShareHistory,
    scenario: parameters,
  };
}

/** SHA-256 of the canonical JSON of the engine's input: equal inputs, equal hashes. */
export function inputHashOf(input: AllocationInput): string {
  return createHash('sha256').update(toCanonicalJson(input)).digest('hex');
}

/** What the engine is run on: the round's rows, the parameters and the office's knowledge. */
export type SolveInput = Pick<AllocationJob, 'parameters' | 'officeKnowledge'> & {
  rows: AllocationRows;
};

/** Builds the input and runs the engine. */
export async function solveJob(
  job: SolveInput,
  solver?: HighsSolver,
): Promise<{
  input: AllocationInput;
  inputHash: string;
  result: AllocationResult;
}> {
  const input = allocationInputFromRows(job.rows, job.parameters, new Map(job.officeKnowledge));
  const inputHash = inputHashOf(input);
  const result = await allocate(input, { solver });
  return { input, inputHash, result };
}

/** What is stored of a solved scenario, serialised as SQL text. */
export function storableOutcome(
  solved: Awaited<ReturnType<typeof solveJob>>,
  scenario: Pick<ScenarioRowValues, 'id' | 'countyId'>,
): AllocationOutcome {
  const { input, inputHash, result } = solved;
  return {
    inputHash,
    inputLiteral: sqlLiteral(JSON.stringify(input)),
    resultLiteral: sqlLiteral(JSON.stringify(result)),
    planVersion: result.planVersion,
    totals: result.totals,
    lineTuples: result.statements.map((s) =>
      lineTuple(scenario.countyId, scenario.id, {
        id: randomUUID(),
        needsStatementId: s.id,
        status: s.status,
        requestedThisYear: s.requested.thisYear,
        engineGrantedThisYear: s.granted.thisYear,
        fundedPercent: s.fundedPercent,
        rank: s.rank?.overall ?? null,
        score: s.score.total,
        perYearJson: JSON.stringify(s.granted.perYear),
        explanationJson: JSON.stringify(s.explanation),
        clausesJson: JSON.stringify(s.clauses),
      }),
    ),
  };
}
