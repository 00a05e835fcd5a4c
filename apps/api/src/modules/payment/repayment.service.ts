import { createHash } from 'node:crypto';
import { addDays, REPAYMENT_DAYS, repaymentClaim, repaymentLetter } from '@kompetansemidler/domain';
import {
  requireViewer,
  viewerCountyId,
  type ServiceContext,
} from '../../common/service-context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/app-error.js';
import { renderPdf } from '../archive/pdf-document.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import type { Decision } from '../decision/decision.entity.js';
import { AnnualReport, AnnualReportStatus } from '../reporting/annual-report.entity.js';
import { todayInNorway } from '../reporting/reporting.service.js';
import { Payment, PaymentParty } from './payment.entity.js';
import { RepaymentClaim } from './repayment-claim.entity.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

@requestScoped()
export class RepaymentService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  /**
   * Issues the repayment claim of an accepted report: the amount from the domain (each party's
   * unspent funds, to the krone), the letter's text from the domain, rendered once as PDF and
   * stored with its SHA-256. One claim per report; a report with nothing unspent has none.
   */
  async issue(annualReportId: string): Promise<RepaymentClaim> {
    const viewer = requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(viewer);
    return this.ctx.em.transactional(async (em) => {
      const report = await em.findOne(
        AnnualReport,
        { id: annualReportId },
        {
          populate: [
            'decision.round',
            'partnership.institution',
            'partnership.owners',
            'partnership.leadOwner',
          ],
        },
      );
      if (!report) throw new NotFoundError('AnnualReport', annualReportId);
      if (report.status !== AnnualReportStatus.ACCEPTED) {
        throw new ConflictError('Only an accepted report can lead to a repayment claim.', {
          reason: 'REPORT_NOT_ACCEPTED',
          status: report.status,
        });
      }
      if (await em.findOne(RepaymentClaim, { annualReport: report.id })) {
        throw new ConflictError('A repayment claim was already issued for this report.', {
          reason: 'CLAIM_EXISTS',
        });
      }
      const claim = repaymentClaim({
        owner: { received: report.receivedOwner, spent: report.spentOwner },
        institution: { received: report.receivedInstitution, spent: report.spentInstitution },
      });
      if (claim.total === 0) {
        throw new BadUserInputError(
          'The report leaves nothing unspent: there is nothing to claim.',
          {
            field: 'annualReportId',
          },
        );
      }
      const decision: Decision = report.decision.getEntity();
      const round = decision.round.getEntity();
      const partnership = report.partnership.getEntity();
      const county = await em.findOneOrFail(County, { id: countyId });
      // The payees of the grant year are the payers of the claim; without a payment plan, the
      // partnership's lead owner and its institution.
      const payments = await em.find(Payment, {
        decision: decision.id,
        year: report.year,
        cancelledAt: null,
      });
      const lead =
        partnership.leadOwner?.getEntity() ??
        [...partnership.owners.getItems()].sort((a, b) => a.name.localeCompare(b.name, 'nb'))[0];
      const institution = partnership.institution.getEntity();
      const payerOf = (party: PaymentParty) => {
        const paid = payments.find((p) => p.party === party);
        if (paid) return { name: paid.payeeName, orgnr: paid.payeeOrgnr };
        const fallback = party === PaymentParty.OWNER ? lead : institution;
        return fallback ? { name: fallback.name, orgnr: fallback.orgnr } : null;
      };
      const payers = (['OWNER', 'INSTITUTION'] as const).flatMap((party) => {
        const payer = payerOf(PaymentParty[party]);
        return payer ? [{ party, ...payer }] : [];
      });
      const issuedOn = todayInNorway();
      const letter = repaymentLetter({
        office: county.name,
        partnership: partnership.name,
        payers,
        roundYear: round.year,
        grantYear: report.year,
        decidedOn: todayInNorway(decision.decidedAt),
        reportAcceptedOn: todayInNorway(report.reviewedAt ?? new Date()),
        issuedOn,
        claim,
      });
      const pdf = await renderPdf({
        title: letter.title,
        header: [partnership.name, ...payers.map((p) => `${p.name} (org.nr. ${p.orgnr})`)],
        sections: [
          { paragraphs: letter.paragraphs.slice(0, 2), table: letter.table },
          { paragraphs: letter.paragraphs.slice(2) },
          { paragraphs: letter.closing },
        ],
        author: county.name,
        date: issuedOn,
      });
      const entity = em.create(RepaymentClaim, {
        county,
        decision,
        annualReport: report,
        partnership,
        year: report.year,
        ownerAmount: claim.lines.find((l) => l.party === 'OWNER')!.amount,
        institutionAmount: claim.lines.find((l) => l.party === 'INSTITUTION')!.amount,
        total: claim.total,
        issuedOn,
        dueOn: addDays(issuedOn, REPAYMENT_DAYS),
        issuedBy: viewer.name,
        pdf,
        sha256: createHash('sha256').update(pdf).digest('hex'),
      });
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'issueRepaymentClaim',
        entityType: 'RepaymentClaim',
        entityId: entity.id,
        after: snapshot(entity, ['pdf']),
      });
      return entity;
    });
  }

  async ofDecisions(decisionIds: readonly string[]): Promise<Map<string, RepaymentClaim[]>> {
    const claims = await this.ctx.em.find(
      RepaymentClaim,
      { decision: { $in: [...decisionIds] } },
      { orderBy: { year: 'asc' } },
    );
    const out = new Map<string, RepaymentClaim[]>();
    for (const c of claims) out.set(c.decision.id, [...(out.get(c.decision.id) ?? []), c]);
    return out;
  }
}
