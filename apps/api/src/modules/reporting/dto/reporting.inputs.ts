import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PhaseOverrideInput } from '../../../common/phase-override.input.js';
import { CostLine } from '../accounts-line.entity.js';

export enum GoalAchievement {
  ACHIEVED = 'ACHIEVED',
  PARTLY_ACHIEVED = 'PARTLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
  TOO_EARLY = 'TOO_EARLY',
}
registerEnumType(GoalAchievement, {
  name: 'GoalAchievement',
  description: 'How far a goal was reached: nådd, delvis nådd, ikke nådd, for tidlig å si.',
});

@InputType({ description: 'What became of one measure of the needs statement.' })
export class ReportedMeasureInput {
  @Field({ description: 'The id of the measure in the needs statement.' })
  measureId!: string;

  @Field({ description: 'Whether the measure was carried out this year.' })
  carriedOut!: boolean;

  @Field({ description: 'What was done, or why it was not (required).' })
  description!: string;
}

@InputType({ description: 'The assessment of one goal or sub-goal of the needs statement.' })
export class ReportedGoalInput {
  @Field({ description: 'The id of the goal (long-term goal or sub-goal) in the needs statement.' })
  goalId!: string;

  @Field(() => GoalAchievement)
  achievement!: GoalAchievement;

  @Field({ description: 'The assessment of goal achievement (required).' })
  assessment!: string;
}

@InputType({ description: 'One cost line of a party’s accounts, whole kroner.' })
export class AccountsLineInput {
  @Field(() => CostLine)
  costLine!: CostLine;

  @Field(() => Int)
  amount!: number;
}

@InputType({ description: 'One party’s simple accounts for the year, whole kroner.' })
export class PartyAccountsInput {
  @Field(() => Int, { description: 'Grant funds received for the year (must equal the grant).' })
  received!: number;

  @Field(() => Int, { description: 'Spent of them (at most what was received).' })
  spent!: number;

  @Field(() => [AccountsLineInput], {
    description:
      'The spending by cost line, each line at most once; the lines must add up to `spent`. COORDINATOR lines are the coordinator spending.',
  })
  lines!: AccountsLineInput[];
}

@InputType({ description: 'The simple (unaudited) accounts, per party.' })
export class ReportAccountsInput {
  @Field(() => PartyAccountsInput, { nullable: true, description: 'The owner side’s accounts.' })
  owner?: PartyAccountsInput | null;

  @Field(() => PartyAccountsInput, { nullable: true, description: 'The institution’s accounts.' })
  institution?: PartyAccountsInput | null;
}

@InputType({
  description:
    'A partnership’s annual report for one grant year of its decision. Every problem comes back at once (VALIDATION_FAILED with problems whose paths follow this input).',
})
export class SubmitAnnualReportInput {
  @Field(() => ID)
  decisionId!: string;

  @Field(() => Int, { description: 'The grant year reported on.' })
  year!: number;

  @Field(() => [ReportedMeasureInput], {
    description: 'Every measure of the needs statement, once.',
  })
  measures!: ReportedMeasureInput[];

  @Field(() => [ReportedGoalInput], {
    description: 'Every long-term goal and sub-goal of the needs statement, once.',
  })
  goals!: ReportedGoalInput[];

  @Field({ description: 'How the funds were used.' })
  useOfFunds!: string;

  @Field({
    defaultValue: '',
    description: 'How coordinator funds were used (required where they were granted).',
  })
  coordinatorUse!: string;

  @Field(() => ReportAccountsInput)
  accounts!: ReportAccountsInput;

  @Field(() => Int, {
    nullable: true,
    description: 'When resubmitting a returned report: the version you edited (optimistic lock).',
  })
  expectedVersion?: number | null;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@ArgsType()
export class ReportFollowUpArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Decisions of this round (all their grant years, unless `year` is given).',
  })
  roundId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Grant year: every decision with a grant that year, whichever round made it.',
  })
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Evaluate as of this ISO date (YYYY-MM-DD); default today.',
  })
  asOf?: string | null;
}

@ArgsType()
export class ReportRemindersArgs extends ReportFollowUpArgs {
  @Field({ defaultValue: false, description: 'Only reports already past their due date.' })
  overdueOnly!: boolean;
}
