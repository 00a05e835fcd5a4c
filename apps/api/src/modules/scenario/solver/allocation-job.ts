import {
  allocate,
  candidateFromNeedsStatement,
  indexIndicatorFigures,
  needsStatementSchema,
  samiAssessmentForEngine,
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
import { createHash } from 'node:crypto';
import {
  budgetYears,
  toDomainStatement,
  type StatementWithBudget,
} from '../../needs-statement/statement-row.js';

// Everything between the round's rows and the engine's result runs here, in the solver thread:
// parsing the rows, mapping them to the engine's input, hashing it, and the engine. The main
// thread reads the rows and stores the result through the ORM (scenario-run.executor.ts).

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

/** A scenario run as the solver thread takes it: the round's rows and the run's parameters. */
export interface AllocationJob {
  rows: AllocationRows;
  parameters: ScenarioParameters;
  /** The office's own knowledge per needs statement id. */
  officeKnowledge: Array<[string, { score: number; reason: string }]>;
}

/** What the solver thread answers: the engine's input (replayable), its hash and the result. */
export interface SolvedJob {
  input: AllocationInput;
  inputHash: string;
  result: AllocationResult;
}

/**
 * The engine's input from plain rows: every submitted statement as a candidate (parsed by the
 * domain's schema), with its indicator figures (its owners' own, or their municipalities',
 * averaged; its sector's before the place's as a whole), the office's knowledge and the office's
 * assessment of its Sámi perspectives (none when not assessed). Statements whose partnership is
 * missing are left out.
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
    const sami = samiAssessmentForEngine(ns.samiAssessment);
    return [
      candidateFromNeedsStatement(parsed, {
        indicators: statementIndicatorFigures(figures, partnership.owners, parsed.sector),
        ...(knowledge ? { officeKnowledge: knowledge } : {}),
        ...(sami ? { samiAssessment: sami } : {}),
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

/** Builds the input and runs the engine. */
export async function solveJob(job: AllocationJob, solver?: HighsSolver): Promise<SolvedJob> {
  const input = allocationInputFromRows(job.rows, job.parameters, new Map(job.officeKnowledge));
  const inputHash = inputHashOf(input);
  const result = await allocate(input, { solver });
  return { input, inputHash, result };
}
