import type { MikroORM } from '@mikro-orm/postgresql';
import { addDays, reportDueDate } from '@kompetansemidler/domain';
import { bindTransaction } from '../../database/row-level-security.js';
import type { Logger } from '../../logger.js';
import { County } from '../county/county.entity.js';
import { Decision } from '../decision/decision.entity.js';
import { LetterTemplateRecord } from '../decision/letter/letter-template.entity.js';
import { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { AnnualReport } from '../reporting/annual-report.entity.js';
import { RoundStatus } from '../round/round-status.js';
import { Round } from '../round/round.entity.js';
import { NoticeKind } from './notice-delivery.entity.js';
import { NoticeService, type NoticeInput } from './notice.service.js';
import { reportReminderText, statementReminderText } from './notice-templates.js';
import { partnershipRecipients } from './recipients.js';

const SUBMISSION_DEADLINE = 'submission-deadline';

/**
 * Reminders from the rounds' calendars, `daysBefore` days ahead: before the needs statements'
 * deadline (to every active partnership of an OPEN round without a submitted statement), and before
 * each annual report's deadline (to every partnership with a grant for that year and no report in).
 * Each reminder's key names the deadline and the recipient, so a sweep run twice (or on two
 * servers) queues it once.
 */
export class ReminderService {
  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
  ) {}

  async sweep(now: Date, daysBefore: number): Promise<number> {
    const today = now.toISOString().slice(0, 10);
    const until = addDays(today, daysBefore);
    const counties = await this.orm.em.fork().find(County, {}, { fields: ['id', 'name'] });
    let queued = 0;
    for (const county of counties) {
      try {
        queued += await this.sweepCounty(county.id, today, until);
      } catch (error) {
        this.logger.error(
          { err: error, countyId: county.id },
          'reminder sweep failed for a county',
        );
      }
    }
    return queued;
  }

  private async sweepCounty(countyId: string, today: string, until: string): Promise<number> {
    return this.orm.em.fork().transactional(async (em) => {
      await bindTransaction(em, { countyId });
      const within = (date: string) => date >= today && date <= until;
      const template = await em.findOne(LetterTemplateRecord, { county: countyId });
      const office = template?.template.contact.officeName ?? 'Statsforvalteren';
      const notices: NoticeInput[] = [];

      const open = await em.find(Round, { county: countyId, status: RoundStatus.OPEN });
      for (const round of open) {
        const deadline = round.calendar.find((m) => m.id === SUBMISSION_DEADLINE)?.end;
        if (!deadline || !within(deadline)) continue;
        const submitted = new Set(
          (await em.find(NeedsStatement, { round: round.id }, { fields: ['partnership'] })).map(
            (s) => s.partnership.id,
          ),
        );
        const partnerships = await em.find(Partnership, { county: countyId, archivedAt: null });
        for (const p of partnerships) {
          if (submitted.has(p.id)) continue;
          const text = statementReminderText({
            partnership: p.name,
            roundYear: round.year,
            deadline,
            office,
          });
          for (const r of partnershipRecipients(p)) {
            notices.push({
              kind: NoticeKind.STATEMENT_REMINDER,
              idempotencyKey: `statement-reminder:${round.id}:${deadline}:${p.id}:${r.address}`,
              recipient: r.address,
              recipientName: r.name,
              ...text,
              partnershipId: p.id,
              subjectId: round.id,
            });
          }
        }
      }

      const decisions = await em.find(
        Decision,
        { county: countyId, grantedTotal: { $gt: 0 } },
        { populate: ['round', 'partnership', 'needsStatement'] },
      );
      if (decisions.length > 0) {
        const reports = await em.find(
          AnnualReport,
          { decision: { $in: decisions.map((d) => d.id) } },
          { fields: ['decision', 'year', 'status'] },
        );
        const reported = new Set(
          reports.filter((r) => r.status !== 'RETURNED').map((r) => `${r.decision.id}:${r.year}`),
        );
        for (const decision of decisions) {
          const round = decision.round.getEntity();
          const partnership = decision.partnership.getEntity();
          const statement = decision.needsStatement.getEntity();
          for (const year of decision.grantedPerYear) {
            if (year.amount <= 0 || reported.has(`${decision.id}:${year.year}`)) continue;
            const due = reportDueDate(round.calendar, round.year, year.year);
            if (!within(due.date)) continue;
            const text = reportReminderText({
              partnership: partnership.name,
              grantYear: year.year,
              deadline: due.date,
              assumed: due.source === 'DEFAULT',
              office,
            });
            const recipients = partnershipRecipients(partnership, {
              name: statement.contactName,
              email: statement.contactEmail,
            });
            for (const r of recipients) {
              notices.push({
                kind: NoticeKind.REPORT_REMINDER,
                idempotencyKey: `report-reminder:${decision.id}:${year.year}:${due.date}:${r.address}`,
                recipient: r.address,
                recipientName: r.name,
                ...text,
                partnershipId: partnership.id,
                subjectId: decision.id,
              });
            }
          }
        }
      }
      return NoticeService.enqueue(em, countyId, notices);
    });
  }
}
