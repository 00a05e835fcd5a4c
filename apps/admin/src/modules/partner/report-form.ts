import {
  COST_LINES,
  validateAnnualReport,
  type AnnualReportContext,
  type CostLine,
  type ReportedStatement,
  type ResolvedPlan,
} from '@kompetansemidler/domain';
import type { ApiProblem } from '../../graphql/api-error.js';
import { parseKroner } from './split-answer.js';

export type Achievement = 'ACHIEVED' | 'PARTLY_ACHIEVED' | 'NOT_ACHIEVED' | 'TOO_EARLY';
export const ACHIEVEMENTS: readonly Achievement[] = [
  'ACHIEVED',
  'PARTLY_ACHIEVED',
  'NOT_ACHIEVED',
  'TOO_EARLY',
];
export const PARTIES = ['owner', 'institution'] as const;
export type Party = (typeof PARTIES)[number];

/** One party's accounts as typed: amounts as text, one per cost line of the office's template. */
export interface PartyForm {
  received: string;
  lines: Record<CostLine, string>;
}

/** The annual report form as the partnership fills it in. */
export interface ReportForm {
  measures: { measureId: string; carriedOut: boolean; description: string }[];
  goals: { goalId: string; achievement: Achievement | ''; assessment: string }[];
  useOfFunds: string;
  coordinatorUse: string;
  accounts: Record<Party, PartyForm>;
}

/** What the report is checked against: the statement's goals and measures and the year's grant. */
export interface ReportFormContext {
  plan: ResolvedPlan;
  statement: ReportedStatement;
  grant: AnnualReportContext['grant'];
  /** Today, ISO date (a year that has not begun cannot be reported on). */
  today: string;
}

/** A stored report as the API gives it, to fill the form again (a returned report). */
export interface StoredReport {
  useOfFunds: string;
  coordinatorUse: string;
  measures: { measureId: string; carriedOut: boolean; description: string }[];
  goals: { goalId: string; achievement: string; assessment: string }[];
  accounts: Record<Party, { received: number; lines: { costLine: string; amount: number }[] }>;
}

const emptyLines = (): Record<CostLine, string> =>
  Object.fromEntries(COST_LINES.map((line) => [line, ''])) as Record<CostLine, string>;

const grouped = (n: number) => new Intl.NumberFormat('nb-NO').format(n).replace(/\u00a0/g, ' ');

/** A fresh form: every measure and goal of the statement once, received as granted. */
export function emptyReportForm(
  context: Pick<ReportFormContext, 'statement' | 'grant'>,
): ReportForm {
  const { statement, grant } = context;
  return {
    measures: statement.measures.map((m) => ({
      measureId: m.id,
      carriedOut: true,
      description: '',
    })),
    goals: [...statement.goals.longTerm, ...statement.goals.subGoals].map((g) => ({
      goalId: g.id,
      achievement: '',
      assessment: '',
    })),
    useOfFunds: '',
    coordinatorUse: '',
    accounts: {
      owner: { received: grant ? grouped(grant.owner) : '', lines: emptyLines() },
      institution: { received: grant ? grouped(grant.institution) : '', lines: emptyLines() },
    },
  };
}

/** The form filled from a stored (returned) report, for correction and resubmission. */
export function reportFormFromStored(
  stored: StoredReport,
  context: Pick<ReportFormContext, 'statement' | 'grant'>,
): ReportForm {
  const form = emptyReportForm(context);
  for (const m of form.measures) {
    const s = stored.measures.find((x) => x.measureId === m.measureId);
    if (s) Object.assign(m, { carriedOut: s.carriedOut, description: s.description });
  }
  for (const g of form.goals) {
    const s = stored.goals.find((x) => x.goalId === g.goalId);
    if (s) {
      g.achievement = (ACHIEVEMENTS as readonly string[]).includes(s.achievement)
        ? (s.achievement as Achievement)
        : '';
      g.assessment = s.assessment;
    }
  }
  form.useOfFunds = stored.useOfFunds;
  form.coordinatorUse = stored.coordinatorUse;
  for (const party of PARTIES) {
    form.accounts[party].received = grouped(stored.accounts[party].received);
    for (const line of stored.accounts[party].lines) {
      if ((COST_LINES as readonly string[]).includes(line.costLine)) {
        form.accounts[party].lines[line.costLine as CostLine] = grouped(line.amount);
      }
    }
  }
  return form;
}

/** Whole kroner from text (`12 500`); null when empty, NaN when not a whole number. */
export const kroner = parseKroner;

/** A party's lines with an amount, in the template's order. */
function partyLines(party: PartyForm): { costLine: CostLine; amount: number }[] {
  return COST_LINES.flatMap((costLine) => {
    const amount = kroner(party.lines[costLine]);
    return amount === null || Number.isNaN(amount) || amount === 0 ? [] : [{ costLine, amount }];
  });
}

/** What a party spent: the sum of its lines (the form never asks for it twice). */
export function spentOf(party: PartyForm): number {
  return partyLines(party).reduce((sum, l) => sum + l.amount, 0);
}

/** The form as SubmitAnnualReportInput (without the ids). */
export function toReportInput(form: ReportForm) {
  const party = (p: PartyForm) => ({
    received: kroner(p.received) ?? 0,
    spent: spentOf(p),
    lines: partyLines(p),
  });
  return {
    measures: form.measures.map((m) => ({ ...m })),
    goals: form.goals.map((g) => ({
      goalId: g.goalId,
      achievement: (g.achievement || 'TOO_EARLY') as Achievement,
      assessment: g.assessment,
    })),
    useOfFunds: form.useOfFunds,
    coordinatorUse: form.coordinatorUse,
    accounts: { owner: party(form.accounts.owner), institution: party(form.accounts.institution) },
  };
}

const problem = (path: (string | number)[], nb: string, en: string, code: string): ApiProblem => ({
  code,
  path: path.map(String),
  message: { nb, en },
});

/**
 * Every problem of the form: the form's own (amounts that are not whole kroner, a goal without a
 * verdict) and the domain's reporting rules, the same the API applies on submit.
 */
export function validateReportForm(form: ReportForm, context: ReportFormContext): ApiProblem[] {
  const problems: ApiProblem[] = [];
  for (const party of PARTIES) {
    const p = form.accounts[party];
    const received = kroner(p.received);
    if (received === null || Number.isNaN(received)) {
      problems.push(
        problem(
          ['accounts', party, 'received'],
          'Skriv mottatt beløp i hele kroner.',
          'Write the amount received in whole kroner.',
          'FORM_KRONER',
        ),
      );
    }
    for (const line of COST_LINES) {
      if (Number.isNaN(kroner(p.lines[line]) ?? 0)) {
        problems.push(
          problem(
            ['accounts', party, 'lines', line],
            'Skriv beløpet i hele kroner.',
            'Write the amount in whole kroner.',
            'FORM_KRONER',
          ),
        );
      }
    }
  }
  form.goals.forEach((g, index) => {
    if (g.achievement === '') {
      problems.push(
        problem(
          ['goals', index, 'achievement'],
          'Velg hvor langt målet er nådd.',
          'Choose how far the goal was reached.',
          'FORM_ACHIEVEMENT',
        ),
      );
    }
  });
  const input = toReportInput(form);
  const coordinatorSpent = [...input.accounts.owner.lines, ...input.accounts.institution.lines]
    .filter((l) => l.costLine === 'COORDINATOR')
    .reduce((sum, l) => sum + l.amount, 0);
  const domainContext: AnnualReportContext = {
    plan: context.plan,
    statement: context.statement,
    grant: context.grant,
    today: context.today,
  };
  const found = validateAnnualReport(
    {
      id: 'form',
      needsStatementId: context.statement.id,
      year: context.grant?.year ?? 0,
      ...input,
      accounts: { ...input.accounts, coordinatorSpent },
    },
    domainContext,
  );
  for (const p of found) {
    // Lines are keyed by cost line in the form, by index in the input.
    const path = p.path.map(String);
    if (path[0] === 'accounts' && path[2] === 'lines' && path[3] !== undefined) {
      const party = path[1] as Party;
      const line = input.accounts[party]?.lines[Number(path[3])]?.costLine;
      if (line) path.splice(3, 2, line);
    }
    problems.push({ code: p.code, path, message: p.message });
  }
  return problems;
}

/** The problems whose path begins with `prefix` (e.g. ['measures', '0']). */
export function problemsAt(
  problems: readonly ApiProblem[],
  prefix: readonly string[],
): ApiProblem[] {
  return problems.filter(
    (p) => prefix.length <= p.path.length && prefix.every((part, i) => String(p.path[i]) === part),
  );
}

/** The form's own problems, then the API's that say something else (no problem twice). */
export function withServerProblems<P extends { code: string; path: readonly (string | number)[] }>(
  local: readonly P[],
  server: readonly P[],
): P[] {
  const key = (p: P) => `${p.code}:${p.path.join('.')}`;
  const seen = new Set(local.map(key));
  return [...local, ...server.filter((p) => !seen.has(key(p)))];
}
