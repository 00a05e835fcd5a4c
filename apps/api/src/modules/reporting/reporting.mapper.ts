import type {
  AnnualReportInput,
  GrantYear,
  ReportedStatement,
  ValidationProblem,
} from '@kompetansemidler/domain';
import type { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import type { PerYearGrant } from '../scenario/scenario-line.entity.js';
import { type AccountsLine, CostLine, ReportParty } from './accounts-line.entity.js';
import type { AnnualReport } from './annual-report.entity.js';
import type { PartyAccountsInput, SubmitAnnualReportInput } from './dto/reporting.inputs.js';
import type { PartyAccounts, ReportAccounts, ReportProblem } from './dto/reporting.types.js';

/** The decision's grant for a year, per party; none for a year without funds. */
export function grantForYear(
  perYear: readonly PerYearGrant[],
  year: number,
): GrantYear | undefined {
  const grant = perYear.find((y) => y.year === year && y.amount > 0);
  if (!grant) return undefined;
  return {
    year,
    owner: grant.owner,
    institution: grant.institution,
    coordinator: grant.coordinator,
  };
}

/** The statement's goals and measures, which a report must match. */
export function reportedStatementOf(ns: NeedsStatement): ReportedStatement {
  return {
    id: ns.id,
    goals: { longTerm: ns.longTermGoals, subGoals: ns.subGoals },
    measures: ns.measures,
  };
}

export const sumOf = (lines: ReadonlyArray<{ amount: number }>) =>
  lines.reduce((sum, line) => sum + line.amount, 0);

export function coordinatorOf(lines: ReadonlyArray<{ costLine: string; amount: number }>): number {
  return sumOf(lines.filter((l) => l.costLine === (CostLine.COORDINATOR as string)));
}

/** The submitted input in the domain's shape; coordinator spending is the COORDINATOR lines. */
export function domainReportFromInput(
  id: string,
  needsStatementId: string,
  input: SubmitAnnualReportInput,
): AnnualReportInput {
  const party = (p: PartyAccountsInput | null | undefined) =>
    p
      ? {
          received: p.received,
          spent: p.spent,
          lines: p.lines.map((l) => ({ costLine: l.costLine, amount: l.amount })),
        }
      : undefined;
  const owner = party(input.accounts.owner);
  const institution = party(input.accounts.institution);
  return {
    id,
    needsStatementId,
    year: input.year,
    measures: input.measures.map((m) => ({ ...m })),
    goals: input.goals.map((g) => ({ ...g })),
    useOfFunds: input.useOfFunds,
    coordinatorUse: input.coordinatorUse ?? '',
    accounts: {
      ...(owner ? { owner } : {}),
      ...(institution ? { institution } : {}),
      coordinatorSpent: coordinatorOf([...(owner?.lines ?? []), ...(institution?.lines ?? [])]),
    },
  };
}

/** A stored report with its lines in the domain's shape, to check it again. */
export function domainReportFromStored(
  report: AnnualReport,
  lines: readonly AccountsLine[],
): AnnualReportInput {
  const linesOf = (party: ReportParty) =>
    lines.filter((l) => l.party === party).map((l) => ({ costLine: l.costLine, amount: l.amount }));
  return {
    id: report.id,
    needsStatementId: report.needsStatement.id,
    year: report.year,
    measures: report.measures,
    goals: report.goals,
    useOfFunds: report.useOfFunds,
    coordinatorUse: report.coordinatorUse,
    accounts: {
      owner: {
        received: report.receivedOwner,
        spent: report.spentOwner,
        lines: linesOf(ReportParty.OWNER),
      },
      institution: {
        received: report.receivedInstitution,
        spent: report.spentInstitution,
        lines: linesOf(ReportParty.INSTITUTION),
      },
      coordinatorSpent: report.coordinatorSpent,
    },
  };
}

/** The report's accounts per party, for the API. */
export function reportAccounts(
  report: AnnualReport,
  lines: readonly AccountsLine[],
  grant: GrantYear | undefined,
): ReportAccounts {
  const party = (p: ReportParty): PartyAccounts => {
    const owner = p === ReportParty.OWNER;
    const spent = owner ? report.spentOwner : report.spentInstitution;
    const granted = grant ? (owner ? grant.owner : grant.institution) : null;
    return {
      party: p,
      received: owner ? report.receivedOwner : report.receivedInstitution,
      spent,
      granted,
      unspent: granted === null ? null : granted - spent,
      lines: lines.filter((l) => l.party === p),
    };
  };
  return {
    owner: party(ReportParty.OWNER),
    institution: party(ReportParty.INSTITUTION),
    coordinatorSpent: report.coordinatorSpent,
  };
}

export function toReportProblems(problems: readonly ValidationProblem[]): ReportProblem[] {
  return problems.map((p) => ({ code: p.code, path: p.path.map(String), message: p.message }));
}
