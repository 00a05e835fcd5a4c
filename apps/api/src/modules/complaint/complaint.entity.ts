import { Entity, Enum, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Decision } from '../decision/decision.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Round } from '../round/round.entity.js';

export enum ComplaintStatus {
  /** Registered; the office has not reassessed it yet. */
  RECEIVED = 'RECEIVED',
  /** Upheld by the office and sent to the directorate with the case file (fvl. § 33). */
  FORWARDED = 'FORWARDED',
  /** The office changed its decision: a new version of the decision (fvl. § 33). */
  CHANGED = 'CHANGED',
  /** Rejected (avvist): the conditions for hearing it are not met, e.g. too late (fvl. § 33). */
  REJECTED = 'REJECTED',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description:
    'RECEIVED (awaits the office), FORWARDED (upheld, sent to the directorate), CHANGED (a new decision version), REJECTED (avvist: not heard, e.g. filed too late).',
});

export enum NoticeChannel {
  DIGITAL = 'DIGITAL',
  POST = 'POST',
}
registerEnumType(NoticeChannel, {
  name: 'NoticeChannel',
  description:
    'How the decision was sent: DIGITAL reaches the party the same day; POST after the assumed postal days.',
});

/** A complaint (klage) against a grant decision, with its deadline check and the office's outcome. */
@ObjectType({ description: 'A complaint (klage) against a decision.' })
@Entity({ tableName: 'complaint' })
export class Complaint extends TenantEntity {
  @ManyToOne(() => Decision, { ref: true, index: true })
  decision!: Ref<Decision>;

  /** Denormalised from the decision, so a partnership sees only its own complaints. */
  @ManyToOne(() => Partnership, { ref: true, index: true })
  partnership!: Ref<Partnership>;

  @ManyToOne(() => Round, { ref: true, index: true })
  round!: Ref<Round>;

  @Field(() => ComplaintStatus)
  @Enum({ items: () => ComplaintStatus })
  status: ComplaintStatus & Opt = ComplaintStatus.RECEIVED;

  @Field({ description: 'Who complains (name of the party or its representative).' })
  @Property({ type: 'string', length: 300 })
  complainant!: string;

  @Field({ description: 'The grounds (klagegrunner).' })
  @Property({ type: 'text' })
  grounds!: string;

  @Field({ description: 'ISO date the office received the complaint.' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => String, { nullable: true, description: 'ISO date it was posted (postmark).' })
  @Property({ type: 'date', nullable: true })
  postedOn: string | null = null;

  @Field({ description: 'ISO date the decision was sent to the party.' })
  @Property({ type: 'date' })
  notifiedOn!: string;

  @Field(() => NoticeChannel)
  @Enum({ items: () => NoticeChannel })
  noticeChannel!: NoticeChannel;

  @Field({ description: 'ISO date: the last day to complain (fvl. § 29).' })
  @Property({ type: 'date' })
  deadline!: string;

  @Field({ description: 'In time (fvl. § 30).' })
  @Property({ type: 'boolean' })
  timely!: boolean;

  @Field(() => Int)
  @Property({ type: 'integer' })
  daysLate!: number;

  @Field({ description: 'The deadline check in Norwegian, with its clauses.' })
  @Property({ type: 'text' })
  deadlineExplanation!: string;

  @Field(() => GraphQLJSON, { description: 'Assumptions the deadline rests on ("antakelse").' })
  @Property({ type: 'json' })
  assumptions: { key: string; value: number; text: { nb: string; en: string } }[] & Opt = [];

  @Field()
  @Property({ type: 'string', length: 200 })
  registeredBy!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The office’s assessment when it settled the complaint.',
  })
  @Property({ type: 'text', nullable: true })
  reasons: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why a late complaint is considered (fvl. § 31).',
  })
  @Property({ type: 'text', nullable: true })
  lateReason: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The case summary sent to the directorate with the case file (FORWARDED).',
  })
  @Property({ type: 'text', nullable: true })
  caseSummary: string | null = null;

  @Field(() => Int, { nullable: true, description: 'The decision version it led to (CHANGED).' })
  @Property({ type: 'integer', nullable: true })
  resultingVersion: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  settledBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  settledAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back to settle.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
