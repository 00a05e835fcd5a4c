import { Entity, Enum, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Owner } from './owner.entity.js';

export enum UnitKind {
  KINDERGARTEN = 'KINDERGARTEN',
  SCHOOL = 'SCHOOL',
}
registerEnumType(UnitKind, { name: 'UnitKind' });

@ObjectType({ description: 'A kindergarten or school of an owner.' })
@Entity({ tableName: 'unit' })
@Unique({ properties: ['county', 'registerId'] })
export class Unit extends TenantEntity {
  @ManyToOne(() => Owner, { ref: true, deleteRule: 'cascade', index: true })
  owner!: Ref<Owner>;

  @Field()
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind })
  kind!: UnitKind;

  @Field(() => String, {
    nullable: true,
    description:
      'The unit’s id in the national registers (NSR for schools, NBR for kindergartens): its organisation number.',
  })
  @Property({ type: 'string', length: 9, nullable: true })
  registerId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the office archived the unit.' })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
