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
import { ConnectionType, toConnection, type ConnectionShape } from '../../common/connection.js';
import { requestScoped } from '../../common/request-container.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { NeedsStatement } from '../needs-statement/needs-statement.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Round } from '../round/round.entity.js';
import { YearGrant } from '../scenario/dto/scenario.types.js';
import { Decision } from './decision.entity.js';
import { DecisionService } from './decision.service.js';
import {
  DecideRoundInput,
  DecisionsArgs,
  DecisionTotalsArgs,
  RecordSplitAnswerInput,
  UpdateDecisionInput,
} from './dto/decision.inputs.js';
import { DecisionTotals } from './dto/decision.types.js';
import { SplitAnswer } from './split-answer.entity.js';

const DecisionConnection = ConnectionType(Decision, 'Decision');
const READERS = [Role.ADMIN, Role.PARTNERSHIP];

@Resolver(() => Decision)
@requestScoped()
export class DecisionResolver {
  constructor(private readonly decisionService: DecisionService) {}

  @Authorized(READERS)
  @Query(() => Decision)
  decision(@Arg('id', () => ID) id: string): Promise<Decision> {
    return this.decisionService.get(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [Decision], {
    description:
      'Decides every statement of the round from the proposal’s scenario, all or nothing (round → DECIDED).',
  })
  decideRound(@Arg('input', () => DecideRoundInput) input: DecideRoundInput): Promise<Decision[]> {
    return this.decisionService.decideRound(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Decision, { description: 'Edits a decision’s reasons (optimistic locking).' })
  updateDecision(
    @Arg('input', () => UpdateDecisionInput) input: UpdateDecisionInput,
  ): Promise<Decision> {
    return this.decisionService.update(input);
  }

  @Authorized(READERS)
  @Mutation(() => SplitAnswer, {
    description: 'Records how a reduced grant is split between owners and institution for a year.',
  })
  recordSplitAnswer(
    @Arg('input', () => RecordSplitAnswerInput) input: RecordSplitAnswerInput,
  ): Promise<SplitAnswer> {
    return this.decisionService.recordSplitAnswer(input);
  }

  @FieldResolver(() => [YearGrant], {
    description: 'Granted per year; later years subject to appropriation.',
  })
  grantedPerYear(@Root() decision: Decision): YearGrant[] {
    return decision.grantedPerYear;
  }

  @FieldResolver(() => NeedsStatement)
  needsStatement(@Root() decision: Decision): Promise<NeedsStatement> {
    return decision.needsStatement.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Partnership)
  partnership(@Root() decision: Decision): Promise<Partnership> {
    return decision.partnership.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Round)
  round(@Root() decision: Decision): Promise<Round> {
    return decision.round.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => [SplitAnswer])
  splitAnswers(@Root() decision: Decision, @Ctx() ctx: RequestContext): Promise<SplitAnswer[]> {
    return ctx.loaders
      .get<string, SplitAnswer[]>(
        'splitAnswersByDecision',
        (ids) => this.decisionService.splitAnswers(ids),
        [],
      )
      .load(decision.id);
  }
}

@Resolver(() => Round)
@requestScoped()
export class RoundDecisionsResolver {
  constructor(private readonly decisionService: DecisionService) {}

  // The forum reads its county's decisions beside the proposal it discussed (and evaluates them).
  @Authorized(Role.ADMIN, Role.FORUM, Role.PARTNERSHIP)
  @FieldResolver(() => DecisionConnection, { description: 'Decisions, largest grant first.' })
  async decisions(
    @Root() round: Round,
    @Args(() => DecisionsArgs) args: DecisionsArgs,
  ): Promise<ConnectionShape<Decision>> {
    return toConnection(await this.decisionService.page(round.id, args));
  }

  @Authorized(Role.ADMIN, Role.FORUM)
  @FieldResolver(() => DecisionTotals, {
    description: 'The sums of the decisions (those the filter selects): what the round granted.',
  })
  decisionTotals(
    @Root() round: Round,
    @Args(() => DecisionTotalsArgs) args: DecisionTotalsArgs,
  ): Promise<DecisionTotals> {
    return this.decisionService.totals(round.id, args.filter);
  }
}
