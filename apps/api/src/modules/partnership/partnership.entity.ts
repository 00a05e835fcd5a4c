import {
  Collection,
  Entity,
  ManyToMany,
  ManyToOne,
  type Opt,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Institution } from './institution.entity.js';
import { Owner } from './owner.entity.js';
import { Unit } from './unit.entity.js';

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

  /** The owners' units (kindergartens, schools) taking part in this partnership. */
  @ManyToMany(() => Unit, undefined, { pivotTable: 'partnership_unit', owner: true })
  units = new Collection<Unit>(this);

  /** Where one owner submits on behalf of a network (only where the plan allows it). */
  @ManyToOne(() => Owner, { ref: true, nullable: true })
  leadOwner: Ref<Owner> | null = null;

  @Field(() => [String], {
    description: 'Other services taking part (PPT, health centre, child welfare, BUP, …).',
  })
  @Property({ type: 'json' })
  otherServices: string[] & Opt = [];

  /** The people the office contacts (personal data: ADMIN and the partnership itself only). */
  @Property({ type: 'json' })
  contactPersons: StoredContactPerson[] & Opt = [];

  @Field(() => Date, {
    nullable: true,
    description: 'When the office archived the partnership (kept for history).',
  })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}

export interface StoredContactPerson {
  name: string;
  role: string;
  email: string;
  phone: string;
}
