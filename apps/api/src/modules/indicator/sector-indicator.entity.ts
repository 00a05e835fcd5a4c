import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Municipality } from '../county/municipality.entity.js';

@ObjectType({
  description:
    'A statistic of the knowledge base (kunnskapsgrunnlag) for a municipality, used as a discretionary indicator.',
})
@Entity({ tableName: 'sector_indicator' })
@Unique({ properties: ['municipality', 'indicatorId', 'year'] })
export class SectorIndicator extends TenantEntity {
  @ManyToOne(() => Municipality, { ref: true })
  municipality!: Ref<Municipality>;

  @Field({ description: 'The plan’s indicator id, e.g. "ito-pupils".' })
  @Property({ type: 'string', length: 100 })
  indicatorId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Float, { description: 'The raw figure (≥ 0).' })
  @Property({ type: 'double' })
  value!: number;

  @Field({ description: 'Where the figure comes from.' })
  @Property({ type: 'string', length: 300 })
  source!: string;
}
