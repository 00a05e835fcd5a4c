import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Decision } from '../decision/decision.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { AnnualReport } from '../reporting/annual-report.entity.js';

/**
 * A repayment claim (tilbakebetalingskrav) for funds an accepted report left unspent, with its
 * letter: the PDF is made once, stored with its SHA-256, and never changed.
 */
@ObjectType({ description: 'A repayment claim (tilbakebetalingskrav) with its frozen letter.' })
@Entity({ tableName: 'repayment_claim' })
@Unique({ properties: ['annualReport'] })
export class RepaymentClaim extends TenantEntity {
  @ManyToOne(() => Decision, { ref: true, index: true })
  decision!: Ref<Decision>;

  @ManyToOne(() => AnnualReport, { ref: true })
  annualReport!: Ref<AnnualReport>;

  @ManyToOne(() => Partnership, { ref: true, index: true })
  partnership!: Ref<Partnership>;

  @Field(() => Int, { description: 'The grant year reported on.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  ownerAmount!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  institutionAmount!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  total!: number;

  @Field({ description: 'ISO date of the claim.' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field({ description: 'ISO date the amount is due.' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  issuedBy!: string;

  @Property({ type: 'blob', lazy: true })
  pdf!: Buffer;

  @Field({ description: 'SHA-256 of the letter PDF (hex).' })
  @Property({ type: 'string', length: 64 })
  sha256!: string;
}
