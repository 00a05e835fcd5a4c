import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InstitutionKind, Sector } from '../../common/enums.js';
import { KronerScalar } from './kroner.scalar.js';
import { NationalDimension } from './national-dimension.js';

// The national types are plain data with no field middleware or roles of their own (the query is
// authorised as a whole): `simpleResolvers` lets graphql-js read their fields directly instead of
// type-graphql wrapping each of an answer's thousands of fields in a middleware chain.

export { NationalDimension };
registerEnumType(NationalDimension, {
  name: 'NationalDimension',
  description: 'What the national statistics can be grouped by, in any combination.',
  valuesConfig: {
    COUNTY: { description: 'The county (the Statsforvalteren office, one tenant).' },
    YEAR: {
      description:
        'The budget year: a round’s year for its statements and new grants, the year an amount falls in for commitments, the grant year reported on for reports.',
    },
    SECTOR: { description: 'Kindergarten, school or the team around the child.' },
    THEME: { description: 'The county plan’s theme (themes are per plan).' },
    OWNERSHIP: { description: 'The partnership’s owners: all public, all private, or mixed.' },
    INSTITUTION: { description: 'The institution (by organisation number, across counties).' },
    DURATION: { description: 'The needs statement’s duration in years.' },
  },
});

export enum OwnershipGroup {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  /** Public and private owners in one partnership. */
  MIXED = 'MIXED',
}
registerEnumType(OwnershipGroup, {
  name: 'OwnershipGroup',
  description: 'A partnership’s owners: all municipal (PUBLIC), all private, or both (MIXED).',
});

@ObjectType('NationalCounty', {
  simpleResolvers: true,
  description: 'A county: its code and the office’s name.',
})
export class NationalCounty {
  @Field()
  code!: string;

  @Field()
  name!: string;
}

@ObjectType('NationalTheme', {
  simpleResolvers: true,
  description: 'A theme of a county plan, by its id.',
})
export class NationalTheme {
  @Field()
  id!: string;

  @Field(() => String, { nullable: true, description: 'The plan’s title in Norwegian bokmål.' })
  titleNb!: string | null;

  @Field(() => String, { nullable: true, description: 'The plan’s title in English.' })
  titleEn!: string | null;
}

@ObjectType('NationalInstitution', {
  simpleResolvers: true,
  description: 'An institution (an organisation, never a person), by organisation number.',
})
export class NationalInstitution {
  @Field({ description: 'Organisasjonsnummer (9 digits).' })
  orgnr!: string;

  @Field({ description: 'The organisation’s name.' })
  name!: string;

  @Field(() => InstitutionKind)
  kind!: InstitutionKind;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Aggregates of one group (or of everything): whole kroner and counts, no personal data and no free text. Shares are derived from the counts.',
})
export class NationalFigures {
  @Field(() => KronerScalar, {
    nullable: true,
    description:
      'The rounds’ frames (ramme), earlier commitments included. Only when grouped by nothing but COUNTY and/or YEAR (a frame is not split by sector, theme or partnership); null otherwise. The totals always carry it.',
  })
  frame!: number | null;

  @Field(() => Int, { description: 'Submitted needs statements in the year’s rounds.' })
  statements!: number;

  @Field(() => KronerScalar, { description: 'What those statements ask for their round’s year.' })
  requested!: number;

  @Field(() => Int, {
    description:
      'Submitted statements that address Sámi perspectives (the part is filled in, not blank).',
  })
  samiStatements!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'samiStatements / statements; null without statements.',
  })
  samiShare!: number | null;

  @Field(() => Int, { description: 'Decisions made in the year’s rounds (grants and refusals).' })
  decisions!: number;

  @Field(() => Int, { description: 'Decisions granting more than 0 kroner.' })
  grants!: number;

  @Field(() => KronerScalar, {
    description: 'Granted by the year’s decisions for the year itself (new grants).',
  })
  granted!: number;

  @Field(() => KronerScalar, {
    description:
      'Bound by the year’s decisions for later years (multi-year grants), subject to appropriation.',
  })
  grantedLaterYears!: number;

  @Field(() => KronerScalar, {
    description:
      'Commitments (låste midler): amounts of earlier rounds’ multi-year grants falling in the year.',
  })
  committed!: number;

  @Field(() => KronerScalar, {
    description: 'Coordinator funds among the grants falling in the year (new and committed).',
  })
  coordinatorGranted!: number;

  @Field(() => Int, {
    description:
      'Owners in the year’s grants (an owner counts once per granted statement it takes part in).',
  })
  fundedOwners!: number;

  @Field(() => Int, {
    description:
      'Of those, newcomers: owners that never took part before the round’s year, or not in as many years as the county plan counts as a long while.',
  })
  newcomerOwners!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'newcomerOwners / fundedOwners; null without grants.',
  })
  newcomerShare!: number | null;

  @Field(() => KronerScalar, {
    description: 'New grants to partnerships with at least one newcomer owner.',
  })
  grantedToNewcomers!: number;

  @Field(() => Int, {
    description:
      'Annual reports expected: grant years (a decision’s amount falling in a year) that have begun (in Norway’s time), as the offices’ report follow-up counts them.',
  })
  reportsExpected!: number;

  @Field(() => Int, {
    description: 'Reports in: submitted or accepted (returned ones are being redone).',
  })
  reportsSubmitted!: number;

  @Field(() => Int, { description: 'Reports the office has accepted.' })
  reportsAccepted!: number;

  @Field(() => Int, { description: 'Reports sent back to the partnership, not yet resubmitted.' })
  reportsReturned!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'reportsSubmitted / reportsExpected; null when none are expected.',
  })
  reportCompleteness!: number | null;

  @Field(() => KronerScalar, { description: 'Received by the owners, as reported.' })
  reportedReceivedOwner!: number;

  @Field(() => KronerScalar, { description: 'Received by the institutions, as reported.' })
  reportedReceivedInstitution!: number;

  @Field(() => KronerScalar, { description: 'Spent by the owners, as reported (accounts).' })
  reportedSpentOwner!: number;

  @Field(() => KronerScalar, { description: 'Spent by the institutions, as reported (accounts).' })
  reportedSpentInstitution!: number;

  @Field(() => KronerScalar, {
    description: 'Spent on coordinators, as reported (part of the parties’ spending).',
  })
  reportedCoordinatorSpent!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'One group: the values of the dimensions grouped by (the others are null), and its figures.',
})
export class NationalGroup {
  @Field(() => NationalCounty, { nullable: true })
  county!: NationalCounty | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => NationalTheme, { nullable: true })
  theme!: NationalTheme | null;

  @Field(() => OwnershipGroup, { nullable: true })
  ownership!: OwnershipGroup | null;

  @Field(() => NationalInstitution, { nullable: true })
  institution!: NationalInstitution | null;

  @Field(() => Int, { nullable: true })
  durationYears!: number | null;

  @Field(() => NationalFigures)
  figures!: NationalFigures;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Udir’s national statistics: groups in the order of their dimensions, and totals that are the same whichever way the figures are grouped.',
})
export class NationalStatistics {
  @Field(() => [NationalDimension], { description: 'The dimensions grouped by, in order.' })
  groupBy!: NationalDimension[];

  @Field(() => [Int], { description: 'The years asked for; empty: every year.' })
  years!: number[];

  @Field(() => [String], { description: 'The county codes asked for; empty: every county.' })
  counties!: string[];

  @Field(() => [NationalGroup])
  groups!: NationalGroup[];

  @Field(() => NationalFigures)
  totals!: NationalFigures;
}
