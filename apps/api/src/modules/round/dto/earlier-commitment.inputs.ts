import { Field, ID, InputType, Int } from 'type-graphql';
import { Sector } from '../../../common/enums.js';

@InputType({
  description:
    'One year of a grant made before the county’s rounds here (a county that starts mid-period).',
})
export class EarlierCommitmentFields {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Stable id of the development work (a continuation names it); one is made from the partnership, year and sector when left out.',
  })
  workId?: string | null;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Int, { description: 'The whole grant’s duration in years.' })
  durationYears!: number;

  @Field(() => Int, { description: 'The year the grant was decided.' })
  grantedYear!: number;

  @Field(() => Int, { description: 'The year this amount falls in.' })
  year!: number;

  @Field(() => Int, { description: 'The owners’ part, whole kroner.' })
  owner!: number;

  @Field(() => Int, { description: 'The institution’s part, whole kroner.' })
  institution!: number;

  @Field(() => Int, { nullable: true, description: 'Owner + institution; checked when given.' })
  amount?: number | null;

  @Field(() => Int, { nullable: true, description: 'The part for a coordinator (default 0).' })
  coordinator?: number | null;
}

@InputType()
export class CreateEarlierCommitmentInput extends EarlierCommitmentFields {}

@InputType()
export class UpdateEarlierCommitmentInput extends EarlierCommitmentFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}
