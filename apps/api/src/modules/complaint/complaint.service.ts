import {
  checkChangedGrant,
  checkComplaintRegistration,
  checkComplaintRejection,
  checkComplaintSettlement,
  checkDecisionFrames,
  complaintCaseSummary,
  complaintDeadline,
  decisionOutcome,
  isIsoDate,
  sectorOfStatement,
  sumKroner,
} from '@kompetansemidler/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { lockForEdit } from '../../common/lock-for-edit.js';
import {
  requireViewer,
  viewerCountyId,
  type ServiceContext,
} from '../../common/service-context.js';
import {
  AppError,
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  ValidationFailedError,
} from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { Role } from '../auth/role.js';
import { County } from '../county/county.entity.js';
import { Decision, DecisionStatus } from '../decision/decision.entity.js';
import { DecisionLetter, LetterKind } from '../decision/letter/decision-letter.entity.js';
import { LetterService } from '../decision/letter/letter.service.js';
import { NoticeKind } from '../notice/notice-delivery.entity.js';
import { rejectedComplaintNoticeText } from '../notice/notice-templates.js';
import { NoticeService } from '../notice/notice.service.js';
import { partnershipRecipients } from '../notice/recipients.js';
import { replanDecision } from '../payment/payment.service.js';
import { todayInNorway } from '../reporting/reporting.service.js';
import { Commitment } from '../round/commitment.entity.js';
import type { PerYearGrant } from '../scenario/scenario-line.entity.js';
import { Complaint, ComplaintStatus, NoticeChannel } from './complaint.entity.js';
import { DecisionVersion } from './decision-version.entity.js';
import type {
  ChangeDecisionInput,
  FileComplaintInput,
  ForwardComplaintInput,
  RegisterComplaintInput,
  RejectComplaintInput,
} from './dto/complaint.inputs.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

@requestScoped()
export class ComplaintService {
  constructor(
    @injectServiceContext() private readonly ctx: ServiceContext,
    private readonly letters: LetterService,
  ) {}

  private get em() {
    return this.ctx.em;
  }

  async get(id: string): Promise<Complaint> {
    const complaint = await this.em.findOne(Complaint, { id });
    if (!complaint) throw new NotFoundError('Complaint', id);
    return complaint;
  }

  /** Complaints of a round (or all the caller may see), newest first. */
  async list(roundId?: string | null): Promise<Complaint[]> {
    return this.em.find(Complaint, roundId ? { round: roundId } : {}, {
      orderBy: { receivedOn: 'desc', id: 'asc' },
    });
  }

  async ofDecisions(ids: readonly string[]): Promise<Map<string, Complaint[]>> {
    const rows = await this.em.find(
      Complaint,
      { decision: { $in: [...ids] } },
      { orderBy: { receivedOn: 'asc', id: 'asc' } },
    );
    return group(rows, (c) => c.decision.id);
  }

  /** The versions of decisions; a decision never changed has only its current content (no rows). */
  async versionsOf(ids: readonly string[]): Promise<Map<string, DecisionVersion[]>> {
    const rows = await this.em.find(
      DecisionVersion,
      { decision: { $in: [...ids] } },
      { orderBy: { versionNo: 'asc' } },
    );
    return group(rows, (v) => v.decision.id);
  }

  /**
   * A partnership files a complaint itself, against one of its own decisions: received today, the
   * decision taken as sent the day its letter was (by e-mail), else the day it was decided. The
   * deadline is checked as for any complaint; a late one is registered as late (the office decides
   * whether § 31 applies, or rejects it).
   */
  async file(input: FileComplaintInput): Promise<Complaint> {
    const viewer = requireViewer(this.ctx.viewer);
    if (viewer.role !== Role.PARTNERSHIP || !viewer.partnershipId) {
      throw new ForbiddenError('Only a partnership files a complaint through its own door.');
    }
    return this.register(
      {
        decisionId: input.decisionId,
        complainant: input.complainant,
        grounds: input.grounds,
        receivedOn: todayInNorway(),
        noticeChannel: NoticeChannel.DIGITAL,
      },
      viewer.partnershipId,
    );
  }

  /**
   * Registers a complaint with its deadline check (fvl. §§ 29–30), audited. `partnershipId`: filed
   * by that partnership, against its own decisions only.
   */
  async register(input: RegisterComplaintInput, partnershipId?: string): Promise<Complaint> {
    const viewer = requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(viewer);
    return this.em.transactional(async (em) => {
      const decision = await em.findOne(Decision, { id: input.decisionId });
      if (!decision || (partnershipId && decision.partnership.id !== partnershipId)) {
        throw new NotFoundError('Decision', input.decisionId);
      }
      const today = todayInNorway();
      // The decision letter's send date when it was sent (frozen), else the day of the decision.
      const letter = await em.findOne(
        DecisionLetter,
        { decision: decision.id, kind: LetterKind.DECISION },
        { orderBy: { sequence: 'asc' }, fields: ['frozenAt'] },
      );
      const notifiedOn = input.notifiedOn ?? todayInNorway(letter?.frozenAt ?? decision.decidedAt);
      if (!isIsoDate(notifiedOn) || notifiedOn > today) {
        throw new BadUserInputError('notifiedOn must be an ISO date, not in the future.', {
          field: 'notifiedOn',
        });
      }
      const postedOn = input.postedOn || null;
      const problems = checkComplaintRegistration(
        {
          receivedOn: input.receivedOn,
          postedOn,
          grounds: input.grounds,
          complainant: input.complainant,
        },
        notifiedOn,
        today,
      );
      if (problems.length > 0) {
        throw new ValidationFailedError('The complaint cannot be registered as given.', problems);
      }
      const channel = input.noticeChannel ?? NoticeChannel.DIGITAL;
      const deadline = complaintDeadline({
        notifiedOn,
        channel,
        receivedOn: input.receivedOn,
        postedOn,
      });
      const complaint = em.create(Complaint, {
        county: em.getReference(County, countyId),
        decision,
        partnership: decision.partnership,
        round: decision.round,
        complainant: input.complainant.trim(),
        grounds: input.grounds.trim(),
        receivedOn: input.receivedOn,
        postedOn,
        notifiedOn,
        noticeChannel: channel,
        deadline: deadline.deadline,
        timely: deadline.timely,
        daysLate: deadline.daysLate,
        deadlineExplanation: deadline.explanation.nb,
        assumptions: deadline.assumptions,
        registeredBy: viewer.name,
      });
      await em.flush();
      recordAudit(em, this.ctx, {
        action: partnershipId ? 'fileComplaint' : 'registerComplaint',
        entityType: 'Complaint',
        entityId: complaint.id,
        after: snapshot(complaint),
      });
      return complaint;
    });
  }

  /**
   * The office rejects (avviser) the complaint: the conditions for hearing it are not met, e.g. it
   * came too late and § 31 does not apply (fvl. § 33 second paragraph). Status REJECTED; the
   * decision stands as it is. Audited.
   */
  async reject(input: RejectComplaintInput): Promise<Complaint> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const complaint = await lockForEdit(em, Complaint, input.complaintId, input.expectedVersion);
      assertProblems(complaint, checkComplaintRejection(complaint, input));
      const before = snapshot(complaint);
      settle(complaint, ComplaintStatus.REJECTED, { reasons: input.reasons }, viewer.name);
      await em.flush();
      // The partnership is told, with the reasons, in the same transaction.
      const decision = await em.findOneOrFail(
        Decision,
        { id: complaint.decision.id },
        { populate: ['partnership', 'needsStatement', 'round'] },
      );
      const partnership = decision.partnership.getEntity();
      const statement = decision.needsStatement.getEntity();
      const template = await LetterService.templateOf(em, decision.county.id);
      const text = rejectedComplaintNoticeText({
        partnership: partnership.name,
        roundYear: decision.round.getEntity().year,
        complainant: complaint.complainant,
        receivedOn: complaint.receivedOn,
        reasons: complaint.reasons ?? '',
        office: template.contact.officeName,
      });
      const notices = await NoticeService.enqueue(
        em,
        decision.county.id,
        partnershipRecipients(partnership, {
          name: statement.contactName,
          email: statement.contactEmail,
        }).map((r) => ({
          kind: NoticeKind.OTHER,
          idempotencyKey: `complaint-rejected:${complaint.id}:${r.address}`,
          recipient: r.address,
          recipientName: r.name,
          ...text,
          partnershipId: partnership.id,
          subjectId: decision.id,
        })),
      );
      recordAudit(em, this.ctx, {
        action: 'rejectComplaint',
        entityType: 'Complaint',
        entityId: complaint.id,
        before,
        after: { ...snapshot(complaint), notices },
        reason: complaint.reasons,
      });
      return complaint;
    });
  }

  /**
   * The office upholds the decision: the complaint goes to the directorate with the case
   * summary (fvl. § 33). Status FORWARDED.
   */
  async forward(input: ForwardComplaintInput): Promise<Complaint> {
    const viewer = requireViewer(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const complaint = await lockForEdit(em, Complaint, input.complaintId, input.expectedVersion);
      assertSettlement(complaint, input);
      const decision = await em.findOneOrFail(
        Decision,
        { id: complaint.decision.id },
        { populate: ['partnership', 'round'] },
      );
      const county = await em.findOneOrFail(County, { id: viewerCountyId(viewer) });
      const before = snapshot(complaint);
      complaint.caseSummary = complaintCaseSummary({
        partnership: decision.partnership.getEntity().name,
        roundYear: decision.round.getEntity().year,
        decidedOn: todayInNorway(decision.decidedAt),
        grantedPerYear: decision.grantedPerYear,
        requestedThisYear: decision.requestedThisYear,
        justification: decision.justification,
        complaint: {
          complainant: complaint.complainant,
          receivedOn: complaint.receivedOn,
          grounds: complaint.grounds,
          deadline: complaintDeadline({
            notifiedOn: complaint.notifiedOn,
            channel: complaint.noticeChannel,
            receivedOn: complaint.receivedOn,
            postedOn: complaint.postedOn,
          }),
        },
        reasons: input.reasons.trim(),
        lateReason: input.lateReason?.trim() || null,
        office: county.name,
      });
      settle(complaint, ComplaintStatus.FORWARDED, input, viewer.name);
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'forwardComplaint',
        entityType: 'Complaint',
        entityId: complaint.id,
        before,
        after: snapshot(complaint),
      });
      return complaint;
    });
  }

  /**
   * The office finds the complaint justified and changes its decision (fvl. § 33): a new version
   * with the new grant and reasons; the versions before are kept. The decision's commitments and
   * unpaid payments follow the new grant; a raise may not take a year past the round's frame.
   */
  async change(input: ChangeDecisionInput): Promise<Complaint> {
    const viewer = requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(viewer);
    return this.em.transactional(async (em) => {
      const complaint = await lockForEdit(em, Complaint, input.complaintId, input.expectedVersion);
      assertSettlement(complaint, input);
      const decision = await lockForEdit(em, Decision, complaint.decision.id, null);
      await em.populate(decision, ['round', 'needsStatement']);
      const previous = decision.grantedPerYear;
      const problems = checkChangedGrant(input.grantedPerYear, previous);
      if (problems.length > 0) {
        throw new ValidationFailedError('The new grant is not valid.', problems);
      }
      const next: PerYearGrant[] = [...input.grantedPerYear]
        .sort((a, b) => a.year - b.year)
        .map((y) => ({
          year: y.year,
          amount: y.owner + y.institution,
          owner: y.owner,
          institution: y.institution,
          coordinator: y.coordinator,
          subjectToAppropriation:
            previous.find((p) => p.year === y.year)?.subjectToAppropriation ?? false,
        }));
      await assertWithinFrame(em, decision, previous, next);
      const decisionBefore = snapshot(decision);
      const previousDecidedAt = decision.decidedAt;
      const previousGrantedTotal = decision.grantedTotal;
      // Version 1 is the decision as first made, written the first time it changes.
      const versions = await em.count(DecisionVersion, { decision: decision.id });
      if (versions === 0) em.create(DecisionVersion, versionOf(decision, 1, null, null));
      const round = decision.round.getEntity();
      const granted = next.find((y) => y.year === round.year)?.amount ?? 0;
      const reasons = input.reasons.trim();
      decision.grantedPerYear = next;
      decision.grantedThisYear = granted;
      decision.grantedTotal = sumKroner(next.map((y) => y.amount));
      decision.status = DecisionStatus[decisionOutcome(granted, decision.requestedThisYear)];
      decision.justification = `${decision.justification}\n\nEndret etter klage (fvl. § 33), ${todayInNorway()}: ${reasons}`;
      decision.clauses = [...new Set([...decision.clauses, 'fvl. § 33'])];
      decision.decidedBy = viewer.subject;
      decision.decidedAt = new Date();
      const versionNo = Math.max(versions, 1) + 1;
      em.create(DecisionVersion, versionOf(decision, versionNo, complaint, reasons));
      await syncCommitments(em, countyId, decision, next);
      const before = snapshot(complaint);
      settle(complaint, ComplaintStatus.CHANGED, input, viewer.name);
      complaint.resultingVersion = versionNo;
      await em.flush();
      const payments = await replanDecision(em, countyId, decision);
      await em.flush();
      // The new version is a new decision: its letter, frozen, and a notice with it.
      const letter = await this.letters.sendChangedDecisionLetter(em, {
        decision,
        change: {
          complainant: complaint.complainant,
          receivedOn: complaint.receivedOn,
          previousDecidedAt: previousDecidedAt.toISOString(),
          previousGrantedTotal,
          grantedTotal: decision.grantedTotal,
          reasons,
          versionNo,
        },
        frozenBy: viewer.subject,
      });
      recordAudit(em, this.ctx, {
        action: 'changeDecisionOnComplaint',
        entityType: 'Decision',
        entityId: decision.id,
        before: decisionBefore,
        after: {
          ...snapshot(decision),
          versionNo,
          complaintId: complaint.id,
          payments,
          letterId: letter.id,
          sha256: letter.sha256,
        },
        reason: reasons,
      });
      recordAudit(em, this.ctx, {
        action: 'changeDecisionOnComplaint',
        entityType: 'Complaint',
        entityId: complaint.id,
        before,
        after: snapshot(complaint),
      });
      return complaint;
    });
  }
}

function assertSettlement(
  complaint: Complaint,
  input: { reasons: string; lateReason?: string | null },
): void {
  assertProblems(complaint, checkComplaintSettlement(complaint, input));
}

/** A settled complaint is a CONFLICT; other problems are VALIDATION_FAILED. */
function assertProblems(
  complaint: Complaint,
  problems: ReturnType<typeof checkComplaintSettlement>,
): void {
  const settled = problems.find((p) => p.code === 'COMPLAINT_ALREADY_SETTLED');
  if (settled) {
    throw new AppError('CONFLICT', 'The complaint has already been settled.', {
      reason: 'COMPLAINT_SETTLED',
      status: complaint.status,
    });
  }
  if (problems.length > 0) {
    throw new ValidationFailedError('The settlement is incomplete.', problems);
  }
}

function settle(
  complaint: Complaint,
  status: ComplaintStatus,
  input: { reasons: string; lateReason?: string | null },
  by: string,
): void {
  complaint.status = status;
  complaint.reasons = input.reasons.trim();
  complaint.lateReason = input.lateReason?.trim() || null;
  complaint.settledBy = by;
  complaint.settledAt = new Date();
}

function versionOf(
  decision: Decision,
  versionNo: number,
  complaint: Complaint | null,
  changeReason: string | null,
) {
  return {
    county: decision.county,
    decision,
    partnership: decision.partnership,
    versionNo,
    complaint,
    status: decision.status,
    grantedThisYear: decision.grantedThisYear,
    grantedTotal: decision.grantedTotal,
    grantedPerYear: decision.grantedPerYear.map((y) => ({ ...y })),
    justification: decision.justification,
    changeReason,
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt,
  };
}

/** A raise may not take a year past the round's frame with what is bound there already. */
async function assertWithinFrame(
  em: EntityManager,
  decision: Decision,
  previous: readonly PerYearGrant[],
  next: readonly PerYearGrant[],
): Promise<void> {
  const round = decision.round.getEntity();
  const raises = next
    .map((y) => ({
      year: y.year,
      amount: y.amount - (previous.find((p) => p.year === y.year)?.amount ?? 0),
    }))
    .filter((y) => y.amount > 0);
  if (raises.length === 0) return;
  const committed = await em.find(Commitment, { year: { $in: raises.map((r) => r.year) } });
  const problems = checkDecisionFrames(
    { year: round.year, frame: round.frame },
    committed.map((c) => ({ year: c.year, amount: c.amount })),
    [{ needsStatementId: decision.needsStatement.id, perYear: raises }],
  );
  if (problems.length > 0) {
    throw new AppError('FRAME_EXCEEDED', 'The changed grant takes a year past the round’s frame.', {
      problems,
    });
  }
}

/** The decision's commitments (what it binds in each year) follow the new grant. */
async function syncCommitments(
  em: EntityManager,
  countyId: string,
  decision: Decision,
  next: readonly PerYearGrant[],
): Promise<void> {
  const ns = decision.needsStatement.getEntity();
  const existing = await em.find(Commitment, { needsStatementId: ns.id });
  for (const y of next) {
    const c = existing.find((e) => e.year === y.year);
    if (c && y.amount <= 0) {
      em.remove(c);
    } else if (c) {
      Object.assign(c, {
        amount: y.amount,
        owner: y.owner,
        institution: y.institution,
        coordinator: y.coordinator,
      });
    } else if (y.amount > 0) {
      const sector = sectorOfStatement(ns);
      if (typeof sector !== 'string') {
        throw new ValidationFailedError(sector.message.en, [sector]);
      }
      await em.populate(decision, ['partnership.institution']);
      const round = decision.round.getEntity();
      em.create(Commitment, {
        county: em.getReference(County, countyId),
        grantedInRound: round,
        grantedYear: round.year,
        needsStatementId: ns.id,
        partnership: decision.partnership,
        workId: ns.workId,
        sector,
        durationYears: ns.durationYears ?? next.length,
        year: y.year,
        amount: y.amount,
        owner: y.owner,
        institution: y.institution,
        coordinator: y.coordinator,
        institutionOrgnr: decision.partnership.getEntity().institution.getEntity().orgnr,
      } as never);
    }
  }
}

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}
