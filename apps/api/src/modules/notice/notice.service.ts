import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomUUID } from 'node:crypto';
import type { NoticeKind } from './notice-delivery.entity.js';

/** The channel a committed notice wakes the dispatcher on (NOTIFY is delivered at commit only). */
export const NOTICE_CHANNEL = 'kompetansemidler_notice';

/** One notice to one recipient. */
export interface NoticeInput {
  kind: NoticeKind;
  /**
   * The notice and the recipient, e.g. `decision-letter:<letterId>:<address>`: enqueuing the same
   * key again adds nothing (a retried mutation, a reminder sweep run twice).
   */
  idempotencyKey: string;
  recipient: string;
  recipientName?: string;
  subject: string;
  body: string;
  /** A frozen letter to attach. */
  letterId?: string | null;
  partnershipId?: string | null;
  /** What the notice is about (a decision, a round, a report). */
  subjectId?: string | null;
}

/** A key as stored: as given, or its SHA-256 when longer than the column (300). */
export function storedKey(key: string): string {
  return key.length <= 300 ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/** An e-mail address as stored and compared (trimmed, lower case). */
export function normalAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** Whether a string looks like an address a notice can go to. */
export function isAddress(address: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address.trim());
}

/**
 * Puts notices on the queue, in the caller's transaction: each is a row of the notice log
 * (`notice_delivery`, status QUEUED) written with what it tells of, or not at all. The queue's
 * dispatcher turns committed rows into jobs (woken at commit by NOTIFY); a job sends one row's
 * e-mail and marks it SENT. Returns how many were new (a key already queued is skipped).
 *
 * For other modules (complaints, payments, repayment claims): call it inside your own
 * `em.transactional(...)`, with a stable `idempotencyKey` per notice and recipient.
 */
export const NoticeService = {
  async enqueue(
    em: EntityManager,
    countyId: string,
    notices: readonly NoticeInput[],
  ): Promise<number> {
    const seen = new Set<string>();
    const rows = notices
      .filter((n) => isAddress(n.recipient))
      .filter((n) => !seen.has(n.idempotencyKey) && seen.add(n.idempotencyKey))
      .map((n) => [
        randomUUID(),
        countyId,
        n.kind,
        storedKey(n.idempotencyKey),
        normalAddress(n.recipient),
        (n.recipientName ?? '').slice(0, 200),
        n.subject.slice(0, 300),
        n.body,
        n.letterId ?? null,
        n.partnershipId ?? null,
        n.subjectId ?? null,
      ]);
    if (rows.length === 0) return 0;
    const inserted = await em.execute<{ id: string }[]>(
      `insert into notice_delivery (id, county_id, kind, idempotency_key, recipient, recipient_name, subject, body, letter_id, partnership_id, subject_id)
       values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
       on conflict (idempotency_key) do nothing returning id`,
      rows.flat(),
    );
    if (inserted.length > 0) {
      await em.execute(`select pg_notify('${NOTICE_CHANNEL}', '')`);
    }
    return inserted.length;
  },
};
