import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../../common/connection.js';
import { Sector, SortDirection } from '../../../common/enums.js';
import { PhaseOverrideInput } from '../../../common/phase-override.input.js';
import { NeedsStatementStatus } from '../needs-statement.entity.js';
import { SamiLevel } from '../sami-assessment.entity.js';

export enum MeasureKind {
  ANALYSE = 'ANALYSE',
  PLAN = 'PLAN',
  CARRY_OUT = 'CARRY_OUT',
}
registerEnumType(MeasureKind, {
  name: 'MeasureKind',
  description: 'Analyse/assess, plan, or carry out.',
});

@InputType()
export class GoalInput {
  @Field({ description: 'Your id of the goal (measures refer to it).' })
  id!: string;

  @Field()
  text!: string;
}

@InputType()
export class GoalsInput {
  @Field(() => [GoalInput], { defaultValue: [] })
  longTerm!: GoalInput[];

  @Field(() => [GoalInput], { defaultValue: [] })
  subGoals!: GoalInput[];
}

@InputType()
export class MeasureInput {
  @Field()
  id!: string;

  @Field(() => MeasureKind)
  kind!: MeasureKind;

  @Field()
  description!: string;

  @Field(() => [String], { defaultValue: [] })
  goalIds!: string[];
}

@InputType({ description: 'One year of the requested grant, whole kroner.' })
export class BudgetYearInput {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'The owners’ part.' })
  owner!: number;

  @Field(() => Int, { description: 'The institution’s part.' })
  institution!: number;

  @Field(() => Int, { nullable: true, description: 'Owner + institution; checked when given.' })
  total?: number | null;

  @Field(() => Int, { nullable: true, description: 'The part of the total for a coordinator.' })
  coordinator?: number | null;
}

@InputType()
export class OwnContributionInput {
  @Field()
  description!: string;

  @Field(() => Int, { nullable: true })
  amount?: number | null;
}

@InputType()
export class CoordinatorRequestInput {
  @Field()
  requested!: boolean;

  @Field({ defaultValue: '' })
  justification!: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Ids of the plan’s coordinator conditions the partnership meets.',
  })
  conditionIds!: string[];

  @Field({ defaultValue: '' })
  otherComplexityFactors!: string;
}

@InputType()
export class ContinuationInput {
  @Field()
  continuesEarlierWork!: boolean;
}

@InputType()
export class ParticipantsInput {
  @Field()
  kindergartenStaff!: boolean;

  @Field()
  schoolStaff!: boolean;

  @Field(() => [String], { defaultValue: [] })
  otherServices!: string[];
}

/**
 * Every part of a needs statement (plan rule 11). Field names follow the domain's needs statement,
 * so a validation problem's `path` names the input field it is about.
 */
@InputType('NeedsStatementFieldsInput')
export class NeedsStatementFields {
  @Field()
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Stable id of the development work; give the earlier id to continue a work.',
  })
  workId?: string | null;

  @Field(() => Sector, { nullable: true })
  sector?: Sector | null;

  @Field(() => String, { nullable: true })
  themeId?: string | null;

  @Field(() => [String], { nullable: true })
  themeItemIds?: string[] | null;

  @Field(() => String, { nullable: true })
  localNeeds?: string | null;

  @Field(() => GoalsInput, { nullable: true })
  goals?: GoalsInput | null;

  @Field(() => [MeasureInput], { nullable: true })
  measures?: MeasureInput[] | null;

  @Field(() => Int, { nullable: true })
  durationYears?: number | null;

  @Field(() => [BudgetYearInput], { nullable: true })
  budget?: BudgetYearInput[] | null;

  @Field(() => OwnContributionInput, { nullable: true })
  ownContribution?: OwnContributionInput | null;

  @Field(() => String, { nullable: true })
  samiPerspectives?: string | null;

  @Field(() => String, { nullable: true })
  collectiveLearning?: string | null;

  @Field(() => String, { nullable: true })
  teacherEducationFeedback?: string | null;

  @Field(() => CoordinatorRequestInput, { nullable: true })
  coordinator?: CoordinatorRequestInput | null;

  @Field(() => ContinuationInput, { nullable: true })
  continuation?: ContinuationInput | null;

  @Field(() => ParticipantsInput, { nullable: true })
  participants?: ParticipantsInput | null;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;
}

@InputType()
export class SubmitNeedsStatementInput extends NeedsStatementFields {
  @Field(() => ID)
  roundId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The partnership; a PARTNERSHIP caller may leave it out (its own).',
  })
  partnershipId?: string | null;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType()
export class UpdateNeedsStatementInput extends NeedsStatementFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you edited (optimistic locking).' })
  expectedVersion!: number;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType({
  description:
    'Saves a needs statement as a draft (DRAFT): the partnership’s own, unseen by the office and outside the allocation until it is submitted. A new draft needs `roundId`; an existing one `id` and `expectedVersion`. The content is checked lightly (every rule applies on submission).',
})
export class SaveNeedsStatementDraftInput extends NeedsStatementFields {
  @Field(() => ID, { nullable: true, description: 'The draft to save again; none for a new one.' })
  id?: string | null;

  @Field(() => ID, { nullable: true, description: 'The round of a new draft.' })
  roundId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The draft’s version you edited.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Discards a draft the partnership no longer wants (it is deleted).' })
export class DiscardNeedsStatementDraftInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class WithdrawNeedsStatementInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType({
  description:
    'The office’s assessment of how a needs statement addresses Sámi perspectives, with its reason.',
})
export class AssessSamiPerspectiveInput {
  @Field(() => ID)
  needsStatementId!: string;

  @Field(() => SamiLevel)
  level!: SamiLevel;

  @Field({
    description:
      'Why (at least 5 characters; quoted in the statement’s reasons when the assessment moves it).',
  })
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The assessment’s version you changed (optimistic locking); none for a first one.',
  })
  expectedVersion?: number | null;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType()
export class NeedsStatementFilter {
  @Field(() => [NeedsStatementStatus], { nullable: true })
  status?: NeedsStatementStatus[] | null;

  @Field(() => [Sector], { nullable: true })
  sector?: Sector[] | null;

  @Field(() => String, { nullable: true })
  themeId?: string | null;

  @Field(() => ID, { nullable: true })
  partnershipId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words in the title, the partnership’s or institution’s name, an owner’s name, or an owner’s municipality (name or number).',
  })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only statements the plan’s rules find problems in (see NeedsStatement.problems); false: only those without.',
  })
  hasProblems?: boolean | null;
}

export enum NeedsStatementSortField {
  SUBMITTED_AT = 'SUBMITTED_AT',
  REQUESTED_THIS_YEAR = 'REQUESTED_THIS_YEAR',
  TITLE = 'TITLE',
  SECTOR = 'SECTOR',
}
registerEnumType(NeedsStatementSortField, { name: 'NeedsStatementSortField' });

@InputType()
export class NeedsStatementOrder {
  @Field(() => NeedsStatementSortField)
  field!: NeedsStatementSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@ArgsType()
export class NeedsStatementsPageArgs extends PageArgs {
  @Field(() => NeedsStatementFilter, { nullable: true })
  filter?: NeedsStatementFilter | null;

  @Field(() => NeedsStatementOrder, { nullable: true })
  orderBy?: NeedsStatementOrder | null;
}

@ArgsType()
export class NeedsStatementsArgs extends NeedsStatementsPageArgs {
  @Field(() => ID)
  roundId!: string;
}
