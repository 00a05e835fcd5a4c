import { SCENARIO_DEFAULTS } from '@kompetansemidler/domain';
import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../../common/connection.js';
import { Sector, SortDirection } from '../../../common/enums.js';
import { PhaseOverrideInput } from '../../../common/phase-override.input.js';
import { AllocationStatus } from '../scenario-line.entity.js';
import { AllocationMethod, CutRule, MarginalTier } from '../scenario.entity.js';

@InputType()
export class IndicatorWeightInput {
  @Field({ description: 'The plan’s indicator id.' })
  indicatorId!: string;

  @Field(() => Float)
  weight!: number;
}

@InputType({
  description: 'The office’s own knowledge of one needs statement: a 0–1 score and why.',
})
export class OfficeKnowledgeInput {
  @Field(() => ID)
  needsStatementId!: string;

  @Field(() => Float)
  score!: number;

  @Field()
  reason!: string;
}

@InputType()
export class RunScenarioInput {
  @Field(() => ID)
  roundId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'A UUID the client picks for this run, to poll `scenarioRun(id)` while the mutation works (default: the server picks one).',
  })
  runId?: string | null;

  @Field()
  name!: string;

  @Field(() => AllocationMethod, { defaultValue: AllocationMethod.RANKED })
  method!: AllocationMethod;

  @Field(() => CutRule, { defaultValue: CutRule.PROPORTIONAL })
  cutRule!: CutRule;

  @Field(() => MarginalTier, {
    defaultValue: MarginalTier.CUT_RULE,
    description:
      'RANKED: when the priority class at the budget line does not fit, share the shortfall by the cut rule (CUT_RULE) or fund it in the order of its sector’s discretionary indicators (INDICATORS).',
  })
  marginalTier!: MarginalTier;

  @Field(() => Float, {
    defaultValue: SCENARIO_DEFAULTS.minFundedShare,
    description: 'The smallest share of a request worth funding, 0–1.',
  })
  minFundedShare!: number;

  @Field(() => [IndicatorWeightInput], { nullable: true })
  indicatorWeights?: IndicatorWeightInput[] | null;

  @Field(() => Float, {
    nullable: true,
    description: `Weight of the theme’s rank (default ${SCENARIO_DEFAULTS.themeWeight}).`,
  })
  themeWeight?: number | null;

  @Field(() => Float, { nullable: true, description: 'Overrides the plan’s sector tolerance.' })
  tolerancePercentagePoints?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Solver time limit (OPTIMAL), seconds (default ${SCENARIO_DEFAULTS.optimal.timeLimitSeconds}).`,
  })
  timeLimitSeconds?: number | null;

  @Field(() => [OfficeKnowledgeInput], { nullable: true })
  officeKnowledge?: OfficeKnowledgeInput[] | null;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType({
  description:
    'The bands and caps an adjustment knowingly breaks (as the gauges name them), and why.',
})
export class ConstraintOverrideInput {
  @Field(() => [String], {
    description: 'Constraint ids: SECTOR:SCHOOL, LOCK:2:2027, COORDINATOR. Never the frame.',
  })
  constraintIds!: string[];

  @Field({
    description: 'Why the office breaks them (at least 5 characters; goes into the decision).',
  })
  reason!: string;
}

@InputType({ description: 'A change to one line, to see what it would do before making it.' })
export class ScenarioAdjustmentPreviewInput {
  @Field(() => ID)
  scenarioId!: string;

  @Field(() => ID)
  needsStatementId!: string;

  @Field(() => Int, { description: 'The new grant for the round’s year, whole kroner.' })
  grantedThisYear!: number;

  @Field(() => ConstraintOverrideInput, { nullable: true })
  constraintOverride?: ConstraintOverrideInput | null;
}

@InputType()
export class AdjustScenarioLineInput {
  @Field(() => ID)
  scenarioId!: string;

  @Field(() => ID)
  needsStatementId!: string;

  @Field(() => Int, { description: 'The new grant for the round’s year, whole kroner.' })
  grantedThisYear!: number;

  @Field({ description: 'Why (kept with the line and in the audit log).' })
  reason!: string;

  @Field(() => Int, { description: 'The scenario’s version you edited (optimistic locking).' })
  expectedVersion!: number;

  @Field(() => ConstraintOverrideInput, {
    nullable: true,
    description:
      'Needed when the change breaks a sector band or a lock cap: which, and why. Nothing overrides the frame.',
  })
  constraintOverride?: ConstraintOverrideInput | null;

  @Field(() => PhaseOverrideInput, { nullable: true })
  override?: PhaseOverrideInput | null;
}

@InputType()
export class ScenarioLineFilter {
  @Field(() => [AllocationStatus], { nullable: true })
  status?: AllocationStatus[] | null;

  @Field(() => [Sector], { nullable: true })
  sector?: Sector[] | null;
}

export enum ScenarioLineSortField {
  RANK = 'RANK',
  GRANTED = 'GRANTED',
  REQUESTED = 'REQUESTED',
  FUNDED_PERCENT = 'FUNDED_PERCENT',
}
registerEnumType(ScenarioLineSortField, { name: 'ScenarioLineSortField' });

@InputType()
export class ScenarioLineOrder {
  @Field(() => ScenarioLineSortField)
  field!: ScenarioLineSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@ArgsType()
export class ScenarioLinesArgs extends PageArgs {
  @Field(() => ScenarioLineFilter, { nullable: true })
  filter?: ScenarioLineFilter | null;

  @Field(() => ScenarioLineOrder, { nullable: true })
  orderBy?: ScenarioLineOrder | null;
}
