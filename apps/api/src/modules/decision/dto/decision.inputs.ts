import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../../common/connection.js';
import { Sector } from '../../../common/enums.js';
import { PhaseOverrideInput } from '../../../common/phase-override.input.js';
import { DecisionStatus } from '../decision.entity.js';

@InputType()
export class DecideRoundInput {
  @Field(() => ID, { description: 'The proposal whose forum outcome is recorded.' })
  proposalId!: string;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType()
export class UpdateDecisionInput {
  @Field(() => ID)
  decisionId!: string;

  @Field(() => Int, { description: 'The version you edited (optimistic locking).' })
  expectedVersion!: number;

  @Field({ description: 'The reasons (begrunnelse), as the office words them.' })
  justification!: string;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType()
export class RecordSplitAnswerInput {
  @Field(() => ID)
  decisionId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'The owners’ part, whole kroner.' })
  owner!: number;

  @Field(() => Int, { description: 'The institution’s part, whole kroner.' })
  institution!: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType()
export class DecisionFilter {
  @Field(() => [DecisionStatus], { nullable: true })
  status?: DecisionStatus[] | null;

  @Field(() => [Sector], { nullable: true, description: 'The statements’ sectors.' })
  sector?: Sector[] | null;
}

@ArgsType()
export class DecisionTotalsArgs {
  @Field(() => DecisionFilter, { nullable: true })
  filter?: DecisionFilter | null;
}

@ArgsType()
export class DecisionsArgs extends PageArgs {
  @Field(() => DecisionFilter, { nullable: true })
  filter?: DecisionFilter | null;
}
