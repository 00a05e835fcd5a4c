import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../common/enums.js';
import { PageArgs } from '../../../common/connection.js';
import { PhaseOverrideInput } from '../../../common/phase-override.input.js';
import { RoundStatus } from '../round-status.js';

@InputType()
export class CreateRoundInput {
  @Field(() => Int, { description: 'The grant year.' })
  year!: number;

  @Field(() => Int, { description: 'The year’s funds (ramme), whole kroner.' })
  frame!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The stored plan version; default: the one in force on 1 January of the year.',
  })
  planVersionId?: string | null;
}

@InputType()
export class RoundTransitionInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => Int, { nullable: true, description: 'The round’s version you saw (optional).' })
  expectedVersion?: number | null;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType()
export class SetRoundFrameInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => Int, { description: 'The year’s funds (ramme), whole kroner.' })
  frame!: number;

  @Field(() => Int, { nullable: true, description: 'The round’s version you saw (optional).' })
  expectedVersion?: number | null;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType({
  description:
    'The office extends (or resets) a round’s deadline for needs statements: an override of the plan calendar’s date for this round only.',
})
export class ExtendSubmissionDeadlineInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The new last day (ISO date, YYYY-MM-DD, Norway’s time), after the plan calendar’s deadline; null: back to the calendar’s date.',
  })
  deadline?: string | null;

  @Field({ description: 'Why the deadline is extended (kept in the audit log).' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The round’s version you saw (optional).' })
  expectedVersion?: number | null;
}

@InputType()
export class RoundFilter {
  @Field(() => [RoundStatus], { nullable: true })
  status?: RoundStatus[] | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;
}

export enum RoundSortField {
  YEAR = 'YEAR',
  STATUS = 'STATUS',
}
registerEnumType(RoundSortField, { name: 'RoundSortField' });

@InputType()
export class RoundOrder {
  @Field(() => RoundSortField)
  field!: RoundSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction!: SortDirection;
}

@ArgsType()
export class RoundsArgs extends PageArgs {
  @Field(() => RoundFilter, { nullable: true })
  filter?: RoundFilter | null;

  @Field(() => RoundOrder, { nullable: true })
  orderBy?: RoundOrder | null;
}
