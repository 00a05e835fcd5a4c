import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Sector } from '../../../common/enums.js';
import { LocalizedText } from '../../../common/localized-text.type.js';
import { Municipality } from '../../county/municipality.entity.js';
import { Owner } from '../../partnership/owner.entity.js';
import { AllocationMethod, CutRule } from '../scenario.entity.js';

export enum ConstraintGaugeKind {
  SECTOR_BAND = 'SECTOR_BAND',
  LOCK_CAP = 'LOCK_CAP',
  LATER_YEAR = 'LATER_YEAR',
  COORDINATOR_CAP = 'COORDINATOR_CAP',
  FUNDING_RATE = 'FUNDING_RATE',
  INSTITUTION_SHARE = 'INSTITUTION_SHARE',
  ONE_YEAR_SHARE = 'ONE_YEAR_SHARE',
}
registerEnumType(ConstraintGaugeKind, {
  name: 'ConstraintGaugeKind',
  description:
    'Sector band, lock cap (per duration and year), funds bound in a later year, coordinator cap, public/private funding rate, the institutions’ share, the share granted one year at a time (information).',
});

export enum FundingGroup {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  MIXED = 'MIXED',
}
registerEnumType(FundingGroup, {
  name: 'FundingGroup',
  description: 'Partnerships of public owners, private owners, or both (equal treatment).',
});

export enum MethodSource {
  RANKED = 'RANKED',
  OPTIMAL = 'OPTIMAL',
  RANKED_FALLBACK = 'RANKED_FALLBACK',
}
registerEnumType(MethodSource, {
  name: 'MethodSource',
  description:
    'Which solution was returned: the ranked one, the solver’s, or the ranked one because the solver found nothing better.',
});

export enum GroupKind {
  SECTOR = 'SECTOR',
  MUNICIPALITY = 'MUNICIPALITY',
  SEVERAL_MUNICIPALITIES = 'SEVERAL_MUNICIPALITIES',
  NO_MUNICIPALITY = 'NO_MUNICIPALITY',
  OWNERS = 'OWNERS',
}
registerEnumType(GroupKind, {
  name: 'GroupKind',
  description:
    'How lines are grouped: by sector; by the municipality of the partnership’s owners (one, several, none known); by the partnership’s set of owners. A grant is never split between groups.',
});

@ObjectType({ description: 'A band or limit in whole kroner.' })
export class KronerBand {
  @Field(() => Int)
  lower!: number;

  @Field(() => Int)
  upper!: number;
}

@ObjectType('ConstraintGauge', {
  description:
    'One constraint of the plan as the scenario meets it: the amount reached, the band or limit, whether it is broken, and why in words.',
})
export class ConstraintGaugeType {
  @Field({
    description: 'Stable id, e.g. SECTOR:SCHOOL, LOCK:3:2027, COORDINATOR, FUNDING:PUBLIC.',
  })
  id!: string;

  @Field(() => ConstraintGaugeKind)
  kind!: ConstraintGaugeKind;

  @Field(() => LocalizedText)
  label!: LocalizedText;

  @Field(() => Int, {
    description:
      'Kroner reached: committed + granted (granted for a funding rate, the institutions’ part for their share).',
  })
  amount!: number;

  @Field(() => Float, {
    description: 'The amount in percent: of the frame, or the funding rate, or the share.',
  })
  percent!: number;

  @Field(() => Int, { nullable: true, description: 'Lowest amount allowed, kroner.' })
  lower!: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest amount allowed (band, cap), kroner.' })
  upper!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The plan’s percentage behind the limit (a sector’s target, a cap’s percent).',
  })
  limitPercent!: number | null;

  @Field({ description: 'Breaks a rule of the plan (“Brutt”); never for an assumption.' })
  broken!: boolean;

  @Field({
    description:
      'Something to look at that the plan does not forbid: an assumed limit exceeded (coordinator cap, a later year’s assumed frame), a fall in the institutions’ share.',
  })
  warning!: boolean;

  @Field({ description: 'For information only (the plan’s “about 50 % one year at a time”).' })
  informational!: boolean;

  @Field(() => [LocalizedText], {
    description:
      'The assumptions behind the limit, each “Antakelse: …”: figures the plan does not give.',
  })
  assumptions!: LocalizedText[];

  @Field({ description: 'Broken by an adviser’s adjustment that overrides it with a reason.' })
  overridden!: boolean;

  @Field(() => [String], { description: 'The overriding adjustments’ reasons.' })
  overrideReasons!: string[];

  @Field(() => LocalizedText)
  explanation!: LocalizedText;

  @Field(() => [LocalizedText])
  notes!: LocalizedText[];

  @Field(() => String, { nullable: true, description: 'The plan clause behind it (its id).' })
  clause!: string | null;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'The title of that clause in the round’s plan version, to cite it.',
  })
  clauseTitle!: LocalizedText | null;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => Int, { nullable: true })
  durationYears!: number | null;

  @Field(() => FundingGroup, { nullable: true })
  group!: FundingGroup | null;
}

@ObjectType({ description: 'A sector against its band, with what its statements asked for.' })
export class SectorReport {
  @Field(() => Sector)
  sector!: Sector;

  @Field(() => Float)
  targetPercent!: number;

  @Field(() => Int)
  target!: number;

  @Field(() => KronerBand, { description: 'target ± the tolerance.' })
  band!: KronerBand;

  @Field(() => KronerBand, {
    description:
      'The band after demand shortfalls flowed on and earlier commitments were taken in.',
  })
  effectiveBand!: KronerBand;

  @Field(() => Int, { description: 'Bound this year by earlier rounds.' })
  committed!: number;

  @Field(() => Int, { description: 'Granted to new statements this year.' })
  grantedNew!: number;

  @Field(() => Int, { description: 'committed + grantedNew.' })
  total!: number;

  @Field(() => Float, { description: 'total in percent of the frame.' })
  sharePercent!: number;

  @Field({
    description:
      'Within the effective band: where a sector asks less than its band, the rest flows to the others and their bands move (rule 1); the notes say why.',
  })
  withinBand!: boolean;

  @Field({
    description: 'Within the plan’s nominal band (information; the effective band counts).',
  })
  withinNominalBand!: boolean;

  @Field({ description: 'The effective band differs from the plan’s; the notes say why.' })
  bandMoved!: boolean;

  @Field(() => Int, {
    description: 'Requested this year by the scenario’s statements of the sector.',
  })
  requestedThisYear!: number;

  @Field(() => Int, { description: 'The scenario’s statements of the sector.' })
  statements!: number;

  @Field(() => [LocalizedText])
  notes!: LocalizedText[];

  @Field()
  clause!: string;
}

@ObjectType()
export class LeftoverReason {
  @Field()
  code!: string;

  @Field(() => LocalizedText)
  message!: LocalizedText;
}

@ObjectType({ description: 'Funds left over, and why.' })
export class LeftoverReport {
  @Field(() => Int)
  amount!: number;

  @Field(() => [LeftoverReason])
  reasons!: LeftoverReason[];
}

@ObjectType({ description: 'A university or college with grants in several partnerships.' })
export class InstitutionInSeveralPartnerships {
  @Field()
  orgnr!: string;

  @Field()
  name!: string;

  @Field(() => [ID])
  partnershipIds!: string[];

  @Field(() => Int)
  grantedThisYear!: number;
}

@ObjectType('ScenarioReport', {
  description: 'The engine’s constraint report, typed: gauges, sectors, leftover.',
})
export class ScenarioReportType {
  @Field(() => [ConstraintGaugeType], {
    description:
      'Every constraint: sector bands, lock caps, later years, coordinator cap, funding rates, institutions’ share.',
  })
  gauges!: ConstraintGaugeType[];

  @Field(() => [SectorReport])
  sectors!: SectorReport[];

  @Field(() => LeftoverReport)
  leftover!: LeftoverReport;

  @Field(() => [InstitutionInSeveralPartnerships], {
    description: 'Flagged: their administration costs may be reduced.',
  })
  institutionsInSeveralPartnerships!: InstitutionInSeveralPartnerships[];
}

@ObjectType({ description: 'How the HiGHS solver ran (OPTIMAL method).' })
export class SolverInfo {
  @Field()
  model!: string;

  @Field({ description: 'HiGHS’ model status, e.g. OPTIMAL or TIME_LIMIT.' })
  status!: string;

  @Field(() => Float)
  timeLimitSeconds!: number;

  @Field(() => Float)
  relativeGapSetting!: number;

  @Field(() => Float, { description: 'Relative gap between the returned objective and the bound.' })
  provenGap!: number;

  @Field(() => Float)
  dualBound!: number;

  @Field()
  timeLimitReached!: boolean;
}

@ObjectType({
  description: 'How the scenario’s method ran: what was asked, what came back, how long.',
})
export class MethodInfo {
  @Field(() => AllocationMethod, { description: 'The method asked for.' })
  method!: AllocationMethod;

  @Field(() => CutRule)
  cutRule!: CutRule;

  @Field(() => MethodSource)
  source!: MethodSource;

  @Field(() => Float, { description: 'Σ (1 + score) × granted − penalty × unmet lower bands.' })
  objective!: number;

  @Field(() => Float, { description: 'The ranked solution’s objective, for comparison.' })
  rankedObjective!: number;

  @Field(() => String, { nullable: true, description: 'The solver’s status (OPTIMAL only).' })
  status!: string | null;

  @Field(() => Float, { nullable: true, description: 'The proven relative gap (OPTIMAL only).' })
  gap!: number | null;

  @Field(() => Float, { nullable: true, description: 'The solver’s time limit, seconds.' })
  timeLimitSeconds!: number | null;

  @Field()
  timeLimitReached!: boolean;

  @Field(() => Int, { description: 'Wall-clock milliseconds the run took in the solver thread.' })
  durationMs!: number;

  @Field(() => SolverInfo, { nullable: true })
  solver!: SolverInfo | null;

  @Field(() => LocalizedText)
  explanation!: LocalizedText;
}

/** Identity of a group of lines (a sector, a municipality, a set of owners). */
export interface GroupIdentity {
  key: string;
  kind: GroupKind;
  sector: Sector | null;
  municipality: Municipality | null;
  municipalities: Municipality[];
  owners: Owner[];
}

@ObjectType({ description: 'One group of a scenario’s lines, totalled in whole kroner.' })
export class GroupTotal implements GroupIdentity {
  @Field({
    description: 'The sector, the kommunenummer, SEVERAL, NONE, or the owners’ ids joined by +.',
  })
  key!: string;

  @Field(() => GroupKind)
  kind!: GroupKind;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => Municipality, {
    nullable: true,
    description: 'The one municipality (MUNICIPALITY).',
  })
  municipality!: Municipality | null;

  @Field(() => [Municipality], { description: 'The municipalities of the group’s owners.' })
  municipalities!: Municipality[];

  @Field(() => [Owner], { description: 'The partnership’s owners (OWNERS).' })
  owners!: Owner[];

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  requestedThisYear!: number;

  @Field(() => Int, { description: 'Granted this year, advisers’ adjustments included.' })
  grantedThisYear!: number;
}

@ObjectType({ description: 'A scenario’s lines totalled per sector, municipality and owners.' })
export class ScenarioTotals {
  @Field(() => [GroupTotal])
  bySector!: GroupTotal[];

  @Field(() => [GroupTotal], { description: 'Largest grant first.' })
  byMunicipality!: GroupTotal[];

  @Field(() => [GroupTotal], { description: 'Largest grant first.' })
  byOwner!: GroupTotal[];
}

@ObjectType({
  description: 'One group compared across scenarios (one entry per scenario, in order).',
})
export class ComparisonGroup implements GroupIdentity {
  @Field()
  key!: string;

  @Field(() => GroupKind)
  kind!: GroupKind;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null;

  @Field(() => Municipality, { nullable: true })
  municipality!: Municipality | null;

  @Field(() => [Municipality])
  municipalities!: Municipality[];

  @Field(() => [Owner])
  owners!: Owner[];

  @Field(() => [Int])
  statements!: number[];

  @Field(() => [Int])
  requestedThisYear!: number[];

  @Field(() => [Int], { description: 'Granted this year per scenario.' })
  granted!: number[];

  @Field(() => Int, { description: 'Largest minus smallest grant.' })
  spread!: number;

  @Field()
  differs!: boolean;
}
