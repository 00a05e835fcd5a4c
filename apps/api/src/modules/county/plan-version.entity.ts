import { Entity, Property, Unique } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';

@ObjectType({
  description:
    'One version of a county’s long-term plan (langsiktig plan), stored as the domain’s plan data.',
})
@Entity({ tableName: 'plan_version' })
@Unique({ properties: ['county', 'planId', 'versionId'] })
export class PlanVersion extends TenantEntity {
  @Field({ description: 'The plan’s id, e.g. "troms-2026-2029".' })
  @Property({ type: 'string', length: 100 })
  planId!: string;

  @Field({ description: 'The version’s id within the plan.' })
  @Property({ type: 'string', length: 100 })
  versionId!: string;

  @Field({ description: 'ISO date the version holds from.' })
  @Property({ type: 'string', length: 10 })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'ISO date it holds to (inclusive).' })
  @Property({ type: 'string', length: 10, nullable: true })
  validTo: string | null = null;

  @Field(() => GraphQLJSONObject, {
    description: 'The whole county plan (domain CountyPlan), with this version among its versions.',
  })
  @Property({ type: 'json' })
  plan!: Record<string, unknown>;
}
