import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../../common/localized-text.type.js';
import { ValidationProblemType } from '../../../common/problem.type.js';

export enum BreachKind {
  SECTOR_UPPER = 'SECTOR_UPPER',
  SECTOR_LOWER = 'SECTOR_LOWER',
  LOCK_CAP = 'LOCK_CAP',
  COORDINATOR_CAP = 'COORDINATOR_CAP',
}
registerEnumType(BreachKind, {
  name: 'BreachKind',
  description: 'Above a sector’s band, below it, over a lock cap, over the coordinator cap.',
});

@ObjectType({ description: 'An adjustment that overrides a breach, and why.' })
export class BreachOverride {
  @Field(() => ID)
  needsStatementId!: string;

  @Field()
  reason!: string;
}

@ObjectType('ConstraintBreach', {
  description:
    'A sector band or lock cap the advisers’ adjustments break further than the engine’s result did.',
})
export class ConstraintBreachType {
  @Field({ description: 'As the gauges name it: SECTOR:SCHOOL, LOCK:2:2027, COORDINATOR.' })
  constraintId!: string;

  @Field(() => BreachKind)
  kind!: BreachKind;

  @Field(() => LocalizedText, { description: 'E.g. “øvre grense for skole”.' })
  label!: LocalizedText;

  @Field(() => LocalizedText, { description: 'The figures in one sentence.' })
  description!: LocalizedText;

  @Field({ description: 'The plan clause behind the limit (its id).' })
  clause!: string;

  @Field(() => Int, { description: 'The bound (kroner, committed funds included).' })
  limit!: number;

  @Field(() => Int, { description: 'Committed + granted against it.' })
  total!: number;

  @Field(() => Int, { description: 'Kroner past the bound.' })
  excess!: number;

  @Field(() => Int, { description: 'Kroner past the bound in the engine’s result.' })
  engineExcess!: number;

  @Field(() => [ID], { description: 'The adjusted statements that push it past.' })
  needsStatementIds!: string[];

  @Field(() => [BreachOverride])
  overrides!: BreachOverride[];

  @Field({ description: 'Whether an adjustment overrides it with a reason.' })
  overridden!: boolean;
}

@ObjectType('FrameExcess', { description: 'A year past its frame: never allowed to stand.' })
export class FrameExcessType {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'The frame (later years: assumed equal to this year’s).' })
  frame!: number;

  @Field({ description: 'A later year, whose frame is assumed.' })
  assumed!: boolean;

  @Field(() => Int)
  committed!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  excess!: number;
}

@ObjectType({
  description:
    'What a change to one line would do, as the domain computes it: totals, what it breaks, whether it may be saved.',
})
export class ScenarioAdjustmentPreview {
  @Field(() => Int)
  requestedThisYear!: number;

  @Field(() => Int)
  engineGrantedThisYear!: number;

  @Field(() => Int)
  grantedThisYear!: number;

  @Field(() => Int, { description: 'Granted to new statements this year after the change.' })
  grantedNew!: number;

  @Field(() => Int, { description: 'Free funds after the change.' })
  leftover!: number;

  @Field(() => Int, {
    description: 'The most the statement can get this year without taking a year past its frame.',
  })
  maxWithinFrame!: number;

  @Field(() => [FrameExcessType], { description: 'Years past their frame after the change.' })
  pastFrame!: FrameExcessType[];

  @Field(() => [ConstraintBreachType], { description: 'Every breach after the change.' })
  breaches!: ConstraintBreachType[];

  @Field(() => [String], {
    description: 'Constraint ids the change must override (with a reason) to be saved.',
  })
  requiredOverrides!: string[];

  @Field(() => [ValidationProblemType], {
    description:
      'Why the change could not be saved as it is (its reason aside); empty when it could.',
  })
  problems!: ValidationProblemType[];

  @Field(() => LocalizedText, { nullable: true, description: 'The adjustment in words.' })
  explanation!: LocalizedText | null;
}
