import { Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Decision, DecisionStatus } from '../decision/decision.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import type { PerYearGrant } from '../scenario/scenario-line.entity.js';
import { Complaint } from './complaint.entity.js';

/**
 * One version of a decision, kept for good (a trigger refuses updates). Version 1 is the decision
 * as first made; a complaint the office finds justified adds the next one with its reasons. The
 * `decision` row always holds the newest version's content.
 */
@ObjectType({ description: 'A version of a decision: the first, or one made after a complaint.' })
@Entity({ tableName: 'decision_version' })
@Unique({ properties: ['decision', 'versionNo'] })
export class DecisionVersion extends TenantEntity {
  @ManyToOne(() => Decision, { ref: true })
  decision!: Ref<Decision>;

  @ManyToOne(() => Partnership, { ref: true, index: true })
  partnership!: Ref<Partnership>;

  @Field(() => Int, { description: '1 for the decision as first made.' })
  @Property({ type: 'integer' })
  versionNo!: number;

  @ManyToOne(() => Complaint, { ref: true, nullable: true })
  complaint: Ref<Complaint> | null = null;

  @Field(() => DecisionStatus)
  @Enum({ items: () => DecisionStatus })
  status!: DecisionStatus;

  @Field(() => Int)
  @Property({ type: 'integer' })
  grantedThisYear!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  grantedTotal!: number;

  @Property({ type: 'json' })
  grantedPerYear!: PerYearGrant[];

  @Field()
  @Property({ type: 'text' })
  justification!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why this version was made (after a complaint).',
  })
  @Property({ type: 'text', nullable: true })
  changeReason: string | null = null;

  @Field()
  @Property({ type: 'string', length: 200 })
  decidedBy!: string;

  @Field()
  @Property({ type: 'datetime' })
  decidedAt!: Date;
}
