import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { bindTransaction } from '../../database/row-level-security.js';
import { DecisionLetter } from '../decision/letter/decision-letter.entity.js';
import type { Mailer } from './mailer.js';
import { NoticeDelivery, NoticeStatus } from './notice-delivery.entity.js';

/** A job's data: which delivery, in which county (the transaction is bound to it). */
export interface DeliverJob {
  countyId: string;
  deliveryId: string;
}

export type DeliveryOutcome = 'SENT' | 'ALREADY_SENT' | 'GONE';

/**
 * Sends one notice: in one transaction bound to the county, locks its log row (FOR UPDATE), skips
 * it when it is already SENT (a repeated or duplicated job), sends it, and marks it SENT with the
 * attempt counted. A failed send is logged on the row (FAILED, the error, the attempts) and thrown,
 * so the queue retries the job. Two jobs of one notice wait for each other on the row's lock; the
 * second finds it SENT.
 *
 * The one window left: a server killed after the SMTP server accepted the mail and before the
 * commit sends it again on the retry, with the same Message-ID (`<delivery id>@…`), so the
 * receiving side can tell.
 */
export async function deliverNotice(
  orm: MikroORM,
  mailer: Mailer,
  job: DeliverJob,
  messageDomain: string,
): Promise<DeliveryOutcome> {
  const em = orm.em.fork();
  let failure: unknown = null;
  const outcome = await em.transactional(async (tx) => {
    await bindTransaction(tx, { countyId: job.countyId });
    const delivery = await tx.findOne(
      NoticeDelivery,
      { id: job.deliveryId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!delivery) return 'GONE' as const;
    if (delivery.status === NoticeStatus.SENT) return 'ALREADY_SENT' as const;
    const letter = delivery.letter
      ? await tx.findOneOrFail(DecisionLetter, { id: delivery.letter.id }, { populate: ['pdf'] })
      : null;
    delivery.attempts += 1;
    delivery.lastAttemptAt = new Date();
    const messageId = `<${delivery.id}@${messageDomain}>`;
    try {
      await mailer.send({
        to: delivery.recipient,
        ...(delivery.recipientName ? { toName: delivery.recipientName } : {}),
        subject: delivery.subject,
        text: delivery.body,
        messageId,
        attachments: letter
          ? [
              {
                filename: `${letterFileName(letter.title)}.pdf`,
                content: Buffer.from(letter.pdf),
                contentType: 'application/pdf',
              },
            ]
          : [],
      });
      delivery.status = NoticeStatus.SENT;
      delivery.sentAt = new Date();
      delivery.messageId = messageId;
      delivery.lastError = null;
    } catch (error) {
      failure = error;
      delivery.status = NoticeStatus.FAILED;
      delivery.lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    }
    await tx.flush();
    return 'SENT' as const;
  });
  if (failure) throw failure;
  return outcome;
}

/** A file name from a letter's title (letters, digits and dashes). */
export function letterFileName(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[æÆ]/g, 'ae')
      .replace(/[øØ]/g, 'o')
      .replace(/[åÅ]/g, 'a')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 80) || 'brev'
  );
}
