import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { requestScoped } from '../../common/request-container.js';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { Decision } from '../decision/decision.entity.js';
import { MarkPaymentPaidInput, PaymentPlanResult, PaymentRow } from './dto/payment.types.js';
import { PaymentService } from './payment.service.js';
import { RepaymentClaim } from './repayment-claim.entity.js';
import { RepaymentService } from './repayment.service.js';

/** Where a repayment claim's letter is fetched (GET, with the bearer token). */
export const repaymentClaimPath = (id: string) => `/files/repayment-claims/${id}.pdf`;

@Resolver(() => PaymentRow)
@requestScoped()
export class PaymentResolver {
  constructor(
    private readonly paymentService: PaymentService,
    private readonly repayments: RepaymentService,
  ) {}

  @Authorized(Role.ADMIN)
  @Query(() => [PaymentRow], {
    description: 'A round’s payments with their status on `asOf` (ISO date, default today).',
  })
  payments(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('asOf', () => String, { nullable: true }) asOf: string | null,
  ): Promise<PaymentRow[]> {
    return this.paymentService.ofRound(roundId, asOf);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PaymentPlanResult, {
    description:
      'Plans the payments of the round’s granted decisions that have none yet (idempotent). Deciding a round plans its payments itself; this catches up decisions recorded without a plan.',
  })
  planPayments(@Arg('roundId', () => ID) roundId: string): Promise<PaymentPlanResult> {
    return this.paymentService.planRound(roundId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PaymentRow, { description: 'Marks a payment paid (refused while it is held).' })
  markPaymentPaid(
    @Arg('input', () => MarkPaymentPaidInput) input: MarkPaymentPaidInput,
  ): Promise<PaymentRow> {
    return this.paymentService.markPaid(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RepaymentClaim, {
    description:
      'Issues the repayment claim (with its letter) for funds an accepted report left unspent.',
  })
  issueRepaymentClaim(
    @Arg('annualReportId', () => ID) annualReportId: string,
  ): Promise<RepaymentClaim> {
    return this.repayments.issue(annualReportId);
  }
}

@Resolver(() => RepaymentClaim)
export class RepaymentClaimResolver {
  @FieldResolver(() => String, { description: 'The letter PDF’s URL (GET with the bearer token).' })
  url(@Root() claim: RepaymentClaim): string {
    return repaymentClaimPath(claim.id);
  }

  @FieldResolver(() => ID)
  annualReportId(@Root() claim: RepaymentClaim): string {
    return claim.annualReport.id;
  }
}

@Resolver(() => Decision)
@requestScoped()
export class DecisionPaymentsResolver {
  constructor(
    private readonly paymentService: PaymentService,
    private readonly repayments: RepaymentService,
  ) {}

  @Authorized(Role.ADMIN, Role.PARTNERSHIP)
  @FieldResolver(() => [PaymentRow], {
    description: 'The payment plan, with each payment’s status today.',
  })
  payments(@Root() decision: Decision, @Ctx() ctx: RequestContext): Promise<PaymentRow[]> {
    return ctx.loaders
      .get<string, PaymentRow[]>(
        'paymentsByDecision',
        async (ids) => {
          const rows = await this.paymentService.rows({
            decision: { $in: [...ids] },
          });
          const out = new Map<string, PaymentRow[]>();
          for (const r of rows) out.set(r.decisionId, [...(out.get(r.decisionId) ?? []), r]);
          return out;
        },
        [],
      )
      .load(decision.id);
  }

  @Authorized(Role.ADMIN, Role.PARTNERSHIP)
  @FieldResolver(() => [RepaymentClaim])
  repaymentClaims(
    @Root() decision: Decision,
    @Ctx() ctx: RequestContext,
  ): Promise<RepaymentClaim[]> {
    return ctx.loaders
      .get<string, RepaymentClaim[]>(
        'repaymentClaimsByDecision',
        (ids) => this.repayments.ofDecisions(ids),
        [],
      )
      .load(decision.id);
  }
}
