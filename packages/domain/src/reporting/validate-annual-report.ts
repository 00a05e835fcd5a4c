import {
  problem,
  problemsFromZodIssues,
  type ValidationProblem,
} from '../common/validation-problem.js';
import type { NeedsStatement } from '../needs-statement/needs-statement.schema.js';
import type { ResolvedPlan } from '../plan/plan-version.js';
import { sumKroner } from '../money/kroner.js';
import {
  annualReportSchema,
  COST_LINE_LABELS,
  type AnnualReport,
  type GrantYear,
  type PartyAccounts,
} from './annual-report.schema.js';

export type ReportProblemCode =
  | 'RP_SCHEMA_INVALID'
  | 'RP_STATEMENT_MISMATCH'
  | 'RP_YEAR_NOT_GRANTED'
  | 'RP_YEAR_NOT_STARTED'
  | 'RP_MEASURE_MISSING'
  | 'RP_MEASURE_UNKNOWN'
  | 'RP_MEASURE_DUPLICATE'
  | 'RP_GOAL_MISSING'
  | 'RP_GOAL_UNKNOWN'
  | 'RP_GOAL_DUPLICATE'
  | 'RP_REQUIRED_PART_MISSING'
  | 'RP_COORDINATOR_USE_MISSING'
  | 'RP_ACCOUNTS_PARTY_MISSING'
  | 'RP_ACCOUNTS_RECEIVED_MISMATCH'
  | 'RP_ACCOUNTS_OVERSPENT'
  | 'RP_ACCOUNTS_LINES_MISMATCH'
  | 'RP_ACCOUNTS_LINE_DUPLICATE'
  | 'RP_COORDINATOR_LINES_MISMATCH'
  | 'RP_COORDINATOR_OVERSPENT';

export type ReportProblem = ValidationProblem<ReportProblemCode>;

/** What of its needs statement a report is checked against: the same goals and measures. */
export type ReportedStatement = Pick<NeedsStatement, 'id' | 'goals' | 'measures'>;

export interface AnnualReportContext {
  plan: ResolvedPlan;
  statement: ReportedStatement;
  /** The grant for the report's year; absent when the year was not granted. */
  grant?: GrantYear | undefined;
  /** Today (ISO date): when given, a grant year that has not begun cannot be reported on. */
  today?: string | undefined;
}

/** The coherence check: the report covers exactly the statement's goals and measures. */
export function checkReportCoherence(
  report: AnnualReport,
  statement: ReportedStatement,
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
  const seenMeasures = new Set<string>();
  report.measures.forEach((m, index) => {
    if (seenMeasures.has(m.measureId)) {
      problems.push(
        problem(
          'RP_MEASURE_DUPLICATE',
          ['measures', index, 'measureId'],
          `Tiltaket «${m.measureId}» er rapportert mer enn én gang.`,
          `The measure "${m.measureId}" is reported more than once.`,
        ),
      );
    }
    seenMeasures.add(m.measureId);
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
  const seenGoals = new Set<string>();
  report.goals.forEach((g, index) => {
    if (seenGoals.has(g.goalId)) {
      problems.push(
        problem(
          'RP_GOAL_DUPLICATE',
          ['goals', index, 'goalId'],
          `Målet «${g.goalId}» er vurdert mer enn én gang.`,
          `The goal "${g.goalId}" is assessed more than once.`,
        ),
      );
    }
    seenGoals.add(g.goalId);
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
  if (context.today !== undefined && r.year > Number(context.today.slice(0, 4))) {
    problems.push(
      problem(
        'RP_YEAR_NOT_STARTED',
        ['year'],
        `Tilskuddsåret ${r.year} har ikke begynt ennå: det kan ikke rapporteres på.`,
        `The grant year ${r.year} has not begun yet: it cannot be reported on.`,
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
  if (required.has('MEASURES_CARRIED_OUT')) {
    r.measures.forEach((m, index) => {
      if (m.description.trim() !== '') return;
      problems.push(
        problem(
          'RP_REQUIRED_PART_MISSING',
          ['measures', index, 'description'],
          m.carriedOut
            ? `Tiltaket «${m.measureId}» mangler en beskrivelse av hva som er gjort.`
            : `Tiltaket «${m.measureId}» er ikke gjennomført: rapporten må si hvorfor.`,
          m.carriedOut
            ? `The measure "${m.measureId}" lacks a description of what was done.`
            : `The measure "${m.measureId}" was not carried out: the report must say why.`,
        ),
      );
    });
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
        party === 'owner'
          ? { nb: 'eier', en: 'owner' }
          : { nb: 'kompetansemiljø', en: 'institution' };
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
      problems.push(...lineProblems(party, label, accounts.spent, accounts.lines));
    }
  }
  problems.push(...coordinatorLineProblems(r));
  return problems;
}

function lineProblems(
  party: 'owner' | 'institution',
  label: { nb: string; en: string },
  spent: number,
  lines: PartyAccounts['lines'],
): ReportProblem[] {
  if (!lines) return [];
  const problems: ReportProblem[] = [];
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (seen.has(line.costLine)) {
      problems.push(
        problem(
          'RP_ACCOUNTS_LINE_DUPLICATE',
          ['accounts', party, 'lines', index, 'costLine'],
          `${label.nb}: kostnadslinjen «${COST_LINE_LABELS[line.costLine].nb}» står mer enn én gang.`,
          `${label.en}: the cost line "${COST_LINE_LABELS[line.costLine].en}" appears more than once.`,
        ),
      );
    }
    seen.add(line.costLine);
  });
  const sum = sumKroner(lines.map((l) => l.amount));
  if (sum !== spent) {
    problems.push(
      problem(
        'RP_ACCOUNTS_LINES_MISMATCH',
        ['accounts', party, 'lines'],
        `${label.nb}: kostnadslinjene summerer til ${sum} kr, men brukt er oppgitt til ${spent} kr.`,
        `${label.en}: the cost lines add up to ${sum} NOK, but ${spent} NOK is reported as spent.`,
      ),
    );
  }
  return problems;
}

/** With itemised accounts, the coordinator spending is the parties' COORDINATOR lines. */
function coordinatorLineProblems(r: AnnualReport): ReportProblem[] {
  const parties = [r.accounts.owner, r.accounts.institution];
  if (!parties.some((p) => p?.lines !== undefined)) return [];
  const sum = sumKroner(
    parties
      .flatMap((p) => p?.lines ?? [])
      .flatMap((l) => (l.costLine === 'COORDINATOR' ? [l.amount] : [])),
  );
  if (sum === r.accounts.coordinatorSpent) return [];
  return [
    problem(
      'RP_COORDINATOR_LINES_MISMATCH',
      ['accounts', 'coordinatorSpent'],
      `Brukt til koordinator er oppgitt til ${r.accounts.coordinatorSpent} kr, men koordinatorlinjene summerer til ${sum} kr.`,
      `Coordinator spending is given as ${r.accounts.coordinatorSpent} NOK, but the coordinator lines add up to ${sum} NOK.`,
    ),
  ];
}
