import {
  Check,
  Entity,
  Enum,
  ManyToOne,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Sector } from '../../common/enums.js';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Municipality } from '../county/municipality.entity.js';
import { Owner } from '../partnership/owner.entity.js';

@ObjectType({
  description:
    'A figure of the knowledge base (kunnskapsgrunnlag) for one of the plan’s statistical indicators: for a municipality or one owner, one sector or all, one year.',
})
@Entity({ tableName: 'sector_indicator' })
@Unique({
  name: 'sector_indicator_figure_unique',
  expression:
    'create unique index "sector_indicator_figure_unique" on "sector_indicator" ("county_id", "indicator_id", "municipality_id", "owner_id", "sector", "year") nulls not distinct',
})
@Check({
  name: 'sector_indicator_place_check',
  expression: '(municipality_id is null) <> (owner_id is null)',
})
export class SectorIndicator extends TenantEntity {
  @ManyToOne(() => Municipality, { ref: true, nullable: true, deleteRule: 'no action' })
  municipality: Ref<Municipality> | null = null;

  @ManyToOne(() => Owner, { ref: true, nullable: true, index: true, deleteRule: 'no action' })
  owner: Ref<Owner> | null = null;

  @Field({ description: 'The plan’s indicator id, e.g. "ito-pupils".' })
  @Property({ type: 'string', length: 100 })
  indicatorId!: string;

  @Field(() => Sector, {
    nullable: true,
    description: 'The sector the figure describes; null for the place as a whole.',
  })
  @Enum({ items: () => Sector, nullable: true })
  sector: Sector | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Float, { description: 'The raw figure (≥ 0).' })
  @Property({ type: 'double' })
  value!: number;

  @Field({ description: 'Where the figure comes from.' })
  @Property({ type: 'string', length: 300 })
  source!: string;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
