import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../../common/connection.js';
import { Sector } from '../../../common/enums.js';
import { LocalizedText } from '../../../common/localized-text.type.js';
import { NeedsStatementStatus } from '../../needs-statement/needs-statement.entity.js';
import type { RoundKey } from '../../needs-statement/statement-problems.js';
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

  @Field({
    description:
      'Whether the round’s phase has completed this step whatever the dates say (the plan names the phase, e.g. the submission deadline once the round is closed). False: the dates decide.',
  })
  doneByPhase!: boolean;
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

@ObjectType({ description: 'Statements and their request for the round’s year, per status.' })
export class StatusDemand {
  @Field(() => NeedsStatementStatus)
  status!: NeedsStatementStatus;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int, { description: 'Requested for the round’s year, kroner.' })
  requestedThisYear!: number;
}

@ObjectType({
  description:
    'Statements per theme of the plan: submitted and withdrawn counts, and what the submitted ones request.',
})
export class ThemeDemand {
  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => String, { nullable: true, description: 'The plan theme’s id (null: none given).' })
  themeId!: string | null;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'The theme’s title in the round’s plan (null when the plan does not know it).',
  })
  title!: LocalizedText | null;

  @Field(() => Int, { nullable: true, description: 'The theme’s rank in its sector (1 = first).' })
  rank!: number | null;

  @Field(() => Int, { description: 'Submitted statements.' })
  statements!: number;

  @Field(() => Int, { description: 'Withdrawn statements.' })
  withdrawn!: number;

  @Field(() => Int, { description: 'Requested this year by the submitted ones, kroner.' })
  requestedThisYear!: number;
}

@ObjectType({ description: 'Round totals for the overview (submitted statements unless said).' })
export class RoundSummary {
  /** What the round's validation results are kept under (for the problems count). */
  problemsKey!: RoundKey;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  withdrawn!: number;

  @Field(() => Int)
  requestedThisYear!: number;

  @Field(() => Int, { description: 'Bound this year by earlier rounds’ multi-year grants.' })
  committedThisYear!: number;

  @Field(() => Int, {
    description:
      'The frame less what earlier rounds’ grants bind this year: free for new statements (negative when the commitments exceed the frame).',
  })
  freeThisYear!: number;

  @Field(() => [SectorDemand], { description: 'Submitted statements per sector.' })
  bySector!: SectorDemand[];

  @Field(() => [ThemeDemand], {
    description: 'Per sector and theme, by sector and then the theme’s rank in the plan.',
  })
  byTheme!: ThemeDemand[];

  @Field(() => [StatusDemand], { description: 'Every status, withdrawn statements included.' })
  byStatus!: StatusDemand[];
}

export const RoundConnection = ConnectionType(Round, 'Round');
export const CommitmentConnection = ConnectionType(Commitment, 'Commitment');
