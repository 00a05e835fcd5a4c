import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../../common/connection.js';
import { Sector } from '../../../common/enums.js';
import { LocalizedText } from '../../../common/localized-text.type.js';
import { Commitment } from '../commitment.entity.js';
import { Round } from '../round.entity.js';

@ObjectType({ description: 'A milestone of the round’s calendar (årshjul), from the plan.' })
export class Milestone {
  @Field()
  id!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;

  @Field({ description: 'ISO date.' })
  start!: string;

  @Field({ description: 'ISO date (inclusive).' })
  end!: string;
}

@ObjectType()
export class SectorDemand {
  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int, { description: 'Requested for the round’s year, kroner.' })
  requestedThisYear!: number;
}

@ObjectType({ description: 'Round totals for the overview (submitted statements only).' })
export class RoundSummary {
  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  withdrawn!: number;

  @Field(() => Int)
  requestedThisYear!: number;

  @Field(() => Int, { description: 'Bound this year by earlier rounds’ multi-year grants.' })
  committedThisYear!: number;

  @Field(() => [SectorDemand])
  bySector!: SectorDemand[];
}

export const RoundConnection = ConnectionType(Round, 'Round');
export const CommitmentConnection = ConnectionType(Commitment, 'Commitment');
