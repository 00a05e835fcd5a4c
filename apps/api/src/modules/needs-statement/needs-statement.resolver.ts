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
import { toConnection, type ConnectionShape } from '../../common/connection.js';
import { serviceContext } from '../../common/service-context.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { Decision } from '../decision/decision.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Round } from '../round/round.entity.js';
import {
  NeedsStatementsArgs,
  NeedsStatementsPageArgs,
  SubmitNeedsStatementInput,
  UpdateNeedsStatementInput,
  WithdrawNeedsStatementInput,
} from './dto/needs-statement.inputs.js';
import {
  BudgetYear,
  Contact,
  Continuation,
  CoordinatorRequest,
  Goals,
  Measure,
  NeedsStatementConnection,
  OwnContribution,
  Participants,
} from './dto/needs-statement.types.js';
import { budgetYears } from './needs-statement.mapper.js';
import { NeedsStatement } from './needs-statement.entity.js';
import { NeedsStatementService } from './needs-statement.service.js';

const WRITERS = [Role.ADMIN, Role.PARTNERSHIP];

@Resolver(() => NeedsStatement)
export class NeedsStatementResolver {
  @Authorized(WRITERS)
  @Query(() => NeedsStatementConnection, {
    description: 'A round’s needs statements (a partnership sees its own).',
  })
  async needsStatements(
    @Args(() => NeedsStatementsArgs) args: NeedsStatementsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<NeedsStatement>> {
    return toConnection(
      await new NeedsStatementService(serviceContext(ctx)).page(args.roundId, args),
    );
  }

  @Authorized(WRITERS)
  @Query(() => NeedsStatement)
  needsStatement(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<NeedsStatement> {
    return new NeedsStatementService(serviceContext(ctx)).get(id);
  }

  @Authorized(WRITERS)
  @Mutation(() => NeedsStatement, {
    description:
      'Submits a needs statement to an open round. The plan’s rules check it; every problem comes back at once (VALIDATION_FAILED with problems).',
  })
  submitNeedsStatement(
    @Arg('input', () => SubmitNeedsStatementInput) input: SubmitNeedsStatementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NeedsStatement> {
    return new NeedsStatementService(serviceContext(ctx)).submit(input);
  }

  @Authorized(WRITERS)
  @Mutation(() => NeedsStatement, {
    description: 'Replaces a statement’s content while the round is open (optimistic locking).',
  })
  updateNeedsStatement(
    @Arg('input', () => UpdateNeedsStatementInput) input: UpdateNeedsStatementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NeedsStatement> {
    return new NeedsStatementService(serviceContext(ctx)).update(input);
  }

  @Authorized(WRITERS)
  @Mutation(() => NeedsStatement)
  withdrawNeedsStatement(
    @Arg('input', () => WithdrawNeedsStatementInput) input: WithdrawNeedsStatementInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NeedsStatement> {
    return new NeedsStatementService(serviceContext(ctx)).withdraw(input);
  }

  @FieldResolver(() => Round)
  round(@Root() ns: NeedsStatement): Promise<Round> {
    return ns.round.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Partnership)
  partnership(@Root() ns: NeedsStatement): Promise<Partnership> {
    return ns.partnership.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => [BudgetYear], { description: 'The requested grant per year and party.' })
  async budget(@Root() ns: NeedsStatement): Promise<BudgetYear[]> {
    const lines = await ns.budgetLines.load({ dataloader: true });
    return budgetYears(lines.getItems());
  }

  @FieldResolver(() => Goals)
  goals(@Root() ns: NeedsStatement): Goals {
    return { longTerm: ns.longTermGoals, subGoals: ns.subGoals };
  }

  @FieldResolver(() => [Measure])
  measures(@Root() ns: NeedsStatement): Measure[] {
    return ns.measures as Measure[];
  }

  @FieldResolver(() => OwnContribution)
  ownContribution(@Root() ns: NeedsStatement): OwnContribution {
    return { description: ns.ownContribution, amount: ns.ownContributionAmount };
  }

  @FieldResolver(() => CoordinatorRequest, { nullable: true })
  coordinator(@Root() ns: NeedsStatement): CoordinatorRequest | null {
    return ns.coordinator;
  }

  @FieldResolver(() => Continuation, { nullable: true })
  continuation(@Root() ns: NeedsStatement): Continuation | null {
    return ns.continuation;
  }

  @FieldResolver(() => Participants, { nullable: true })
  participants(@Root() ns: NeedsStatement): Participants | null {
    return ns.participants;
  }

  @Authorized(WRITERS)
  @FieldResolver(() => Contact, {
    description: 'Personal data: the office and the partnership only.',
  })
  contact(@Root() ns: NeedsStatement): Contact {
    return { name: ns.contactName, email: ns.contactEmail };
  }

  @Authorized(WRITERS)
  @FieldResolver(() => Decision, { nullable: true, description: 'The decision, once made.' })
  decision(@Root() ns: NeedsStatement, @Ctx() ctx: RequestContext): Promise<Decision | null> {
    return ctx.loaders
      .get<string, Decision | null>(
        'decisionByStatement',
        async (ids) => {
          const decisions = await ctx.em.find(Decision, { needsStatement: { $in: [...ids] } });
          return new Map(decisions.map((d) => [d.needsStatement.id, d]));
        },
        null,
      )
      .load(ns.id);
  }
}

@Resolver(() => Round)
export class RoundNeedsStatementsResolver {
  @Authorized(WRITERS)
  @FieldResolver(() => NeedsStatementConnection, {
    description: 'The round’s needs statements, with filters and sorting.',
  })
  async needsStatements(
    @Root() round: Round,
    @Args(() => NeedsStatementsPageArgs) args: NeedsStatementsPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<NeedsStatement>> {
    return toConnection(await new NeedsStatementService(serviceContext(ctx)).page(round.id, args));
  }
}
