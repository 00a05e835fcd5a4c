import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { actionsInPhase, milestoneDoneByPhase } from '@kompetansemidler/domain';
import {
  countOnlyConnection,
  PageArgs,
  pageWindow,
  selectsEdges,
  selectsField,
  toConnection,
  type ConnectionShape,
} from '../../common/connection.js';
import { requestScoped } from '../../common/request-container.js';
import { NotFoundError } from '../../errors/app-error.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { PlanVersion } from '../county/plan-version.entity.js';
import { storedPlanVersion } from '../county/stored-plan-version.js';
import { StatementProblems, type RoundKey } from '../needs-statement/statement-problems.js';
import type { Commitment } from './commitment.entity.js';
import { submissionDeadline } from '../needs-statement/submission-deadline.js';
import {
  CreateRoundInput,
  ExtendSubmissionDeadlineInput,
  RoundsArgs,
  RoundTransitionInput,
  SetRoundFrameInput,
} from './dto/round.inputs.js';
import {
  CommitmentConnection,
  Milestone,
  RoundConnection,
  RoundSummary,
} from './dto/round.types.js';
import { Round } from './round.entity.js';
import { RoundService } from './round.service.js';
import { roundFigures, type RoundFigures } from './round-summary.js';

const COUNTY_ROLES = [Role.ADMIN, Role.FORUM, Role.PARTNERSHIP];

@Resolver(() => Round)
@requestScoped()
export class RoundResolver {
  constructor(private readonly roundService: RoundService) {}

  @Authorized(COUNTY_ROLES)
  @Query(() => RoundConnection, { description: 'The county’s rounds, newest first by default.' })
  async rounds(@Args(() => RoundsArgs) args: RoundsArgs): Promise<ConnectionShape<Round>> {
    return toConnection(await this.roundService.list(args));
  }

  @Authorized(COUNTY_ROLES)
  @Query(() => Round, { description: 'One round of the caller’s county.' })
  async round(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Round> {
    const service = this.roundService;
    if (!selectsField(info, 'summary')) return service.get(id);
    // The overview: the round and its figures in one statement, the figures kept for `summary`.
    const { round, figures } = await service.getWithFigures(id);
    figuresLoader(ctx).prime(round, figures);
    return round;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Round, { description: 'Creates a round in DRAFT, with the plan’s calendar.' })
  createRound(@Arg('input', () => CreateRoundInput) input: CreateRoundInput): Promise<Round> {
    return this.roundService.create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Round, {
    description:
      'A new frame (ramme) for the round, until it is decided; runs already made keep theirs.',
  })
  setRoundFrame(@Arg('input', () => SetRoundFrameInput) input: SetRoundFrameInput): Promise<Round> {
    return this.roundService.setFrame(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Round, {
    description:
      'Extends the round’s deadline for needs statements beyond the plan calendar’s day (or, with a null deadline, returns to it); DRAFT or OPEN rounds, audited with the reason. VALIDATION_FAILED with problems for a date that is not later than the calendar’s.',
  })
  extendSubmissionDeadline(
    @Arg('input', () => ExtendSubmissionDeadlineInput) input: ExtendSubmissionDeadlineInput,
  ): Promise<Round> {
    return this.roundService.extendSubmissionDeadline(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Round, { description: 'DRAFT → OPEN: needs statements may be submitted.' })
  openRound(@Arg('input', () => RoundTransitionInput) input: RoundTransitionInput): Promise<Round> {
    return this.roundService.open(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Round, { description: 'OPEN → CLOSED: no more statements; scenarios may run.' })
  closeRound(
    @Arg('input', () => RoundTransitionInput) input: RoundTransitionInput,
  ): Promise<Round> {
    return this.roundService.close(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Round, { description: 'DECIDED → REPORTING.' })
  startReporting(
    @Arg('input', () => RoundTransitionInput) input: RoundTransitionInput,
  ): Promise<Round> {
    return this.roundService.startReporting(input);
  }

  @FieldResolver(() => [String], {
    description:
      'The workflow mutations of the round’s current phase (e.g. setRoundFrame, closeRound); others need an override with a reason.',
  })
  allowedActions(@Root() round: Round): string[] {
    return actionsInPhase(round.status);
  }

  @FieldResolver(() => [Milestone], { description: 'The plan’s calendar for this round.' })
  async calendar(@Root() round: Round, @Ctx() ctx: RequestContext): Promise<Milestone[]> {
    const { rules } = (await storedPlanVersion(ctx.em, round.planVersion.id)).resolved;
    return round.calendar.map((m) => ({
      ...m,
      doneByPhase: milestoneDoneByPhase(rules, m.id, round.status),
    }));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The last day (ISO date, Norway’s time) partnerships may submit, change or withdraw needs statements: the office’s extension where given, else the plan calendar’s deadline.',
  })
  submissionDeadline(@Root() round: Round): string | null {
    return submissionDeadline(round);
  }

  @FieldResolver(() => PlanVersion)
  planVersion(@Root() round: Round): Promise<PlanVersion> {
    return round.planVersion.load({ dataloader: true }) as Promise<PlanVersion>;
  }

  @Authorized(Role.ADMIN, Role.FORUM)
  @FieldResolver(() => RoundSummary, {
    description: 'Totals for the overview, from SQL aggregates (batched over rounds).',
  })
  async summary(@Root() round: Round, @Ctx() ctx: RequestContext): Promise<RoundSummary> {
    return (await figuresOf(ctx, round)).summary;
  }

  @Authorized(Role.ADMIN, Role.FORUM)
  @FieldResolver(() => CommitmentConnection, {
    description: 'Amounts bound this year by earlier rounds’ multi-year grants.',
  })
  async commitments(
    @Root() round: Round,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Commitment>> {
    if (!selectsEdges(info)) {
      // Only the count (and page info): the overview's figures already hold it.
      const { offset, limit } = pageWindow(args);
      const totalCount = (await figuresOf(ctx, round)).commitmentCount;
      return countOnlyConnection(totalCount, offset, limit);
    }
    return toConnection(await this.roundService.commitments(round, args));
  }
}

@Resolver(() => RoundSummary)
export class RoundSummaryResolver {
  @FieldResolver(() => Int, {
    description:
      'Submitted statements the plan’s rules now find problems with (NeedsStatement.problems), e.g. a work past its four-year limit after later decisions.',
  })
  withProblems(@Root() summary: RoundSummary, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders
      .get<RoundKey, number>(
        'roundProblemCount',
        async (keys) => {
          const rounds = await new StatementProblems(ctx.em).forRounds(
            keys.map((k) => k.roundId),
            new Map(keys.map((k) => [k.roundId, k])),
          );
          return new Map(keys.map((k) => [k, rounds.get(k.roundId)?.submittedWithProblems ?? 0]));
        },
        0,
      )
      .load(summary.problemsKey);
  }
}

function figuresLoader(ctx: RequestContext) {
  return ctx.loaders.get<Round, RoundFigures | null>(
    'roundFigures',
    (rounds) => roundFigures(ctx.em, rounds),
    null,
  );
}

async function figuresOf(ctx: RequestContext, round: Round): Promise<RoundFigures> {
  const figures = await figuresLoader(ctx).load(round);
  if (!figures) throw new NotFoundError('Round', round.id);
  return figures;
}
