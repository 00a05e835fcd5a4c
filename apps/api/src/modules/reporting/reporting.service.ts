import type { FilterQuery } from '@mikro-orm/core';
import {
  assessFollowUp,
  countFollowUp,
  followUpMoney,
  unspentOf,
  institutionShareByYear,
  reportDueDate,
  validateAnnualReport,
  type InstitutionShareInput,
  type ResolvedPlan,
} from '@kompetansemidler/domain';
import { randomUUID } from 'node:crypto';
import { lockForEdit } from '../../common/lock-for-edit.js';
import {
  requireViewer,
  viewerCountyId,
  type ServiceContext,
} from '../../common/service-context.js';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  ValidationFailedError,
} from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import { resolvedPlanOf } from '../county/plan.service.js';
import { Decision, DecisionStatus } from '../decision/decision.entity.js';
import { assertPhase, type PhaseOverride } from '../round/round-phase.js';
import { Round } from '../round/round.entity.js';
import { AccountsLine, ReportParty } from './accounts-line.entity.js';
import { AnnualReport, AnnualReportStatus } from './annual-report.entity.js';
import type {
  PartyAccountsInput,
  ReportFollowUpArgs,
  ReportRemindersArgs,
  SubmitAnnualReportInput,
} from './dto/reporting.inputs.js';
import {
  type DueDateSource,
  type FollowUpState,
  type InstitutionShareYear,
  type ReportFollowUp,
  type ReportFollowUpRow,
  type ReportProblem,
  type ReportReminder,
} from './dto/reporting.types.js';
import {
  coordinatorOf,
  domainReportFromInput,
  domainReportFromStored,
  grantForYear,
  reportedStatementOf,
  sumOf,
  toReportProblems,
} from './reporting.mapper.js';
import { queueReportReturnedNotice } from '../notice/report-returned.notice.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

/** Today in Norway, as an ISO date. */
export function todayInNorway(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}

/** Reports that are in: submitted (awaiting review) or accepted. RETURNED ones are being redone. */
const IN = [AnnualReportStatus.SUBMITTED, AnnualReportStatus.ACCEPTED];

@requestScoped()
export class ReportingService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  async get(id: string): Promise<AnnualReport> {
    const report = await this.em.findOne(AnnualReport, { id });
    if (!report) throw new NotFoundError('AnnualReport', id);
    return report;
  }

  /**
   * Submits a report for one grant year of a decision, or resubmits a RETURNED one. The domain's
   * reporting rules check it against the statement and the grant; every problem comes back at once
   * and nothing is written. The report, its accounts lines, their sums and the audit entry commit
   * together.
   */
  async submit(input: SubmitAnnualReportInput): Promise<AnnualReport> {
    const viewer = requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(viewer);
    return this.em.transactional(async (em) => {
      // The partnership filter hides other partnerships' decisions: they are not found.
      const decision = await em.findOne(
        Decision,
        { id: input.decisionId },
        { populate: ['round.planVersion', 'needsStatement'] },
      );
      if (!decision) throw new NotFoundError('Decision', input.decisionId);
      const round = decision.round.getEntity();
      const reason = assertPhase(round, 'submitAnnualReport', viewer, input.override);
      const existing = await em.findOne(AnnualReport, {
        decision: decision.id,
        year: input.year,
      });
      let before: Record<string, unknown> | null = null;
      let report: AnnualReport | null = null;
      if (existing) {
        assertResubmittable(existing);
        report = await lockForEdit(em, AnnualReport, existing.id, input.expectedVersion);
        assertResubmittable(report);
        const old = await em.find(AccountsLine, { annualReport: report.id });
        before = { ...snapshot(report), lines: old.map(lineSnapshot) };
        for (const line of old) em.remove(line);
      }
      const ns = decision.needsStatement.getEntity();
      const id = report?.id ?? randomUUID();
      const problems = validateAnnualReport(domainReportFromInput(id, ns.id, input), {
        plan: resolvedPlanOf(round.planVersion.getEntity()),
        statement: reportedStatementOf(ns),
        grant: grantForYear(decision.grantedPerYear, input.year),
        today: todayInNorway(),
      });
      if (problems.length > 0) {
        throw new ValidationFailedError(
          `The annual report has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
          problems,
        );
      }
      // Validated: both parties are present and their lines add up to what they spent.
      const owner = input.accounts.owner as PartyAccountsInput;
      const institution = input.accounts.institution as PartyAccountsInput;
      const county = em.getReference(County, countyId);
      const fields = {
        status: AnnualReportStatus.SUBMITTED,
        measures: input.measures.map((m) => ({
          measureId: m.measureId,
          carriedOut: m.carriedOut,
          description: m.description,
        })),
        goals: input.goals.map((g) => ({
          goalId: g.goalId,
          achievement: g.achievement,
          assessment: g.assessment,
        })),
        useOfFunds: input.useOfFunds,
        coordinatorUse: input.coordinatorUse ?? '',
        receivedOwner: owner.received,
        receivedInstitution: institution.received,
        spentOwner: sumOf(owner.lines),
        spentInstitution: sumOf(institution.lines),
        coordinatorSpent: coordinatorOf([...owner.lines, ...institution.lines]),
        submittedAt: new Date(),
        submittedBy: viewer.name,
      };
      if (report) {
        Object.assign(report, fields);
      } else {
        report = em.create(AnnualReport, {
          id,
          county,
          decision,
          needsStatement: ns,
          partnership: decision.partnership,
          round,
          year: input.year,
          ...fields,
        });
      }
      const lines = [
        ...owner.lines.map((l) => ({ ...l, party: ReportParty.OWNER })),
        ...institution.lines.map((l) => ({ ...l, party: ReportParty.INSTITUTION })),
      ].map((l) =>
        em.create(AccountsLine, {
          county,
          annualReport: report,
          party: l.party,
          costLine: l.costLine,
          amount: l.amount,
        }),
      );
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'submitAnnualReport',
        entityType: 'AnnualReport',
        entityId: report.id,
        before,
        after: { ...snapshot(report), lines: lines.map(lineSnapshot) },
        reason,
      });
      return report;
    });
  }

  /** The office accepts a submitted report: final. */
  accept(id: string, version: number, override?: PhaseOverride | null): Promise<AnnualReport> {
    return this.review(id, version, 'acceptAnnualReport', override, (report) => {
      report.status = AnnualReportStatus.ACCEPTED;
    });
  }

  /** The office returns a submitted report with a comment; the partnership may resubmit it. */
  returnReport(
    id: string,
    version: number,
    comment: string,
    override?: PhaseOverride | null,
  ): Promise<AnnualReport> {
    const text = comment.trim();
    if (text.length === 0) {
      throw new ValidationFailedError('Say what the partnership must change.', [
        {
          code: 'RP_RETURN_COMMENT_MISSING',
          path: ['comment'],
          message: {
            nb: 'Skriv hva partnerskapet må rette før rapporten sendes tilbake.',
            en: 'Say what the partnership must correct before the report is returned.',
          },
        },
      ]);
    }
    return this.review(id, version, 'returnAnnualReport', override, (report) => {
      report.status = AnnualReportStatus.RETURNED;
      report.reviewComment = text;
    });
  }

  private review(
    id: string,
    version: number,
    action: 'acceptAnnualReport' | 'returnAnnualReport',
    override: PhaseOverride | null | undefined,
    apply: (report: AnnualReport) => void,
  ): Promise<AnnualReport> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const report = await lockForEdit(em, AnnualReport, id, version);
      const round = await em.findOneOrFail(Round, { id: report.round.id });
      const reason = assertPhase(round, action, viewer, override);
      if (report.status !== AnnualReportStatus.SUBMITTED) {
        throw new ConflictError(
          report.status === AnnualReportStatus.ACCEPTED
            ? 'The report is already accepted: that is final.'
            : 'The report was returned: it awaits the partnership’s resubmission.',
          { reason: `REPORT_${report.status}`, status: report.status },
        );
      }
      const before = snapshot(report);
      apply(report);
      report.reviewedBy = viewer.name;
      report.reviewedAt = new Date();
      await em.flush();
      recordAudit(em, this.ctx, {
        action,
        entityType: 'AnnualReport',
        entityId: report.id,
        before,
        after: snapshot(report),
        reason,
      });
      // The partnership hears of a returned report by e-mail (queued with this transaction).
      if (action === 'returnAnnualReport') await queueReportReturnedNotice(em, report);
      return report;
    });
  }

  /** The accounts lines of reports, batched. */
  async linesOf(reportIds: readonly string[]): Promise<Map<string, AccountsLine[]>> {
    const lines = await this.em.find(
      AccountsLine,
      { annualReport: { $in: [...reportIds] } },
      { orderBy: { party: 'asc', costLine: 'asc' } },
    );
    const byReport = new Map<string, AccountsLine[]>();
    for (const line of lines) {
      byReport.set(line.annualReport.id, [...(byReport.get(line.annualReport.id) ?? []), line]);
    }
    return byReport;
  }

  /** Decisions' reports, batched, in year order. */
  async reportsOf(decisionIds: readonly string[]): Promise<Map<string, AnnualReport[]>> {
    const reports = await this.em.find(
      AnnualReport,
      { decision: { $in: [...decisionIds] } },
      { orderBy: { year: 'asc' } },
    );
    const byDecision = new Map<string, AnnualReport[]>();
    for (const r of reports) {
      byDecision.set(r.decision.id, [...(byDecision.get(r.decision.id) ?? []), r]);
    }
    return byDecision;
  }

  /** What the reporting rules find in a stored report (empty for a sound one). */
  async problemsOf(report: AnnualReport, lines: readonly AccountsLine[]): Promise<ReportProblem[]> {
    const [decision, ns, round] = await Promise.all([
      report.decision.loadOrFail({ dataloader: true }),
      report.needsStatement.loadOrFail({ dataloader: true }),
      report.round.loadOrFail({ dataloader: true }),
    ]);
    const version = await round.planVersion.loadOrFail({ dataloader: true });
    return toReportProblems(
      validateAnnualReport(domainReportFromStored(report, lines), {
        plan: resolvedPlanOf(version),
        statement: reportedStatementOf(ns),
        grant: grantForYear(decision.grantedPerYear, report.year),
      }),
    );
  }

  /**
   * The follow-up of a round's or a year's reports: one row per decision and grant year that has
   * begun, with its due date (the plan's calendar, or the documented default), state, lateness,
   * reported spending against the grant and what the reporting rules find in the report.
   */
  async followUp(args: ReportFollowUpArgs): Promise<ReportFollowUp> {
    const asOf = parseAsOf(args.asOf);
    const asOfYear = Number(asOf.slice(0, 4));
    if (!args.roundId && args.year == null) {
      throw new BadUserInputError('Give a round or a year to follow up.', { field: 'roundId' });
    }
    const where: FilterQuery<Decision> = { status: { $ne: DecisionStatus.REJECTED } };
    if (args.roundId) {
      const round = await this.em.findOne(Round, { id: args.roundId });
      if (!round) throw new NotFoundError('Round', args.roundId);
      where.round = args.roundId;
    } else if (args.year != null) {
      where.round = { year: { $lte: args.year } };
    }
    const decisions = await this.em.find(Decision, where, {
      populate: ['round.planVersion', 'needsStatement', 'partnership'],
      orderBy: { id: 'asc' },
    });
    const reports = decisions.length
      ? await this.em.find(
          AnnualReport,
          { decision: { $in: decisions.map((d) => d.id) } },
          { populate: ['accountsLines'] },
        )
      : [];
    const reportOf = new Map(reports.map((r) => [`${r.decision.id}:${r.year}`, r]));
    const rows: ReportFollowUpRow[] = [];
    const assessments = [];
    for (const decision of decisions) {
      const round = decision.round.getEntity();
      const ns = decision.needsStatement.getEntity();
      const plan: ResolvedPlan = resolvedPlanOf(round.planVersion.getEntity());
      for (const y of decision.grantedPerYear) {
        if (y.amount <= 0 || y.year > asOfYear) continue;
        if (args.year != null && y.year !== args.year) continue;
        const report = reportOf.get(`${decision.id}:${y.year}`) ?? null;
        const due = reportDueDate(round.calendar, round.year, y.year);
        const assessment = assessFollowUp({
          year: y.year,
          dueDate: due.date,
          report: report
            ? { status: report.status, submittedAt: todayInNorway(report.submittedAt) }
            : null,
          today: asOf,
        });
        assessments.push(assessment);
        const problems = report
          ? toReportProblems(
              validateAnnualReport(
                domainReportFromStored(report, report.accountsLines.getItems()),
                {
                  plan,
                  statement: reportedStatementOf(ns),
                  grant: grantForYear(decision.grantedPerYear, y.year),
                },
              ),
            )
          : [];
        rows.push({
          decision,
          partnership: decision.partnership.getEntity(),
          title: ns.title,
          year: y.year,
          roundYear: round.year,
          state: assessment.state as FollowUpState,
          dueDate: due.date,
          dueDateSource: due.source as DueDateSource,
          owed: assessment.owed,
          late: assessment.late,
          daysLate: assessment.daysLate,
          report,
          grant: y,
          spentOwner: report?.spentOwner ?? null,
          spentInstitution: report?.spentInstitution ?? null,
          coordinatorSpent: report?.coordinatorSpent ?? null,
          unspent: unspentOf({ grant: y, report }),
          problems,
          measuresNotCarriedOut: report?.measures.filter((m) => !m.carriedOut).length ?? 0,
          goalsNotAchieved:
            report?.goals.filter((g) => g.achievement === 'NOT_ACHIEVED').length ?? 0,
        });
      }
    }
    rows.sort(
      (a, b) =>
        b.daysLate - a.daysLate ||
        a.partnership.name.localeCompare(b.partnership.name, 'nb') ||
        a.year - b.year ||
        a.decision.id.localeCompare(b.decision.id),
    );
    return {
      asOf,
      counts: {
        ...countFollowUp(assessments),
        withProblems: rows.filter((r) => r.problems.length > 0).length,
      },
      money: followUpMoney(rows),
      rows,
    };
  }

  /** Which partnerships still owe which report: most overdue first, with the contact person. */
  async reminders(args: ReportRemindersArgs): Promise<ReportReminder[]> {
    const followUp = await this.followUp(args);
    return followUp.rows
      .filter((r) => r.owed && (!args.overdueOnly || r.late))
      .map((r) => {
        const ns = r.decision.needsStatement.getEntity();
        return {
          decision: r.decision,
          partnership: r.partnership,
          title: r.title,
          year: r.year,
          state: r.state,
          dueDate: r.dueDate,
          dueDateSource: r.dueDateSource,
          overdue: r.late,
          daysOverdue: r.daysLate,
          contact: { name: ns.contactName, email: ns.contactEmail },
          reviewComment:
            r.report?.status === AnnualReportStatus.RETURNED ? r.report.reviewComment : null,
        };
      })
      .sort(
        (a, b) =>
          b.daysOverdue - a.daysOverdue ||
          a.dueDate.localeCompare(b.dueDate) ||
          a.partnership.name.localeCompare(b.partnership.name, 'nb') ||
          a.decision.id.localeCompare(b.decision.id),
      );
  }

  /**
   * The institutions' share per year in the county: granted to institutions against the total,
   * and, where reports are in, their reported spending; warnings follow the plan in force for the
   * latest round.
   */
  async institutionShareByYear(): Promise<InstitutionShareYear[]> {
    const [decisions, reports, latest] = await Promise.all([
      this.em.find(Decision, { status: { $ne: DecisionStatus.REJECTED } }),
      this.em.find(AnnualReport, { status: { $in: IN } }),
      this.em.findOne(Round, {}, { orderBy: { year: 'desc' }, populate: ['planVersion'] }),
    ]);
    const reported = new Map(reports.map((r) => [`${r.decision.id}:${r.year}`, r]));
    const rows: InstitutionShareInput[] = decisions.flatMap((d) =>
      d.grantedPerYear
        .filter((y) => y.amount > 0)
        .map((y) => {
          const r = reported.get(`${d.id}:${y.year}`);
          return {
            year: y.year,
            grantedOwner: y.owner,
            grantedInstitution: y.institution,
            reported: r ? { spentOwner: r.spentOwner, spentInstitution: r.spentInstitution } : null,
          };
        }),
    );
    const rule = latest
      ? resolvedPlanOf(latest.planVersion.getEntity()).rules.institutionSplit
      : { warnWhenShareFalls: true };
    return institutionShareByYear(rows, rule);
  }
}

function assertResubmittable(report: AnnualReport): void {
  if (report.status === AnnualReportStatus.RETURNED) return;
  throw new ConflictError(
    report.status === AnnualReportStatus.ACCEPTED
      ? 'The report for this year is accepted: that is final.'
      : 'A report for this year is already submitted and awaits the office’s review.',
    { reason: `REPORT_${report.status}`, status: report.status, reportId: report.id },
  );
}

function lineSnapshot(line: AccountsLine) {
  return { party: line.party, costLine: line.costLine, amount: line.amount };
}

function parseAsOf(asOf: string | null | undefined): string {
  if (asOf == null) return todayInNorway();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf) && !Number.isNaN(Date.parse(`${asOf}T00:00:00Z`));
  if (!valid || new Date(`${asOf}T00:00:00Z`).toISOString().slice(0, 10) !== asOf) {
    throw new BadUserInputError('asOf must be an ISO date (YYYY-MM-DD).', { field: 'asOf' });
  }
  return asOf;
}
