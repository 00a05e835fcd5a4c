import {
  BigIntType,
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { KronerScalar } from '../national/kroner.scalar.js';
import { Sector } from '../../common/enums.js';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Round } from '../round/round.entity.js';
import { BudgetLine } from './budget-line.entity.js';

export enum NeedsStatementStatus {
  /** Saved by the partnership, not submitted: its own alone, outside the office's allocation. */
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(NeedsStatementStatus, {
  name: 'NeedsStatementStatus',
  description:
    'DRAFT (saved by the partnership, seen by it alone, not in the allocation), SUBMITTED, WITHDRAWN.',
});

export interface GoalData {
  id: string;
  text: string;
}
export interface MeasureData {
  id: string;
  kind: 'ANALYSE' | 'PLAN' | 'CARRY_OUT';
  description: string;
  goalIds: string[];
}
export interface CoordinatorData {
  requested: boolean;
  justification: string;
  conditionIds: string[];
  otherComplexityFactors: string;
}
export interface ContinuationData {
  continuesEarlierWork: boolean;
}
export interface ParticipantsData {
  kindergartenStaff: boolean;
  schoolStaff: boolean;
  otherServices: string[];
}

/**
 * A partnership's application for a round (behovsmelding): every part of the plan's rule 11.
 * Budget lines per year and party are rows of their own.
 */
@ObjectType({ description: 'A partnership’s needs statement (behovsmelding) for a round.' })
@Entity({ tableName: 'needs_statement' })
export class NeedsStatement extends TenantEntity {
  @ManyToOne(() => Round, { ref: true, index: true })
  round!: Ref<Round>;

  @ManyToOne(() => Partnership, { ref: true, index: true })
  partnership!: Ref<Partnership>;

  @Field(() => NeedsStatementStatus)
  @Enum({ items: () => NeedsStatementStatus })
  status: NeedsStatementStatus & Opt = NeedsStatementStatus.SUBMITTED;

  @Field({ description: 'A short title of the development work.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field({ description: 'Stable id of the development work across rounds (4-year limit).' })
  @Property({ type: 'string', length: 100 })
  workId!: string;

  @Field(() => Sector, { nullable: true })
  @Enum({ items: () => Sector, nullable: true })
  sector: Sector | null = null;

  @Field(() => String, { nullable: true, description: 'The plan theme’s id.' })
  @Property({ type: 'string', length: 100, nullable: true })
  themeId: string | null = null;

  @Field(() => [String])
  @Property({ type: 'json' })
  themeItemIds: string[] & Opt = [];

  @Field(() => String)
  @Property({ type: 'text' })
  localNeeds: string & Opt = '';

  @Property({ type: 'json' })
  longTermGoals: GoalData[] & Opt = [];

  @Property({ type: 'json' })
  subGoals: GoalData[] & Opt = [];

  @Property({ type: 'json' })
  measures: MeasureData[] & Opt = [];

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  durationYears: number | null = null;

  /** The owner's own contribution (egeninnsats), described. */
  @Property({ type: 'text' })
  ownContribution: string & Opt = '';

  /** The own contribution's value in kroner, when given. */
  @Property({ type: 'integer', nullable: true })
  ownContributionAmount: number | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  samiPerspectives: string & Opt = '';

  @Field(() => String)
  @Property({ type: 'text' })
  collectiveLearning: string & Opt = '';

  @Field(() => String)
  @Property({ type: 'text' })
  teacherEducationFeedback: string & Opt = '';

  @Property({ type: 'json', nullable: true })
  coordinator: CoordinatorData | null = null;

  @Property({ type: 'json', nullable: true })
  continuation: ContinuationData | null = null;

  @Property({ type: 'json', nullable: true })
  participants: ParticipantsData | null = null;

  /** Contact person (personal data: never in national aggregates). */
  @Property({ type: 'string', length: 200, nullable: true })
  contactName: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  contactEmail: string | null = null;

  @OneToMany(() => BudgetLine, (line) => line.needsStatement, {
    orderBy: { year: 'asc', party: 'asc' },
  })
  budgetLines = new Collection<BudgetLine>(this);

  @Field(() => Int, { description: 'Requested for the round’s year, in kroner (all parties).' })
  @Property({ type: 'integer' })
  requestedThisYear: number & Opt = 0;

  @Field(() => KronerScalar, {
    description:
      'Requested over the whole duration, in kroner (a bigint: years cannot overflow it).',
  })
  @Property({ type: new BigIntType('number') })
  requestedTotal: number & Opt = 0;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  submittedAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  withdrawReason: string | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
