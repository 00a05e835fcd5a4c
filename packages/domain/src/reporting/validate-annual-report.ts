import {
  problem,
  problemsFromZodIssues,
  type ValidationProblem,
} from '../common/validation-problem.js';
import type { NeedsStatement } from '../needs-statement/needs-statement.schema.js';
import type { ResolvedPlan } from '../plan/plan-version.js';
import { annualReportSchema, type AnnualReport, type GrantYear } from './annual-report.schema.js';

export type ReportProblemCode =
  | 'RP_SCHEMA_INVALID'
  | 'RP_STATEMENT_MISMATCH'
  | 'RP_YEAR_NOT_GRANTED'
  | 'RP_MEASURE_MISSING'
  | 'RP_MEASURE_UNKNOWN'
  | 'RP_GOAL_MISSING'
  | 'RP_GOAL_UNKNOWN'
  | 'RP_REQUIRED_PART_MISSING'
  | 'RP_COORDINATOR_USE_MISSING'
  | 'RP_ACCOUNTS_PARTY_MISSING'
  | 'RP_ACCOUNTS_RECEIVED_MISMATCH'
  | 'RP_ACCOUNTS_OVERSPENT'
  | 'RP_COORDINATOR_OVERSPENT';

export type ReportProblem = ValidationProblem<ReportProblemCode>;

export interface AnnualReportContext {
  plan: ResolvedPlan;
  statement: NeedsStatement;
  /** The grant for the report's year; absent when the year was not granted. */
  grant?: GrantYear | undefined;
}

/** The coherence check: the report covers exactly the statement's goals and measures. */
export function checkReportCoherence(
  report: AnnualReport,
  statement: NeedsStatement,
): ReportProblem[] {
  const problems: ReportProblem[] = [];
  if (report.needsStatementId !== statement.id) {
    problems.push(
      problem(
        'RP_STATEMENT_MISMATCH',
        ['needsStatementId'],
        `Rapporten gjelder behovsmelding ${report.needsStatementId}, ikke ${statement.id}.`,
        `The report is for needs statement ${report.needsStatementId}, not ${statement.id}.`,
      ),
    );
  }
  const measureIds = new Set(statement.measures.map((m) => m.id));
  const reportedMeasures = new Set(report.measures.map((m) => m.measureId));
  statement.measures.forEach((measure, index) => {
    if (!reportedMeasures.has(measure.id)) {
      problems.push(
        problem(
          'RP_MEASURE_MISSING',
          ['measures'],
          `Tiltak ${index + 1} («${measure.description}») er ikke rapportert.`,
          `Measure ${index + 1} ("${measure.description}") is not reported.`,
        ),
      );
    }
  });
  report.measures.forEach((m, index) => {
    if (!measureIds.has(m.measureId)) {
      problems.push(
        problem(
          'RP_MEASURE_UNKNOWN',
          ['measures', index, 'measureId'],
          `Tiltaket «${m.measureId}» står ikke i behovsmeldingen.`,
          `The measure "${m.measureId}" is not in the needs statement.`,
        ),
      );
    }
  });
  const goals = [...statement.goals.longTerm, ...statement.goals.subGoals];
  const goalIds = new Set(goals.map((g) => g.id));
  const reportedGoals = new Set(report.goals.map((g) => g.goalId));
  for (const goal of goals) {
    if (!reportedGoals.has(goal.id)) {
      problems.push(
        problem(
          'RP_GOAL_MISSING',
          ['goals'],
          `Målet «${goal.text}» mangler vurdering av måloppnåelse.`,
          `The goal "${goal.text}" lacks an assessment of achievement.`,
        ),
      );
    }
  }
  report.goals.forEach((g, index) => {
    if (!goalIds.has(g.goalId)) {
      problems.push(
        problem(
          'RP_GOAL_UNKNOWN',
          ['goals', index, 'goalId'],
          `Målet «${g.goalId}» står ikke i behovsmeldingen.`,
          `The goal "${g.goalId}" is not in the needs statement.`,
        ),
      );
    }
  });
  return problems;
}

/** Validates a yearly report and its accounts. Returns every problem at once. */
export function validateAnnualReport(
  report: unknown,
  context: AnnualReportContext,
): ReportProblem[] {
  const parsed = annualReportSchema.safeParse(report);
  if (!parsed.success) return problemsFromZodIssues('RP_SCHEMA_INVALID', parsed.error.issues);
  const r = parsed.data;
  const rule = context.plan.rules.reporting;
  const problems = checkReportCoherence(r, context.statement);
  const grant = context.grant;
  if (!grant || grant.year !== r.year) {
    problems.push(
      problem(
        'RP_YEAR_NOT_GRANTED',
        ['year'],
        `Det er ikke gitt tilskudd for ${r.year} til denne behovsmeldingen.`,
        `No grant was made for ${r.year} to this needs statement.`,
      ),
    );
  }
  const required = new Set(rule.requiredParts);
  const missing = (path: string, nb: string, en: string) =>
    problems.push(
      problem(
        'RP_REQUIRED_PART_MISSING',
        [path],
        `Rapporten mangler ${nb}.`,
        `The report lacks ${en}.`,
      ),
    );
  if (required.has('MEASURES_CARRIED_OUT') && r.measures.length === 0) {
    missing('measures', 'hvilke tiltak som er gjennomført', 'which measures were carried out');
  }
  if (required.has('USE_OF_FUNDS') && r.useOfFunds.trim() === '') {
    missing('useOfFunds', 'hvordan midlene er brukt', 'how the funds were used');
  }
  if (required.has('GOAL_ACHIEVEMENT') && r.goals.some((g) => g.assessment.trim() === '')) {
    missing('goals', 'vurdering av måloppnåelse', 'an assessment of goal achievement');
  }
  const coordinatorGranted = grant?.coordinator ?? 0;
  if (required.has('COORDINATOR_USE') && coordinatorGranted > 0 && r.coordinatorUse.trim() === '') {
    problems.push(
      problem(
        'RP_COORDINATOR_USE_MISSING',
        ['coordinatorUse'],
        'Det er gitt koordinatormidler: rapporten må si hvordan de er brukt.',
        'Coordinator funds were granted: the report must say how they were used.',
      ),
    );
  }
  if (coordinatorGranted >= 0 && r.accounts.coordinatorSpent > coordinatorGranted) {
    problems.push(
      problem(
        'RP_COORDINATOR_OVERSPENT',
        ['accounts', 'coordinatorSpent'],
        `Brukt til koordinator (${r.accounts.coordinatorSpent} kr) er mer enn innvilget (${coordinatorGranted} kr).`,
        `Spent on a coordinator (${r.accounts.coordinatorSpent} NOK) exceeds the grant (${coordinatorGranted} NOK).`,
      ),
    );
  }
  if (required.has('ACCOUNTS') || rule.accountsPerParty) {
    for (const party of ['owner', 'institution'] as const) {
      const accounts = r.accounts[party];
      const label =
        party === 'owner' ? { nb: 'eier', en: 'owner' } : { nb: 'UH/fagmiljø', en: 'institution' };
      if (!accounts) {
        problems.push(
          problem(
            'RP_ACCOUNTS_PARTY_MISSING',
            ['accounts', party],
            `Regnskapet mangler tall for ${label.nb}.`,
            `The accounts lack figures for the ${label.en}.`,
          ),
        );
        continue;
      }
      const granted = grant?.[party];
      if (granted !== undefined && accounts.received !== granted) {
        problems.push(
          problem(
            'RP_ACCOUNTS_RECEIVED_MISMATCH',
            ['accounts', party, 'received'],
            `${label.nb}: mottatt ${accounts.received} kr, men innvilget ${granted} kr.`,
            `${label.en}: received ${accounts.received} NOK, but ${granted} NOK was granted.`,
          ),
        );
      }
      if (accounts.spent > accounts.received) {
        problems.push(
          problem(
            'RP_ACCOUNTS_OVERSPENT',
            ['accounts', party, 'spent'],
            `${label.nb}: brukt ${accounts.spent} kr er mer enn mottatt ${accounts.received} kr.`,
            `${label.en}: spent ${accounts.spent} NOK exceeds the ${accounts.received} NOK received.`,
          ),
        );
      }
    }
  }
  return problems;
}
