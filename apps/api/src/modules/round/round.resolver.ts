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
import { serviceContext } from '../../common/service-context.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { PlanVersion } from '../county/plan-version.entity.js';
import type { Commitment } from './commitment.entity.js';
import { CreateRoundInput, RoundsArgs, RoundTransitionInput } from './dto/round.inputs.js';
import {
  CommitmentConnection,
  Milestone,
  RoundConnection,
  RoundSummary,
} from './dto/round.types.js';
import { Round } from './round.entity.js';
import { RoundService } from './round.service.js';

const COUNTY_ROLES = [Role.ADMIN, Role.FORUM, Role.PARTNERSHIP];

@Resolver(() => Round)
export class RoundResolver {
  @Authorized(COUNTY_ROLES)
  @Query(() => RoundConnection, { description: 'The county’s rounds, newest first by default.' })
  async rounds(
    @Args(() => RoundsArgs) args: RoundsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Round>> {
    return toConnection(await new RoundService(serviceContext(ctx)).list(args));
  }

  @Authorized(COUNTY_ROLES)
  @Query(() => Round, { description: 'One round of the caller’s county.' })
  round(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Round> {
    return new RoundService(serviceContext(ctx)).get(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Round, { description: 'Creates a round in DRAFT, with the plan’s calendar.' })
  createRound(
    @Arg('input', () => CreateRoundInput) input: CreateRoundInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Round> {
    return new RoundService(serviceContext(ctx)).create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Round, { description: 'DRAFT → OPEN: needs statements may be submitted.' })
  openRound(
    @Arg('input', () => RoundTransitionInput) input: RoundTransitionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Round> {
    return new RoundService(serviceContext(ctx)).open(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Round, { description: 'OPEN → CLOSED: no more statements; scenarios may run.' })
  closeRound(
    @Arg('input', () => RoundTransitionInput) input: RoundTransitionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Round> {
    return new RoundService(serviceContext(ctx)).close(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Round, { description: 'DECIDED → REPORTING.' })
  startReporting(
    @Arg('input', () => RoundTransitionInput) input: RoundTransitionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Round> {
    return new RoundService(serviceContext(ctx)).startReporting(input);
  }

  @FieldResolver(() => [Milestone], { description: 'The plan’s calendar for this round.' })
  calendar(@Root() round: Round): Milestone[] {
    return round.calendar;
  }

  @FieldResolver(() => PlanVersion)
  planVersion(@Root() round: Round): Promise<PlanVersion> {
    return round.planVersion.load({ dataloader: true }) as Promise<PlanVersion>;
  }

  @Authorized(Role.ADMIN, Role.FORUM)
  @FieldResolver(() => RoundSummary)
  summary(@Root() round: Round, @Ctx() ctx: RequestContext): Promise<RoundSummary> {
    return new RoundService(serviceContext(ctx)).summary(round);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => CommitmentConnection, {
    description: 'Amounts bound this year by earlier rounds’ multi-year grants.',
  })
  async commitments(
    @Root() round: Round,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Commitment>> {
    return toConnection(await new RoundService(serviceContext(ctx)).commitments(round, args));
  }
}
