import {
  Collection,
  Entity,
  ManyToMany,
  ManyToOne,
  type Opt,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Institution } from './institution.entity.js';
import { Owner } from './owner.entity.js';

@ObjectType({
  description: 'A binding cooperation of one or more owners and an institution (partnerskap).',
})
@Entity({ tableName: 'partnership' })
export class Partnership extends TenantEntity {
  @Field()
  @Property({ type: 'string', length: 300 })
  name!: string;

  @ManyToOne(() => Institution, { ref: true })
  institution!: Ref<Institution>;

  @ManyToMany(() => Owner, undefined, { pivotTable: 'partnership_owner', owner: true })
  owners = new Collection<Owner>(this);

  /** Where one owner submits on behalf of a network (only where the plan allows it). */
  @ManyToOne(() => Owner, { ref: true, nullable: true })
  leadOwner: Ref<Owner> | null = null;

  @Field(() => [String], {
    description: 'Other services taking part (PPT, health centre, child welfare, BUP, …).',
  })
  @Property({ type: 'json' })
  otherServices: string[] & Opt = [];
}
