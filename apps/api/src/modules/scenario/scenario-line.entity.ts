import { Entity, Enum, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import { Scenario } from './scenario.entity.js';

export enum AllocationStatus {
  FUNDED = 'FUNDED',
  REDUCED = 'REDUCED',
  NOT_FUNDED = 'NOT_FUNDED',
  INELIGIBLE = 'INELIGIBLE',
}
registerEnumType(AllocationStatus, { name: 'AllocationStatus' });

export interface PerYearGrant {
  year: number;
  amount: number;
  owner: number;
  institution: number;
  coordinator: number;
  subjectToAppropriation: boolean;
}

/** The bands and caps an adviser knowingly breaks with an adjustment, and why. */
@ObjectType({ description: 'The bands and caps an adjustment knowingly breaks, and why.' })
export class ConstraintOverride {
  @Field(() => [String], {
    description: 'Constraint ids as the gauges name them: SECTOR:SCHOOL, LOCK:2:2027, COORDINATOR.',
  })
  constraintIds!: string[];

  @Field()
  reason!: string;
}

/** What the domain says of a line's adjustment, kept with the line (see AppliedAdjustment). */
export interface LineAdjustmentFacts {
  explanation: { nb: string; en: string };
  clauses: string[];
  /** Constraint ids the adjustment helps break. */
  breaks: string[];
}

/** One needs statement's share of a scenario, as the engine gave it (and an adviser adjusted). */
@ObjectType({ description: 'One needs statement’s line in a scenario.' })
@Entity({ tableName: 'scenario_line' })
@Unique({ properties: ['scenario', 'needsStatement'] })
export class ScenarioLine extends TenantEntity {
  @ManyToOne(() => Scenario, { ref: true, deleteRule: 'cascade' })
  scenario!: Ref<Scenario>;

  @ManyToOne(() => NeedsStatement, { ref: true, index: true })
  needsStatement!: Ref<NeedsStatement>;

  @Field(() => AllocationStatus)
  @Enum({ items: () => AllocationStatus })
  status!: AllocationStatus;

  @Field(() => Int)
  @Property({ type: 'integer' })
  requestedThisYear!: number;

  @Field(() => Int, { description: 'What the engine granted this year.' })
  @Property({ type: 'integer' })
  engineGrantedThisYear!: number;

  @Field(() => Int, { nullable: true, description: 'An adviser’s adjustment, when made.' })
  @Property({ type: 'integer', nullable: true })
  adjustedThisYear: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  adjustmentReason: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  adjustedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'The adjuster’s name, as signed in.' })
  @Property({ type: 'string', length: 200, nullable: true })
  adjustedByName: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  adjustedAt: Date | null = null;

  /** The engine's per-year grant (this year and later years). */
  @Property({ type: 'json' })
  perYear!: PerYearGrant[];

  /** The per-year grant after the adviser's adjustment, as the domain regranted it. */
  @Property({ type: 'json', nullable: true })
  adjustedPerYear: PerYearGrant[] | null = null;

  @Field(() => ConstraintOverride, {
    nullable: true,
    description: 'The bands and caps the adjustment knowingly breaks, and why.',
  })
  @Property({ type: 'json', nullable: true })
  constraintOverride: ConstraintOverride | null = null;

  /** The domain's account of the adjustment: its words, clauses and what it breaks. */
  @Property({ type: 'json', nullable: true })
  adjustment: LineAdjustmentFacts | null = null;

  @Field(() => Float)
  @Property({ type: 'double' })
  fundedPercent!: number;

  @Field(() => Int, { nullable: true, description: 'Overall priority rank (1 = first).' })
  @Property({ type: 'integer', nullable: true })
  rank: number | null = null;

  @Field(() => Float)
  @Property({ type: 'double' })
  score!: number;

  /** The engine's explanation, nb and en. */
  @Property({ type: 'json' })
  explanation!: { nb: string; en: string };

  @Field(() => [String], { description: 'Plan clauses the explanation relies on.' })
  @Property({ type: 'json' })
  clauses: string[] & Opt = [];

  /** Granted this year, the adviser's adjustment winning over the engine. */
  granted(): number {
    return this.adjustedThisYear ?? this.engineGrantedThisYear;
  }

  /** Granted per year: the adjustment's years when adjusted, else the engine's. */
  grantedPerYear(): PerYearGrant[] {
    return this.adjustedThisYear != null && this.adjustedPerYear
      ? this.adjustedPerYear
      : this.perYear;
  }
}
