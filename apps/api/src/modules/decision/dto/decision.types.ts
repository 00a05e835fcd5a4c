import { Field, Int, ObjectType } from 'type-graphql';
import { DecisionStatus } from '../decision.entity.js';

@ObjectType({ description: 'What the decisions of one status grant, in whole kroner.' })
export class DecisionStatusTotal {
  @Field(() => DecisionStatus)
  status!: DecisionStatus;

  @Field(() => Int)
  decisions!: number;

  @Field(() => Int)
  requestedThisYear!: number;

  @Field(() => Int)
  grantedThisYear!: number;

  @Field(() => Int, { description: 'Over all years of the grants’ durations.' })
  grantedTotal!: number;
}

@ObjectType({ description: 'The sums of a round’s decisions (those the filter selects).' })
export class DecisionTotals {
  @Field(() => Int)
  decisions!: number;

  @Field(() => Int)
  requestedThisYear!: number;

  @Field(() => Int)
  grantedThisYear!: number;

  @Field(() => Int, { description: 'Over all years of the grants’ durations.' })
  grantedTotal!: number;

  @Field(() => Int, { description: 'Bound for later years: grantedTotal less grantedThisYear.' })
  grantedLaterYears!: number;

  @Field(() => [DecisionStatusTotal], {
    description: 'Per status, in the order GRANTED, REDUCED, REJECTED.',
  })
  byStatus!: DecisionStatusTotal[];
}
