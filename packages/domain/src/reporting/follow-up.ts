import type { RoundMilestone } from '../plan/calendar.js';

/**
 * The id of a plan calendar milestone that sets the reporting deadline. Its date is read relative
 * to the grant year being reported: a milestone `{ month: 3, day: 1, yearOffset: 1 }` in the
 * calendar of the 2026 round means reports for 2026 are due 1 March 2027, and reports for 2027
 * (a later year of a multi-year grant decided in 2026) on 1 March 2028.
 */
export const REPORT_DEADLINE_MILESTONE_ID = 'report-deadline';

/**
 * The deadline when the plan's calendar names none (the Troms plan does not): 1 June of the year
 * after the grant year, so the reports are in hand when the plan's June evaluation starts. An
 * assumption of this project, flagged as `source: 'DEFAULT'` wherever it is used.
 */
export const DEFAULT_REPORT_DUE = { month: 6, day: 1, yearsAfterGrantYear: 1 } as const;

export interface ReportDueDate {
  /** ISO date: the report is late from the day after. */
  date: string;
  source: 'CALENDAR' | 'DEFAULT';
}

/** When the report on `grantYear` of a grant decided in the round of `roundYear` is due. */
export function reportDueDate(
  calendar: readonly Pick<RoundMilestone, 'id' | 'start' | 'end'>[],
  roundYear: number,
  grantYear: number,
): ReportDueDate {
  const milestone = calendar.find((m) => m.id === REPORT_DEADLINE_MILESTONE_ID);
  if (milestone) {
    const [y, m, d] = milestone.end.split('-').map(Number) as [number, number, number];
    return { date: isoDate(y + grantYear - roundYear, m, d), source: 'CALENDAR' };
  }
  return {
    date: isoDate(
      grantYear + DEFAULT_REPORT_DUE.yearsAfterGrantYear,
      DEFAULT_REPORT_DUE.month,
      DEFAULT_REPORT_DUE.day,
    ),
    source: 'DEFAULT',
  };
}

/** An ISO date, with the day clamped to the month's length (29 February in a common year → 28). */
function isoDate(year: number, month: number, day: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(day, last))}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Whole days from `from` to `to` (ISO dates or timestamps; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

export type ReportStatus = 'SUBMITTED' | 'ACCEPTED' | 'RETURNED';

/** Where one owed report stands: MISSING (none yet) or the status of the one submitted. */
export type FollowUpState = 'MISSING' | ReportStatus;

export interface FollowUpInput {
  /** The grant year reported on. */
  year: number;
  dueDate: string;
  /** The report, when one was submitted: its status and when it was (last) submitted. */
  report: { status: ReportStatus; submittedAt: string } | null;
  /** ISO date. */
  today: string;
}

export interface FollowUpAssessment {
  state: FollowUpState;
  /** Whether the grant year has begun: before that, no report is owed. */
  expected: boolean;
  /** The partnership still owes a report: none yet, or one returned for resubmission. */
  owed: boolean;
  /**
   * Late: still owed after the due date, or submitted after it. A returned report counts from its
   * due date, as it must come back.
   */
  late: boolean;
  /** Days past the due date: until today while owed, until submission otherwise; 0 when on time. */
  daysLate: number;
}

export function assessFollowUp(input: FollowUpInput): FollowUpAssessment {
  const expected = input.year <= Number(input.today.slice(0, 4));
  const state: FollowUpState = input.report?.status ?? 'MISSING';
  const owed = expected && (state === 'MISSING' || state === 'RETURNED');
  const until = owed || !input.report ? input.today : input.report.submittedAt;
  const daysLate = expected ? Math.max(0, daysBetween(input.dueDate, until)) : 0;
  return { state, expected, owed, late: daysLate > 0, daysLate };
}

export interface FollowUpCounts {
  /** Reports owed or in: rows whose grant year has begun. */
  expected: number;
  /** Submitted and not returned (SUBMITTED or ACCEPTED). */
  reported: number;
  /** No report at all yet. */
  missing: number;
  /** Still owed past the due date, or submitted after it. */
  late: number;
  accepted: number;
  returned: number;
  /** Submitted and waiting for the office's review. */
  awaitingReview: number;
}

export function countFollowUp(rows: readonly FollowUpAssessment[]): FollowUpCounts {
  const counts: FollowUpCounts = {
    expected: 0,
    reported: 0,
    missing: 0,
    late: 0,
    accepted: 0,
    returned: 0,
    awaitingReview: 0,
  };
  for (const row of rows) {
    if (!row.expected) continue;
    counts.expected += 1;
    if (row.late) counts.late += 1;
    if (row.state === 'MISSING') counts.missing += 1;
    if (row.state === 'RETURNED') counts.returned += 1;
    if (row.state === 'ACCEPTED') counts.accepted += 1;
    if (row.state === 'SUBMITTED') counts.awaitingReview += 1;
    if (row.state === 'SUBMITTED' || row.state === 'ACCEPTED') counts.reported += 1;
  }
  return counts;
}

/** One follow-up row's money: the year's grant and, when one came in, the report's spending. */
export interface FollowUpMoneyRow {
  grant: { owner: number; institution: number };
  report: {
    status: ReportStatus;
    spentOwner: number;
    spentInstitution: number;
    coordinatorSpent: number | null;
  } | null;
}

/** The follow-up's money in whole kroner. */
export interface FollowUpMoney {
  /** Granted for the years followed up, split owner / institution. */
  grantedOwner: number;
  grantedInstitution: number;
  /** Granted for the years whose report is in (SUBMITTED or ACCEPTED): what spending is set against. */
  reportedGranted: number;
  /** Spent according to the reports that are in. */
  spentOwner: number;
  spentInstitution: number;
  coordinatorSpent: number;
}

/** Whether a report counts as in: submitted and not returned. */
export function reportIsIn(status: ReportStatus): boolean {
  return status === 'SUBMITTED' || status === 'ACCEPTED';
}

/** Granted minus spent for one year's report (negative when more was spent); null without one. */
export function unspentOf(row: FollowUpMoneyRow): number | null {
  if (!row.report) return null;
  return (
    row.grant.owner + row.grant.institution - row.report.spentOwner - row.report.spentInstitution
  );
}

/**
 * The follow-up's sums: every row's grant; spending only from reports that are in, set against
 * the grants of those same rows (a returned report's figures are not counted).
 */
export function followUpMoney(rows: readonly FollowUpMoneyRow[]): FollowUpMoney {
  const money: FollowUpMoney = {
    grantedOwner: 0,
    grantedInstitution: 0,
    reportedGranted: 0,
    spentOwner: 0,
    spentInstitution: 0,
    coordinatorSpent: 0,
  };
  for (const row of rows) {
    money.grantedOwner += row.grant.owner;
    money.grantedInstitution += row.grant.institution;
    if (!row.report || !reportIsIn(row.report.status)) continue;
    money.reportedGranted += row.grant.owner + row.grant.institution;
    money.spentOwner += row.report.spentOwner;
    money.spentInstitution += row.report.spentInstitution;
    money.coordinatorSpent += row.report.coordinatorSpent ?? 0;
  }
  return money;
}
