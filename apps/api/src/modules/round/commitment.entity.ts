import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Sector } from '../../common/enums.js';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Round } from './round.entity.js';

@ObjectType({
  description:
    'An amount bound by a multi-year grant (låste midler), in the year it falls in; promised subject to the state’s appropriation.',
})
@Entity({ tableName: 'commitment' })
@Index({ properties: ['county', 'year'] })
export class Commitment extends TenantEntity {
  /** The round whose decision made the grant; null for a grant made before the county's rounds here. */
  @ManyToOne(() => Round, { ref: true, nullable: true, deleteRule: 'no action' })
  grantedInRound: Ref<Round> | null = null;

  @Field(() => Int, { description: 'The year the grant was decided.' })
  @Property({ type: 'integer' })
  grantedYear!: number;

  @Field(() => String, { nullable: true, description: 'The needs statement granted.' })
  @Property({ type: 'uuid', nullable: true })
  needsStatementId: string | null = null;

  @ManyToOne(() => Partnership, { ref: true, index: true })
  partnership!: Ref<Partnership>;

  @Field({ description: 'Stable id of the development work across rounds.' })
  @Property({ type: 'string', length: 100 })
  workId!: string;

  @Field(() => Sector)
  @Enum({ items: () => Sector })
  sector!: Sector;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  durationYears!: number;

  @Field(() => Int, { description: 'The year the amount falls in.' })
  @Property({ type: 'integer', index: true })
  year!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  owner!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  institution!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  coordinator!: number;

  @Field()
  @Property({ type: 'string', length: 9 })
  institutionOrgnr!: string;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
