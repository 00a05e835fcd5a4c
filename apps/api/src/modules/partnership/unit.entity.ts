import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Owner } from './owner.entity.js';

export enum UnitKind {
  KINDERGARTEN = 'KINDERGARTEN',
  SCHOOL = 'SCHOOL',
}
registerEnumType(UnitKind, { name: 'UnitKind' });

@ObjectType({ description: 'A kindergarten or school of an owner.' })
@Entity({ tableName: 'unit' })
export class Unit extends TenantEntity {
  @ManyToOne(() => Owner, { ref: true, deleteRule: 'cascade', index: true })
  owner!: Ref<Owner>;

  @Field()
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind })
  kind!: UnitKind;
}
