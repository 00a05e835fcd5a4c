import { Field, Int, ObjectType } from 'type-graphql';
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
