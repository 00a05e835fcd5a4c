import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../../common/connection.js';
import { Sector } from '../../../common/enums.js';

@InputType()
export class IndicatorFigureFields {
  @Field({ description: 'The plan’s indicator id (a statistic or distance), e.g. "ito-pupils".' })
  indicatorId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Kommunenummer; give either this or ownerId.',
  })
  municipalityNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'An owner the figure describes by itself.' })
  ownerId?: string | null;

  @Field(() => Sector, {
    nullable: true,
    description: 'The sector the figure describes; left out for the place as a whole.',
  })
  sector?: Sector | null;

  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: 'The raw figure (≥ 0).' })
  value!: number;

  @Field({ description: 'Where the figure comes from, e.g. "GSI 2026".' })
  source!: string;
}

@InputType()
export class CreateIndicatorFigureInput extends IndicatorFigureFields {}

@InputType()
export class UpdateIndicatorFigureInput extends IndicatorFigureFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@ArgsType()
export class IndicatorFiguresArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  indicatorId?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Kommunenummer.' })
  municipalityNumber?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}
