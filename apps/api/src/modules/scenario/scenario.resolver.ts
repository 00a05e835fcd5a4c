import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Arg,
  Args,
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
import { serviceContext } from '../../common/service-context.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import { Round } from '../round/round.entity.js';
import {
  AdjustScenarioLineInput,
  RunScenarioInput,
  ScenarioLinesArgs,
} from './dto/scenario.inputs.js';
import {
  ScenarioComparison,
  ScenarioConnection,
  ScenarioLineConnection,
  YearGrant,
} from './dto/scenario.types.js';
import { ScenarioLine } from './scenario-line.entity.js';
import { Scenario } from './scenario.entity.js';
import { ScenarioService } from './scenario.service.js';
import { Int } from 'type-graphql';

const READERS = [Role.ADMIN, Role.FORUM];

@Resolver(() => Scenario)
export class ScenarioResolver {
  @Authorized(Role.ADMIN)
  @Query(() => Scenario)
  scenario(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Scenario> {
    return new ScenarioService(serviceContext(ctx)).get(id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => ScenarioComparison, { description: 'Scenarios side by side, per statement.' })
  compareScenarios(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<ScenarioComparison> {
    return new ScenarioService(serviceContext(ctx)).compare(ids);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Scenario, {
    description:
      'Runs the allocation engine over a closed round (in the solver thread, with a time limit) and stores the scenario.',
  })
  runScenario(
    @Arg('input', () => RunScenarioInput) input: RunScenarioInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Scenario> {
    return new ScenarioService(serviceContext(ctx)).run(input, ctx.runner);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Scenario, {
    description: 'Adjusts one line’s grant by hand, with a reason (optimistic locking).',
  })
  adjustScenarioLine(
    @Arg('input', () => AdjustScenarioLineInput) input: AdjustScenarioLineInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Scenario> {
    return new ScenarioService(serviceContext(ctx)).adjustLine(input);
  }

  @Authorized(READERS)
  @FieldResolver(() => ScenarioLineConnection, { description: 'One line per needs statement.' })
  async lines(
    @Root() scenario: Scenario,
    @Args(() => ScenarioLinesArgs) args: ScenarioLinesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<ScenarioLine>> {
    return toConnection(await new ScenarioService(serviceContext(ctx)).lines(scenario, args));
  }

  @Authorized(READERS)
  @FieldResolver(() => GraphQLJSONObject, {
    description:
      'The engine’s constraint report: sector bands, lock caps, coordinator cap, institution share, funding rates of public and private owners, leftover.',
  })
  async report(@Root() scenario: Scenario, @Ctx() ctx: RequestContext): Promise<object> {
    return (await new ScenarioService(serviceContext(ctx)).result(scenario)).report;
  }

  @Authorized(READERS)
  @FieldResolver(() => GraphQLJSONObject, {
    description:
      'How the method ran: the source (RANKED, OPTIMAL, RANKED_FALLBACK), objective, solver.',
  })
  async methodReport(@Root() scenario: Scenario, @Ctx() ctx: RequestContext): Promise<object> {
    return (await new ScenarioService(serviceContext(ctx)).result(scenario)).method;
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

  @FieldResolver(() => [YearGrant])
  perYear(@Root() line: ScenarioLine): YearGrant[] {
    return line.perYear;
  }

  @FieldResolver(() => LocalizedText, { description: 'The engine’s explanation.' })
  explanation(@Root() line: ScenarioLine): LocalizedText {
    return line.explanation;
  }
}

@Resolver(() => Round)
export class RoundScenariosResolver {
  @Authorized(Role.ADMIN)
  @FieldResolver(() => ScenarioConnection, { description: 'The round’s scenarios, newest first.' })
  async scenarios(
    @Root() round: Round,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Scenario>> {
    return toConnection(await new ScenarioService(serviceContext(ctx)).page(round.id, args));
  }
}
