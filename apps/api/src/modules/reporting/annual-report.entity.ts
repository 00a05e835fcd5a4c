import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import type { GoalAchievement } from '@kompetansemidler/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenant-entity.js';
import { Decision } from '../decision/decision.entity.js';
import { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Round } from '../round/round.entity.js';
import { AccountsLine } from './accounts-line.entity.js';

export enum AnnualReportStatus {
  SUBMITTED = 'SUBMITTED',
  /** Final: the office has accepted the report. */
  ACCEPTED = 'ACCEPTED',
  /** Sent back with a comment: the partnership may resubmit it. */
  RETURNED = 'RETURNED',
}
registerEnumType(AnnualReportStatus, {
  name: 'AnnualReportStatus',
  description:
    'SUBMITTED (awaits review), ACCEPTED (final), RETURNED (sent back with a comment; may be resubmitted).',
});

export interface ReportedMeasureData {
  measureId: string;
  carriedOut: boolean;
  description: string;
}

export interface ReportedGoalData {
  goalId: string;
  achievement: GoalAchievement;
  assessment: string;
}

/**
 * A partnership's yearly report (rapportering) on one grant year of a decision, with its simple
 * accounts as rows of `accounts_line`. The money columns are the sums of those lines, kept by the
 * service in the same transaction, so statistics can read them without the lines.
 */
@ObjectType({
  description:
    'A partnership’s annual report (rapportering) and simple accounts for one grant year.',
})
@Entity({ tableName: 'annual_report' })
@Unique({ properties: ['decision', 'year'] })
@Index({ properties: ['county', 'year'] })
export class AnnualReport extends TenantEntity {
  @ManyToOne(() => Decision, { ref: true })
  decision!: Ref<Decision>;

  @ManyToOne(() => NeedsStatement, { ref: true })
  needsStatement!: Ref<NeedsStatement>;

  /** Denormalised from the decision, so a partnership's own reports can be filtered. */
  @ManyToOne(() => Partnership, { ref: true })
  partnership!: Ref<Partnership>;

  /** The decision's round. */
  @ManyToOne(() => Round, { ref: true, index: true })
  round!: Ref<Round>;

  @Field(() => Int, { description: 'The grant year reported on.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => AnnualReportStatus)
  @Enum({ items: () => AnnualReportStatus })
  status: AnnualReportStatus & Opt = AnnualReportStatus.SUBMITTED;

  @Property({ type: 'json' })
  measures: ReportedMeasureData[] & Opt = [];

  @Property({ type: 'json' })
  goals: ReportedGoalData[] & Opt = [];

  @Field(() => String, { description: 'How the funds were used (free text).' })
  @Property({ type: 'text' })
  useOfFunds: string & Opt = '';

  @Field(() => String, {
    description: 'How coordinator funds were used (free text; required where they were granted).',
  })
  @Property({ type: 'text' })
  coordinatorUse: string & Opt = '';

  @Field(() => Int, { description: 'Grant funds the owner side received for the year (kroner).' })
  @Property({ type: 'integer' })
  receivedOwner!: number;

  @Field(() => Int, { description: 'Grant funds the institution received for the year (kroner).' })
  @Property({ type: 'integer' })
  receivedInstitution!: number;

  @Field(() => Int, { description: 'Spent by the owner side: the sum of its accounts lines.' })
  @Property({ type: 'integer' })
  spentOwner!: number;

  @Field(() => Int, { description: 'Spent by the institution: the sum of its accounts lines.' })
  @Property({ type: 'integer' })
  spentInstitution!: number;

  @Field(() => Int, {
    description: 'Spent on a coordinator (both parties): the sum of the COORDINATOR lines.',
  })
  @Property({ type: 'integer' })
  coordinatorSpent!: number;

  @OneToMany(() => AccountsLine, (line) => line.annualReport, {
    orderBy: { party: 'asc', costLine: 'asc' },
  })
  accountsLines = new Collection<AccountsLine>(this);

  @Field(() => Date, { description: 'When the report was last submitted (or resubmitted).' })
  @Property({ type: 'datetime' })
  submittedAt!: Date;

  @Field(() => String, { description: 'Who submitted it (the signed-in user’s name).' })
  @Property({ type: 'string', length: 200 })
  submittedBy!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The office’s comment when it returned the report.',
  })
  @Property({ type: 'text', nullable: true })
  reviewComment: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who accepted or returned the report.' })
  @Property({ type: 'string', length: 200, nullable: true })
  reviewedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back to accept or return.' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
