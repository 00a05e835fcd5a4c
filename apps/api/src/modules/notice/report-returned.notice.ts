import type { EntityManager } from '@mikro-orm/postgresql';
import { LetterTemplateRecord } from '../decision/letter/letter-template.entity.js';
import { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import type { AnnualReport } from '../reporting/annual-report.entity.js';
import { NoticeKind } from './notice-delivery.entity.js';
import { NoticeService } from './notice.service.js';
import { reportReturnedText } from './notice-templates.js';
import { partnershipRecipients } from './recipients.js';

/**
 * Queues the notice that a report was returned, in the transaction that returns it: one per
 * recipient, keyed by the report's version (a report returned again is a new notice).
 */
export async function queueReportReturnedNotice(
  em: EntityManager,
  report: AnnualReport,
): Promise<number> {
  const countyId = report.county.id;
  const partnership = await em.findOneOrFail(Partnership, { id: report.partnership.id });
  const statement = await em.findOne(NeedsStatement, { id: report.needsStatement.id });
  const template = await em.findOne(LetterTemplateRecord, { county: countyId });
  const text = reportReturnedText({
    partnership: partnership.name,
    grantYear: report.year,
    comment: report.reviewComment ?? '',
    office: template?.template.contact.officeName ?? 'Statsforvalteren',
  });
  const recipients = partnershipRecipients(partnership, {
    name: statement?.contactName ?? null,
    email: statement?.contactEmail ?? null,
  });
  return NoticeService.enqueue(
    em,
    countyId,
    recipients.map((r) => ({
      kind: NoticeKind.REPORT_RETURNED,
      idempotencyKey: `report-returned:${report.id}:${report.version}:${r.address}`,
      recipient: r.address,
      recipientName: r.name,
      ...text,
      partnershipId: partnership.id,
      subjectId: report.id,
    })),
  );
}
