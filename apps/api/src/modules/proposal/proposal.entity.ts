import { Entity, Enum, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Round } from '../round/round.entity.js';
import { Scenario } from '../scenario/scenario.entity.js';

export enum ProposalStatus {
  /** Put to the forum; the forum has not yet given its recommendation. */
  WITH_FORUM = 'WITH_FORUM',
  /** The forum's outcome is recorded. */
  RECORDED = 'RECORDED',
  /** A later proposal replaced it. */
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

export enum ForumOutcome {
  /** The forum agreed without a vote. */
  CONSENSUS = 'CONSENSUS',
  /** The forum voted (the office has no vote). */
  VOTE = 'VOTE',
}
registerEnumType(ForumOutcome, { name: 'ForumOutcome' });

@ObjectType({
  description: 'A scenario put to the collaboration forum, with the forum’s record.',
})
@Entity({ tableName: 'proposal' })
export class Proposal extends TenantEntity {
  @ManyToOne(() => Round, { ref: true, index: true })
  round!: Ref<Round>;

  @ManyToOne(() => Scenario, { ref: true })
  scenario!: Ref<Scenario>;

  @Field(() => ProposalStatus)
  @Enum({ items: () => ProposalStatus })
  status: ProposalStatus & Opt = ProposalStatus.WITH_FORUM;

  @Field(() => String, { description: 'The office’s note to the forum.' })
  @Property({ type: 'text' })
  note: string & Opt = '';

  @Field()
  @Property({ type: 'string', length: 200 })
  putBy!: string;

  @Field()
  @Property({ type: 'datetime' })
  putAt!: Date;

  @Field(() => ForumOutcome, { nullable: true })
  @Enum({ items: () => ForumOutcome, nullable: true })
  forumOutcome: ForumOutcome | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  votesFor: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  votesAgainst: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  abstentions: number | null = null;

  @Field(() => String, { nullable: true, description: 'The forum’s minutes (protokoll).' })
  @Property({ type: 'text', nullable: true })
  forumMinutes: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  recordedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  recordedAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
