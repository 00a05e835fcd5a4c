import {
  paymentHolds,
  paymentPlan,
  paymentStatus,
  replanPayments,
  reportDueDate,
  type PaymentHold,
  type ReportDue,
} from '@kompetansemidler/domain';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { lockForEdit } from '../../common/lock-for-edit.js';
import {
  requireViewer,
  viewerCountyId,
  type ServiceContext,
} from '../../common/service-context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors/app-error.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { County } from '../county/county.entity.js';
import { Decision, DecisionStatus } from '../decision/decision.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { AnnualReport } from '../reporting/annual-report.entity.js';
import { todayInNorway } from '../reporting/reporting.service.js';
import { Round } from '../round/round.entity.js';
import type { MarkPaymentPaidInput, PaymentRow } from './dto/payment.types.js';
import { Payment, PaymentParty, PaymentStatus } from './payment.entity.js';
import { injectServiceContext, requestScoped } from '../../common/request-container.js';

@requestScoped()
export class PaymentService {
  constructor(@injectServiceContext() private readonly ctx: ServiceContext) {}

  private get em() {
    return this.ctx.em;
  }

  /**
   * Plans the payments of every granted decision of the round that has no plan yet, in one
   * transaction (idempotent: decisions with a plan are left alone). Deciding a round plans its
   * decisions' payments itself; this is for decisions recorded without a plan (made before plans
   * were made at the decision, or seeded).
   */
  async planRound(roundId: string): Promise<{ planned: number; payments: number }> {
    requireViewer(this.ctx.viewer);
    const countyId = viewerCountyId(this.ctx.viewer);
    return this.em.transactional(async (em) => {
      const round = await em.findOne(Round, { id: roundId });
      if (!round) throw new NotFoundError('Round', roundId);
      const decisions = await em.find(
        Decision,
        { round: roundId, status: { $ne: DecisionStatus.REJECTED } },
        { populate: ['partnership.institution', 'partnership.owners', 'partnership.leadOwner'] },
      );
      const existing = new Set(
        (
          await em.find(
            Payment,
            { round: roundId },
            { fields: ['decision'], disableIdentityMap: true },
          )
        ).map((p) => p.decision.id),
      );
      let planned = 0;
      let payments = 0;
      for (const decision of decisions) {
        if (existing.has(decision.id)) continue;
        const made = createPayments(em, countyId, decision, planFor(decision));
        if (made.length === 0) continue;
        planned += 1;
        payments += made.length;
      }
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'planPayments',
        entityType: 'Round',
        entityId: round.id,
        after: { planned, payments },
      });
      return { planned, payments };
    });
  }

  /** The payments (not cancelled) the filter selects, with their status as of `asOf`. */
  async rows(where: FilterQuery<Payment>, asOf?: string | null): Promise<PaymentRow[]> {
    const today = parseDate(asOf, 'asOf') ?? todayInNorway();
    const payments = await this.em.find(
      Payment,
      { ...(where as object), cancelledAt: null } as FilterQuery<Payment>,
      { orderBy: { year: 'asc', party: 'desc', id: 'asc' } },
    );
    const holds = await holdsOf(this.em, [...new Set(payments.map((p) => p.decision.id))], today);
    const partnerships = new Map(
      (
        await this.em.find(Partnership, {
          id: { $in: [...new Set(payments.map((p) => p.partnership.id))] },
        })
      ).map((p) => [p.id, p.name]),
    );
    return payments.map((p) => toRow(p, holds.get(p.decision.id) ?? [], partnerships));
  }

  async ofRound(roundId: string, asOf?: string | null): Promise<PaymentRow[]> {
    return this.rows({ round: roundId }, asOf);
  }

  /** Marks a payment paid: refused while it is held (CONFLICT, reason PAYMENT_HELD) or paid. */
  async markPaid(input: MarkPaymentPaidInput): Promise<PaymentRow> {
    const viewer = requireViewer(this.ctx.viewer);
    const today = todayInNorway();
    const paidOn = parseDate(input.paidOn, 'paidOn') ?? today;
    if (paidOn > today) {
      throw new BadUserInputError('paidOn cannot be in the future.', { field: 'paidOn' });
    }
    return this.em.transactional(async (em) => {
      const payment = await lockForEdit(em, Payment, input.paymentId, input.expectedVersion);
      if (payment.cancelledAt) {
        throw new ConflictError('The payment was cancelled by a changed decision.', {
          reason: 'PAYMENT_CANCELLED',
        });
      }
      if (payment.paidOn) {
        throw new ConflictError(`The payment was already paid on ${payment.paidOn}.`, {
          reason: 'ALREADY_PAID',
        });
      }
      const holds =
        (await holdsOf(em, [payment.decision.id], today)).get(payment.decision.id) ?? [];
      if (holds.length > 0) {
        throw new ConflictError(`The payment is held: ${holds.map((h) => h.text.en).join(' ')}`, {
          reason: 'PAYMENT_HELD',
          holds: holds.map((h) => ({ year: h.year, reason: h.reason })),
        });
      }
      const before = snapshot(payment);
      payment.paidOn = paidOn;
      payment.paidBy = viewer.name;
      await em.flush();
      recordAudit(em, this.ctx, {
        action: 'markPaymentPaid',
        entityType: 'Payment',
        entityId: payment.id,
        before,
        after: snapshot(payment),
      });
      const partnership = await em.findOneOrFail(Partnership, { id: payment.partnership.id });
      return toRow(payment, [], new Map([[partnership.id, partnership.name]]));
    });
  }
}

/** The decision's payment plan: its grant per year and party, from the day it was decided. */
function planFor(decision: Decision) {
  return paymentPlan(decision.grantedPerYear, todayInNorway(decision.decidedAt));
}

function createPayments(
  em: EntityManager,
  countyId: string,
  decision: Decision,
  plan: ReturnType<typeof paymentPlan>,
): Payment[] {
  const partnership = decision.partnership.getEntity();
  const institution = partnership.institution.getEntity();
  const owners = partnership.owners.getItems();
  const owner =
    partnership.leadOwner?.getEntity() ??
    [...owners].sort((a, b) => a.name.localeCompare(b.name, 'nb'))[0];
  return plan.map((p) => {
    const payee = p.party === 'OWNER' ? owner : institution;
    if (!payee) {
      throw new ConflictError(`Partnership ${partnership.name} has no owner to pay.`, {
        reason: 'NO_PAYEE',
      });
    }
    return em.create(Payment, {
      county: em.getReference(County, countyId),
      decision,
      partnership,
      round: decision.round,
      year: p.year,
      party: PaymentParty[p.party],
      amount: p.amount,
      plannedOn: p.plannedOn,
      payeeName: payee.name,
      payeeOrgnr: payee.orgnr,
    });
  });
}

/**
 * Plans a new decision's payments (its grant per year and party, from the day it was decided), in
 * the caller's transaction. Used when a round is decided.
 */
export async function planDecision(
  em: EntityManager,
  countyId: string,
  decision: Decision,
): Promise<Payment[]> {
  await em.populate(decision, [
    'partnership.institution',
    'partnership.owners',
    'partnership.leadOwner',
  ]);
  return createPayments(em, countyId, decision, planFor(decision));
}

/**
 * After a decision changed (a complaint, the partnership's split of a reduced grant): its unpaid
 * payments are cancelled (kept) and the new grant's remainder over what was paid is planned. What
 * was paid beyond the new grant is returned for the office to follow up. A decision that had no
 * plan gets its whole plan.
 */
export async function replanDecision(
  em: EntityManager,
  countyId: string,
  decision: Decision,
): Promise<{
  cancelled: number;
  planned: number;
  overpaid: { year: number; party: string; amount: number }[];
}> {
  const current = await em.find(Payment, { decision: decision.id, cancelledAt: null });
  await em.populate(decision, [
    'partnership.institution',
    'partnership.owners',
    'partnership.leadOwner',
  ]);
  const paid = current.filter((p) => p.paidOn !== null);
  const { toPlan, overpaid } = replanPayments(planFor(decision), paid);
  const now = new Date();
  let cancelled = 0;
  for (const p of current) {
    if (p.paidOn === null) {
      p.cancelledAt = now;
      cancelled += 1;
    }
  }
  const made = createPayments(em, countyId, decision, toPlan);
  return { cancelled, planned: made.length, overpaid };
}

/** Per decision: what holds its payments on `today` (its reports that fell due and are not in). */
export async function holdsOf(
  em: EntityManager,
  decisionIds: readonly string[],
  today: string,
): Promise<Map<string, PaymentHold[]>> {
  if (decisionIds.length === 0) return new Map();
  const decisions = await em.find(
    Decision,
    { id: { $in: [...decisionIds] } },
    { populate: ['round'] },
  );
  const reports = await em.find(
    AnnualReport,
    { decision: { $in: [...decisionIds] } },
    { fields: ['decision', 'year', 'status'] },
  );
  const statusOf = new Map(reports.map((r) => [`${r.decision.id}:${r.year}`, r.status]));
  const holds = new Map<string, PaymentHold[]>();
  for (const d of decisions) {
    const round = d.round.getEntity();
    const due: ReportDue[] = d.grantedPerYear
      .filter((y) => y.amount > 0)
      .map((y) => ({
        year: y.year,
        dueDate: reportDueDate(round.calendar, round.year, y.year).date,
        status: statusOf.get(`${d.id}:${y.year}`) ?? null,
      }));
    holds.set(d.id, paymentHolds(due, today));
  }
  return holds;
}

function toRow(p: Payment, holds: PaymentHold[], names: Map<string, string>): PaymentRow {
  const status = paymentStatus(p.paidOn, holds);
  return {
    id: p.id,
    decisionId: p.decision.id,
    partnershipId: p.partnership.id,
    partnershipName: names.get(p.partnership.id) ?? '',
    year: p.year,
    party: p.party,
    amount: p.amount,
    payeeName: p.payeeName,
    payeeOrgnr: p.payeeOrgnr,
    plannedOn: p.plannedOn,
    status: PaymentStatus[status],
    holds:
      status === 'HELD'
        ? holds.map((h) => ({
            year: h.year,
            reason: h.reason,
            dueDate: h.dueDate,
            text: h.text.nb,
          }))
        : [],
    paidOn: p.paidOn,
    paidBy: p.paidBy,
    version: p.version,
  };
}

function parseDate(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
  if (!ok) throw new BadUserInputError(`${field} must be an ISO date (YYYY-MM-DD).`, { field });
  return value;
}
