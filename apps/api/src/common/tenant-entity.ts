import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { County } from '../modules/county/county.entity.js';

/**
 * Everything a county owns. The `tenant` filter (see server/request-context.ts) scopes every
 * query of a county-bound caller to the caller's county through `county`.
 */
@ObjectType()
@Entity({ abstract: true })
export abstract class TenantEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => County, { ref: true, deleteRule: 'cascade', index: true })
  county!: Ref<County>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
