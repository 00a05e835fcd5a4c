import { Entity, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Decision } from './decision.entity.js';

@ObjectType({
  description:
    'A partnership’s answer on how a reduced grant is split between owner and institution, for one year.',
})
@Entity({ tableName: 'split_answer' })
@Unique({ properties: ['decision', 'year'] })
export class SplitAnswer extends TenantEntity {
  @ManyToOne(() => Decision, { ref: true, deleteRule: 'cascade' })
  decision!: Ref<Decision>;

  @ManyToOne(() => Partnership, { ref: true })
  partnership!: Ref<Partnership>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  owner!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  institution!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  comment: string & Opt = '';

  @Field()
  @Property({ type: 'string', length: 200 })
  answeredBy!: string;

  @Field()
  @Property({ type: 'datetime' })
  answeredAt!: Date;
}
