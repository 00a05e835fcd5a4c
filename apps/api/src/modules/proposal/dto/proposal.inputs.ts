import { Field, ID, InputType, Int } from 'type-graphql';
import { PhaseOverrideInput } from '../../../common/phase-override.input.js';
import { ForumOutcome } from '../proposal.entity.js';

@InputType()
export class PutScenarioToForumInput {
  @Field(() => ID)
  scenarioId!: string;

  @Field(() => String, { nullable: true, description: 'The office’s note to the forum.' })
  note?: string | null;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType()
export class RecordForumOutcomeInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => ForumOutcome)
  outcome!: ForumOutcome;

  @Field(() => Int, { nullable: true })
  votesFor?: number | null;

  @Field(() => Int, { nullable: true })
  votesAgainst?: number | null;

  @Field(() => Int, { nullable: true })
  abstentions?: number | null;

  @Field(() => String, { nullable: true, description: 'The forum’s minutes (protokoll).' })
  minutes?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}
