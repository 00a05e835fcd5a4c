import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../auth/role.js';
import { County } from '../county/county.entity.js';

/**
 * One mutation, written in the same transaction as the change. Append-only: a database trigger
 * refuses updates and deletes (see the migration).
 */
@ObjectType({ description: 'An entry of the append-only audit log: who did what, when.' })
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['entityType', 'entityId'] })
@Index({ properties: ['county', 'at'] })
export class AuditLogEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => County, { ref: true, nullable: true })
  county: Ref<County> | null = null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field()
  @Property({ type: 'string', length: 200 })
  actorSubject!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  actorName!: string;

  @Field(() => Role)
  @Property({ type: 'string', length: 20 })
  actorRole!: Role;

  @Field({ description: 'The mutation, e.g. "decideRound".' })
  @Property({ type: 'string', length: 100 })
  action!: string;

  @Field()
  @Property({ type: 'string', length: 100 })
  entityType!: string;

  @Field()
  @Property({ type: 'string', length: 100 })
  entityId!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before: unknown = null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after: unknown = null;

  @Field(() => String, { nullable: true, description: 'The reason given, e.g. for an override.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  requestId: string | null = null;
}
