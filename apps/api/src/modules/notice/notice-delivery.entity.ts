import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { DecisionLetter } from '../decision/letter/decision-letter.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';

export enum NoticeKind {
  /** The decision notice, with the letter attached. */
  DECISION = 'DECISION',
  /** Before the needs statements' deadline. */
  STATEMENT_REMINDER = 'STATEMENT_REMINDER',
  /** Before an annual report's deadline. */
  REPORT_REMINDER = 'REPORT_REMINDER',
  /** An annual report was returned for changes. */
  REPORT_RETURNED = 'REPORT_RETURNED',
  /** Other notices (complaints, payments, repayment claims). */
  OTHER = 'OTHER',
}
registerEnumType(NoticeKind, { name: 'NoticeKind' });

export enum NoticeStatus {
  /** Waiting for (or in) its job. */
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  /** The last attempt failed; the queue retries it until its retry limit. */
  FAILED = 'FAILED',
}
registerEnumType(NoticeStatus, { name: 'NoticeStatus' });

/**
 * One notice to one recipient, and the log of its delivery: written in the same transaction as
 * what it tells of, sent by a job (the queue), marked SENT in a transaction that first locks the
 * row and checks it. `idempotencyKey` (the notice and the recipient) is unique: enqueuing the
 * same notice twice adds nothing.
 */
@ObjectType({ description: 'A notice to one recipient, and how its delivery went.' })
@Entity({ tableName: 'notice_delivery' })
@Index({ properties: ['status', 'dispatchedAt'] })
export class NoticeDelivery extends TenantEntity {
  @Field(() => NoticeKind)
  @Enum({ items: () => NoticeKind })
  kind!: NoticeKind;

  @Property({ type: 'string', length: 300, unique: true })
  idempotencyKey!: string;

  @Field({ description: 'The recipient’s e-mail address (personal data: the office only).' })
  @Property({ type: 'string', length: 320 })
  recipient!: string;

  @Property({ type: 'string', length: 200 })
  recipientName: string & Opt = '';

  @Field()
  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  /** The letter attached (a decision notice). */
  @ManyToOne(() => DecisionLetter, { ref: true, nullable: true })
  letter: Ref<DecisionLetter> | null = null;

  @ManyToOne(() => Partnership, { ref: true, nullable: true, index: true })
  partnership: Ref<Partnership> | null = null;

  /** What the notice is about (a decision, a round, a report), for the admin's lists. */
  @Property({ type: 'uuid', nullable: true, index: true })
  subjectId: string | null = null;

  @Field(() => NoticeStatus)
  @Enum({ items: () => NoticeStatus })
  status: NoticeStatus & Opt = NoticeStatus.QUEUED;

  @Field(() => Int, { description: 'Delivery attempts so far (more than 1: retried).' })
  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  /** The Message-ID it was sent with (the same on every attempt: a receiver can deduplicate). */
  @Property({ type: 'string', length: 300, nullable: true })
  messageId: string | null = null;

  /** When its job was put on the queue (a sweep re-queues one whose job was lost). */
  @Property({ type: 'datetime', nullable: true })
  dispatchedAt: Date | null = null;
}
