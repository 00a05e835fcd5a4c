import { Entity, Enum, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Proposal } from '../proposal/proposal.entity.js';
import { Round } from '../round/round.entity.js';
import type { PerYearGrant } from '../scenario/scenario-line.entity.js';

export enum DecisionStatus {
  GRANTED = 'GRANTED',
  /** Less than asked: the partnership must answer how the grant is split. */
  REDUCED = 'REDUCED',
  REJECTED = 'REJECTED',
}
registerEnumType(DecisionStatus, { name: 'DecisionStatus' });

@ObjectType({ description: 'The formal decision (vedtak) on a needs statement.' })
@Entity({ tableName: 'decision' })
@Unique({ properties: ['needsStatement'] })
export class Decision extends TenantEntity {
  @ManyToOne(() => Round, { ref: true, index: true })
  round!: Ref<Round>;

  @ManyToOne(() => NeedsStatement, { ref: true })
  needsStatement!: Ref<NeedsStatement>;

  /** Denormalised from the statement, so a partnership's own decisions can be filtered. */
  @ManyToOne(() => Partnership, { ref: true, index: true })
  partnership!: Ref<Partnership>;

  @ManyToOne(() => Proposal, { ref: true })
  proposal!: Ref<Proposal>;

  @Field(() => DecisionStatus)
  @Enum({ items: () => DecisionStatus })
  status!: DecisionStatus;

  @Field(() => Int)
  @Property({ type: 'integer' })
  requestedThisYear!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  grantedThisYear!: number;

  @Field(() => Int, { description: 'Granted over all years of the duration.' })
  @Property({ type: 'integer' })
  grantedTotal!: number;

  /** Granted per year and party; later years subject to appropriation. */
  @Property({ type: 'json' })
  grantedPerYear!: PerYearGrant[];

  @Field({
    description:
      'The reasons (begrunnelse): the engine’s explanation and the plan’s clauses, editable by the office.',
  })
  @Property({ type: 'text' })
  justification!: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  clauses: string[] & Opt = [];

  /**
   * The partnership's owners when granted (0 for a refusal), and how many of them were newcomers
   * by the plan's rule: written with the decision, for the national statistics.
   */
  @Property({ type: 'integer', default: 0 })
  fundedOwners: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  newcomerOwners: number & Opt = 0;

  @Field()
  @Property({ type: 'string', length: 200 })
  decidedBy!: string;

  @Field()
  @Property({ type: 'datetime' })
  decidedAt!: Date;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back when you edit.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
