import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../../common/connection.js';
import { NeedsStatement } from '../needs-statement.entity.js';
import { MeasureKind } from './needs-statement.inputs.js';

@ObjectType()
export class Goal {
  @Field()
  id!: string;

  @Field()
  text!: string;
}

@ObjectType()
export class Goals {
  @Field(() => [Goal])
  longTerm!: Goal[];

  @Field(() => [Goal])
  subGoals!: Goal[];
}

@ObjectType()
export class Measure {
  @Field()
  id!: string;

  @Field(() => MeasureKind)
  kind!: MeasureKind;

  @Field()
  description!: string;

  @Field(() => [String])
  goalIds!: string[];
}

@ObjectType({ description: 'One year of the requested grant, whole kroner.' })
export class BudgetYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  owner!: number;

  @Field(() => Int)
  institution!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  coordinator!: number;
}

@ObjectType()
export class OwnContribution {
  @Field()
  description!: string;

  @Field(() => Int, { nullable: true })
  amount!: number | null;
}

@ObjectType()
export class CoordinatorRequest {
  @Field()
  requested!: boolean;

  @Field()
  justification!: string;

  @Field(() => [String])
  conditionIds!: string[];

  @Field()
  otherComplexityFactors!: string;
}

@ObjectType()
export class Continuation {
  @Field()
  continuesEarlierWork!: boolean;
}

@ObjectType()
export class Participants {
  @Field()
  kindergartenStaff!: boolean;

  @Field()
  schoolStaff!: boolean;

  @Field(() => [String])
  otherServices!: string[];
}

@ObjectType({ description: 'Contact person: personal data, for the office and the partnership.' })
export class Contact {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;
}

export const NeedsStatementConnection = ConnectionType(NeedsStatement, 'NeedsStatement');

@ObjectType({
  description:
    'What the needs-statement form checks against in the browser with the domain’s own rules (validateNeedsStatement), so the form and the API never disagree.',
})
export class NeedsStatementFormContext {
  @Field(() => ID)
  roundId!: string;

  @Field(() => Int)
  roundYear!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The last day (ISO date, Norway’s time) a partnership may submit, change or withdraw: the plan calendar’s submission deadline.',
  })
  deadline!: string | null;

  @Field({
    description:
      'Whether the caller may submit now: the round is open for statements and, for a partnership, its deadline has not passed.',
  })
  open!: boolean;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => GraphQLJSONObject, { description: 'The round’s resolved plan (ResolvedPlan).' })
  plan!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    description: 'The partnership as the domain sees it (owners, institution, units).',
  })
  partnership!: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    description: 'Earlier rounds’ grants of the work and the owners (FundingHistory).',
  })
  history!: Record<string, unknown>;
}
