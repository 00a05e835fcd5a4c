import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';

@ObjectType({ description: 'A municipality (kommune) of the county.' })
@Entity({ tableName: 'municipality' })
@Unique({ properties: ['county', 'number'] })
export class Municipality extends TenantEntity {
  @Field({ description: 'Kommunenummer, e.g. "5501".' })
  @Property({ type: 'string', length: 4 })
  number!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;
}
