import { toProblemType, ValidationProblemType } from '../../common/problem.type.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Arg,
  Args,
  Int,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs, toConnection, type ConnectionShape } from '../../common/connection.js';
import { LocalizedText } from '../../common/localized-text.type.js';
import { requestScoped } from '../../common/request-container.js';
import { NotFoundError } from '../../errors/app-error.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import { resolvedPlanOf } from '../county/plan.service.js';
import { Round } from '../round/round.entity.js';
import {
  AdjustScenarioLineInput,
  RunScenarioInput,
  ScenarioAdjustmentPreviewInput,
  ScenarioLinesArgs,
} from './dto/scenario.inputs.js';
import { ConstraintBreachType, ScenarioAdjustmentPreview } from './dto/adjustment.types.js';
import {
  ScenarioComparison,
  ScenarioConnection,
  ScenarioLineConnection,
  ScenarioRunConnection,
  YearGrant,
} from './dto/scenario.types.js';
import { MethodInfo, ScenarioReportType, ScenarioTotals } from './dto/scenario-report.types.js';
import { ScenarioLine } from './scenario-line.entity.js';
import { ScenarioRun } from './scenario-run.entity.js';
import { ScenarioRunService } from './scenario-run.service.js';
import { MarginalTier, Scenario } from './scenario.entity.js';
import { ScenarioService } from './scenario.service.js';
import {
  methodInfo,
  resultParts,
  scenarioTotals,
  typedBreaches,
  typedReport,
  type ResultParts,
} from './scenario-figures.js';

const READERS = [Role.ADMIN, Role.FORUM];

@Resolver(() => Scenario)
@requestScoped()
export class ScenarioResolver {
  constructor(private readonly scenarioService: ScenarioService) {}

  @Authorized(READERS)
  @Query(() => Scenario, {
    description: 'One scenario of the caller’s county (the forum reads them beside the proposal).',
  })
  scenario(@Arg('id', () => ID) id: string): Promise<Scenario> {
    return this.scenarioService.get(id);
  }

  @Authorized(READERS)
  @Query(() => ScenarioComparison, { description: 'Scenarios side by side, per statement.' })
  compareScenarios(@Arg('ids', () => [ID]) ids: string[]): Promise<ScenarioComparison> {
    return this.scenarioService.compare(ids);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ScenarioRun, {
    description:
      'Queues a run of the allocation engine over a closed round and answers with it at once (QUEUED). Poll `scenarioRun(id)`: it becomes RUNNING, then DONE with its `scenario`, or FAILED with the reason.',
  })
  runScenario(
    @Arg('input', () => RunScenarioInput) input: RunScenarioInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ScenarioRun> {
    return this.scenarioService.run(input, ctx.scenarioRuns);
  }

  @Authorized(Role.ADMIN)
  @Query(() => ScenarioAdjustmentPreview, {
    description:
      'What a change to one line’s grant would do (totals, the limits it breaks, whether it may be saved), without saving it.',
  })
  scenarioAdjustmentPreview(
    @Arg('input', () => ScenarioAdjustmentPreviewInput) input: ScenarioAdjustmentPreviewInput,
  ): Promise<ScenarioAdjustmentPreview> {
    return this.scenarioService.previewAdjustment(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Scenario, {
    description:
      'Adjusts one line’s grant by hand, with a reason (optimistic locking). Never past a year’s frame (FRAME_EXCEEDED); breaking a sector band or lock cap needs `constraintOverride` with a reason (OVERRIDE_REQUIRED).',
  })
  adjustScenarioLine(
    @Arg('input', () => AdjustScenarioLineInput) input: AdjustScenarioLineInput,
  ): Promise<Scenario> {
    return this.scenarioService.adjustLine(input);
  }

  @Authorized(READERS)
  @FieldResolver(() => ScenarioLineConnection, { description: 'One line per needs statement.' })
  async lines(
    @Root() scenario: Scenario,
    @Args(() => ScenarioLinesArgs) args: ScenarioLinesArgs,
  ): Promise<ConnectionShape<ScenarioLine>> {
    return toConnection(await this.scenarioService.lines(scenario, args));
  }

  @Authorized(READERS)
  @FieldResolver(() => ScenarioReportType, {
    description:
      'The constraint report, typed: a gauge per constraint (value, band or limit, broken, why), the sectors with what their statements requested, the leftover and its reasons.',
  })
  async constraintReport(
    @Root() scenario: Scenario,
    @Ctx() ctx: RequestContext,
  ): Promise<ScenarioReportType> {
    const [parts, totals, plan] = await Promise.all([
      resultPartsOf(ctx, scenario),
      totalsOf(ctx, scenario),
      scenario.round
        .loadOrFail({ dataloader: true })
        .then((round) => round.planVersion.loadOrFail({ dataloader: true })),
    ]);
    const resolved = resolvedPlanOf(plan);
    return typedReport(
      parts.report,
      scenario.frame,
      totals,
      resolved.clauses,
      parts.breaches,
      resolved.rules.assumptions ?? [],
    );
  }

  @Authorized(READERS)
  @FieldResolver(() => [ConstraintBreachType], {
    description:
      'The sector bands and lock caps the advisers’ adjustments break, each with its overrides and their reasons.',
  })
  async breaches(
    @Root() scenario: Scenario,
    @Ctx() ctx: RequestContext,
  ): Promise<ConstraintBreachType[]> {
    return typedBreaches((await resultPartsOf(ctx, scenario)).breaches);
  }

  @Authorized(READERS)
  @FieldResolver(() => MethodInfo, {
    description: 'How the method ran: method, source, solver status and gap, time limit, duration.',
  })
  async methodInfo(@Root() scenario: Scenario, @Ctx() ctx: RequestContext): Promise<MethodInfo> {
    return methodInfo(scenario, (await resultPartsOf(ctx, scenario)).method);
  }

  @Authorized(READERS)
  @FieldResolver(() => ScenarioTotals, {
    description:
      'Granted, requested and the number of statements per sector, per municipality and per set of owners (SQL sums; batched over scenarios).',
  })
  totals(@Root() scenario: Scenario, @Ctx() ctx: RequestContext): Promise<ScenarioTotals> {
    return totalsOf(ctx, scenario);
  }

  @Authorized(READERS)
  @FieldResolver(() => MarginalTier, {
    description:
      'What the ranked method did with the priority class at the budget line: shared by the cut rule, or ordered by the indicators.',
  })
  marginalTier(@Root() scenario: Scenario): MarginalTier {
    return scenario.marginalTier();
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => GraphQLJSONObject, { description: 'The parameters sent to the engine.' })
  parametersJson(@Root() scenario: Scenario): object {
    return scenario.parameters;
  }

  @FieldResolver(() => Round)
  round(@Root() scenario: Scenario): Promise<Round> {
    return scenario.round.loadOrFail({ dataloader: true });
  }
}

@Resolver(() => ScenarioLine)
export class ScenarioLineResolver {
  @FieldResolver(() => NeedsStatement)
  needsStatement(@Root() line: ScenarioLine): Promise<NeedsStatement> {
    return line.needsStatement.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Int, { description: 'Granted this year: the adjustment when made.' })
  grantedThisYear(@Root() line: ScenarioLine): number {
    return line.granted();
  }

  @FieldResolver(() => [YearGrant], {
    description: 'Granted per year: the adjustment’s years when adjusted, else the engine’s.',
  })
  perYear(@Root() line: ScenarioLine): YearGrant[] {
    return line.grantedPerYear();
  }

  @FieldResolver(() => LocalizedText, { description: 'The engine’s explanation.' })
  explanation(@Root() line: ScenarioLine): LocalizedText {
    return line.explanation;
  }

  @FieldResolver(() => LocalizedText, {
    nullable: true,
    description:
      'The adjustment in words, when adjusted: the adviser’s reason, the limits it breaks, the override’s reason.',
  })
  adjustmentExplanation(@Root() line: ScenarioLine): LocalizedText | null {
    return line.adjustedThisYear != null ? (line.adjustment?.explanation ?? null) : null;
  }

  @FieldResolver(() => [String], {
    description: 'Constraint ids (as the gauges name them) the line’s adjustment helps break.',
  })
  breaks(@Root() line: ScenarioLine): string[] {
    return line.adjustedThisYear != null ? (line.adjustment?.breaks ?? []) : [];
  }
}

@Resolver(() => ScenarioRun)
@requestScoped()
export class ScenarioRunResolver {
  constructor(private readonly runs: ScenarioRunService) {}

  @Authorized(Role.ADMIN)
  @Query(() => ScenarioRun, {
    description:
      'One scenario run: poll it after `runScenario` answered (or pass your own `runId` to the mutation).',
  })
  scenarioRun(@Arg('id', () => ID) id: string): Promise<ScenarioRun> {
    return this.runs.get(id);
  }

  @FieldResolver(() => Date, { description: 'When the run was asked for.' })
  queuedAt(@Root() run: ScenarioRun): Date {
    return run.createdAt;
  }

  @FieldResolver(() => Scenario, { nullable: true, description: 'The stored scenario, once DONE.' })
  scenario(@Root() run: ScenarioRun): Promise<Scenario | null> {
    return run.scenario ? run.scenario.load({ dataloader: true }) : Promise.resolve(null);
  }

  @FieldResolver(() => Round)
  round(@Root() run: ScenarioRun): Promise<Round> {
    return run.round.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => [ValidationProblemType], {
    description:
      'What the engine found wrong with the run’s parameters, by the input’s fields (FAILED with VALIDATION_FAILED).',
  })
  problems(@Root() run: ScenarioRun): ValidationProblemType[] {
    return (run.problems ?? []).map(toProblemType);
  }
}

@Resolver(() => Round)
@requestScoped()
export class RoundScenariosResolver {
  constructor(
    private readonly runs: ScenarioRunService,
    private readonly scenarioService: ScenarioService,
  ) {}

  @Authorized(Role.ADMIN)
  @FieldResolver(() => ScenarioRunConnection, {
    description: 'The round’s scenario runs (queued, running, done, failed), newest first.',
  })
  async scenarioRuns(
    @Root() round: Round,
    @Args(() => PageArgs) args: PageArgs,
  ): Promise<ConnectionShape<ScenarioRun>> {
    return toConnection(await this.runs.page(round.id, args));
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => ScenarioRun, {
    nullable: true,
    description: 'The run in progress (QUEUED or RUNNING), if any: one at a time per round.',
  })
  activeScenarioRun(@Root() round: Round, @Ctx() ctx: RequestContext): Promise<ScenarioRun | null> {
    return ctx.loaders
      .get<string, ScenarioRun | null>(
        'activeScenarioRunByRound',
        (ids) => this.runs.activeByRound(ids),
        null,
      )
      .load(round.id);
  }

  @Authorized(READERS)
  @FieldResolver(() => ScenarioConnection, { description: 'The round’s scenarios, newest first.' })
  async scenarios(
    @Root() round: Round,
    @Args(() => PageArgs) args: PageArgs,
  ): Promise<ConnectionShape<Scenario>> {
    return toConnection(await this.scenarioService.page(round.id, args));
  }
}

async function resultPartsOf(ctx: RequestContext, scenario: Scenario): Promise<ResultParts> {
  const parts = await ctx.loaders
    .get<string, ResultParts | null>('scenarioResultParts', (ids) => resultParts(ctx.em, ids), null)
    .load(scenario.id);
  if (!parts) throw new NotFoundError('Scenario', scenario.id);
  return parts;
}

function totalsOf(ctx: RequestContext, scenario: Scenario): Promise<ScenarioTotals> {
  return ctx.loaders
    .get<string, ScenarioTotals>('scenarioTotals', (ids) => scenarioTotals(ctx.em, ids), {
      bySector: [],
      byMunicipality: [],
      byOwner: [],
    })
    .load(scenario.id);
}
