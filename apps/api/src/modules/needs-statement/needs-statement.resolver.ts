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
import {
  StatementNoticeType,
  toProblemType,
  ValidationProblemType,
} from '../../common/problem.type.js';
import { requestScoped } from '../../common/request-container.js';
import type { RequestContext } from '../../server/request-context.js';
import { StatementHistoryEntry, statementHistory } from '../audit/statement-history.js';
import { Role } from '../auth/role.js';
import { Decision } from '../decision/decision.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Round } from '../round/round.entity.js';
import {
  AssessSamiPerspectiveInput,
  DiscardNeedsStatementDraftInput,
  NeedsStatementsArgs,
  SaveNeedsStatementDraftInput,
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
  NeedsStatementFormContext,
  OwnContribution,
  Participants,
} from './dto/needs-statement.types.js';
import { budgetYears, type BudgetLineRow } from './statement-row.js';
import { NeedsStatement } from './needs-statement.entity.js';
import { NeedsStatementService } from './needs-statement.service.js';
import { SamiAssessment } from './sami-assessment.entity.js';
import { SamiAssessmentService } from './sami-assessment.service.js';
import { StatementProblems } from './statement-problems.js';

const WRITERS = [Role.ADMIN, Role.PARTNERSHIP];

@Resolver(() => NeedsStatement)
@requestScoped()
export class NeedsStatementResolver {
  constructor(
    private readonly statements: NeedsStatementService,
    private readonly samiAssessments: SamiAssessmentService,
  ) {}

  @Authorized(WRITERS)
  @Query(() => NeedsStatementConnection, {
    description: 'A round’s needs statements (a partnership sees its own).',
  })
  async needsStatements(
    @Args(() => NeedsStatementsArgs) args: NeedsStatementsArgs,
  ): Promise<ConnectionShape<NeedsStatement>> {
    return toConnection(await this.statements.page(args.roundId, args));
  }

  @Authorized(WRITERS)
  @Query(() => NeedsStatement)
  needsStatement(@Arg('id', () => ID) id: string): Promise<NeedsStatement> {
    return this.statements.get(id);
  }

  @Authorized(WRITERS)
  @Query(() => NeedsStatementFormContext, {
    description:
      'The context the needs-statement form validates against with the domain’s rules (a partnership: its own).',
  })
  needsStatementFormContext(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('partnershipId', () => ID, { nullable: true }) partnershipId: string | null,
    @Arg('workId', () => String, {
      nullable: true,
      description: 'The statement’s work, for its earlier years.',
    })
    workId: string | null,
  ): Promise<NeedsStatementFormContext> {
    return this.statements.formContext(roundId, partnershipId, workId);
  }

  @Authorized(WRITERS)
  @Mutation(() => NeedsStatement, {
    description:
      'Submits a needs statement to an open round. The plan’s rules check it; every problem comes back at once (VALIDATION_FAILED with problems).',
  })
  submitNeedsStatement(
    @Arg('input', () => SubmitNeedsStatementInput) input: SubmitNeedsStatementInput,
  ): Promise<NeedsStatement> {
    return this.statements.submit(input);
  }

  @Authorized(WRITERS)
  @Mutation(() => NeedsStatement, {
    description: 'Replaces a statement’s content while the round is open (optimistic locking).',
  })
  updateNeedsStatement(
    @Arg('input', () => UpdateNeedsStatementInput) input: UpdateNeedsStatementInput,
  ): Promise<NeedsStatement> {
    return this.statements.update(input);
  }

  @Authorized(Role.PARTNERSHIP)
  @Mutation(() => NeedsStatement, {
    description:
      'Saves the partnership’s needs statement as a draft (DRAFT), new or again, until the round’s deadline: seen by the partnership alone, not by the office nor in the allocation. Only what storage needs is checked; the plan’s rules apply on submission.',
  })
  saveNeedsStatementDraft(
    @Arg('input', () => SaveNeedsStatementDraftInput) input: SaveNeedsStatementDraftInput,
  ): Promise<NeedsStatement> {
    return this.statements.saveDraft(input);
  }

  @Authorized(Role.PARTNERSHIP)
  @Mutation(() => NeedsStatement, {
    description:
      'Submits a draft with the content given: every rule of the plan applies (VALIDATION_FAILED with problems, nothing written); then it is SUBMITTED and the office sees it.',
  })
  submitNeedsStatementDraft(
    @Arg('input', () => UpdateNeedsStatementInput) input: UpdateNeedsStatementInput,
  ): Promise<NeedsStatement> {
    return this.statements.submitDraft(input);
  }

  @Authorized(Role.PARTNERSHIP)
  @Mutation(() => ID, { description: 'Deletes a draft; returns its id.' })
  discardNeedsStatementDraft(
    @Arg('input', () => DiscardNeedsStatementDraftInput) input: DiscardNeedsStatementDraftInput,
  ): Promise<string> {
    return this.statements.discardDraft(input);
  }

  @Authorized(WRITERS)
  @Mutation(() => NeedsStatement)
  withdrawNeedsStatement(
    @Arg('input', () => WithdrawNeedsStatementInput) input: WithdrawNeedsStatementInput,
  ): Promise<NeedsStatement> {
    return this.statements.withdraw(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NeedsStatement, {
    description:
      'The office records how the statement addresses Sámi perspectives (NONE, SOME, STRONG; NOT_ASSESSED takes it back), with a reason. Scenarios run after it order statements by it within a theme rank, after newcomers, and name it in the reasons. From the round’s opening until it is decided (a phase override with a reason otherwise); audited.',
  })
  assessSamiPerspective(
    @Arg('input', () => AssessSamiPerspectiveInput) input: AssessSamiPerspectiveInput,
  ): Promise<NeedsStatement> {
    return this.samiAssessments.assess(input);
  }

  @Authorized(Role.ADMIN, Role.FORUM, Role.PARTNERSHIP)
  @FieldResolver(() => SamiAssessment, {
    nullable: true,
    description:
      'The office’s assessment of the statement’s Sámi perspectives; null until the office has made one. Batched.',
  })
  samiAssessment(
    @Root() ns: NeedsStatement,
    @Ctx() ctx: RequestContext,
  ): Promise<SamiAssessment | null> {
    return ctx.loaders
      .get<string, SamiAssessment | null>(
        'samiAssessmentByStatement',
        async (ids) => {
          const found = await ctx.em.find(SamiAssessment, { needsStatement: { $in: [...ids] } });
          return new Map(found.map((a) => [a.needsStatement.id, a]));
        },
        null,
      )
      .load(ns.id);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => [StatementHistoryEntry], {
    description:
      'What happened to the statement, newest first: submitted, changed, withdrawn, adjusted in a scenario, decided.',
  })
  history(
    @Root() ns: NeedsStatement,
    @Ctx() ctx: RequestContext,
  ): Promise<StatementHistoryEntry[]> {
    return statementHistory(ctx.em, ns.id);
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
  budget(@Root() ns: NeedsStatement, @Ctx() ctx: RequestContext): Promise<BudgetYear[]> {
    return ctx.loaders
      .get<string, BudgetYear[]>(
        'budgetByStatement',
        async (ids) => {
          const lines = await ctx.em.execute<(BudgetLineRow & { needs_statement_id: string })[]>(
            `select needs_statement_id, year, party, amount, coordinator
               from needs_statement_budget_line
              where needs_statement_id in (?)`,
            [ids],
          );
          const byStatement = new Map<string, BudgetLineRow[]>();
          for (const line of lines) {
            byStatement.set(line.needs_statement_id, [
              ...(byStatement.get(line.needs_statement_id) ?? []),
              line,
            ]);
          }
          return new Map(ids.map((id) => [id, budgetYears(byStatement.get(id) ?? [])]));
        },
        [],
      )
      .load(ns.id);
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

  @Authorized(Role.ADMIN, Role.FORUM, Role.PARTNERSHIP)
  @FieldResolver(() => [ValidationProblemType], {
    description:
      'What the plan’s rules find wrong with the statement as stored, checked now (rules, earlier grants): empty when none. Batched per round.',
  })
  problems(
    @Root() ns: NeedsStatement,
    @Ctx() ctx: RequestContext,
  ): Promise<ValidationProblemType[]> {
    return ctx.loaders
      .get<NeedsStatement, ValidationProblemType[]>(
        'statementProblems',
        async (statements) => {
          const found = await new StatementProblems(ctx.em).forStatements(
            statements.map((s) => ({ id: s.id, roundId: s.round.id })),
          );
          return new Map(statements.map((s) => [s, (found.get(s.id) ?? []).map(toProblemType)]));
        },
        [],
      )
      .load(ns);
  }

  @Authorized(WRITERS)
  @FieldResolver(() => [StatementNoticeType], {
    description:
      'Aids to the office’s assessment of the statement as stored (never refusals): e.g. a coordinator asked for by a partnership below the complexity aid (an assumption), counted over the units taking part in this partnership. Batched per round.',
  })
  notices(@Root() ns: NeedsStatement, @Ctx() ctx: RequestContext): Promise<StatementNoticeType[]> {
    return ctx.loaders
      .get<NeedsStatement, StatementNoticeType[]>(
        'statementNotices',
        async (statements) => {
          const found = await new StatementProblems(ctx.em).noticesFor(
            statements.map((s) => ({ id: s.id, roundId: s.round.id })),
          );
          return new Map(
            statements.map((s) => [
              s,
              (found.get(s.id) ?? []).map((n) => ({
                ...toProblemType(n),
                clause: n.clause,
                assumption: n.assumption,
              })),
            ]),
          );
        },
        [],
      )
      .load(ns);
  }

  @Authorized(Role.ADMIN, Role.FORUM, Role.PARTNERSHIP)
  @FieldResolver(() => Boolean, {
    description:
      'Whether an owner of the partnership is a newcomer in the round’s year by the county plan’s rule: it never took part, or not in as many years as the plan counts as a long while (plan rule 4). From the same funding history as `problems`; batched per round.',
  })
  newcomer(@Root() ns: NeedsStatement, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.loaders
      .get<NeedsStatement, boolean>(
        'statementNewcomer',
        async (statements) => {
          const found = await new StatementProblems(ctx.em).newcomersFor(
            statements.map((s) => ({ id: s.id, roundId: s.round.id })),
          );
          return new Map(statements.map((s) => [s, found.get(s.id) ?? false]));
        },
        false,
      )
      .load(ns);
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
@requestScoped()
export class RoundNeedsStatementsResolver {
  constructor(private readonly statements: NeedsStatementService) {}

  @Authorized(WRITERS)
  @FieldResolver(() => NeedsStatementConnection, {
    description: 'The round’s needs statements, with filters and sorting.',
  })
  async needsStatements(
    @Root() round: Round,
    @Args(() => NeedsStatementsPageArgs) args: NeedsStatementsPageArgs,
  ): Promise<ConnectionShape<NeedsStatement>> {
    return toConnection(await this.statements.page(round.id, args));
  }
}
