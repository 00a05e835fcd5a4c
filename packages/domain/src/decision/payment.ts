import type { LocalizedText } from '../common/localized-text.js';
import { isKroner, type Kroner } from '../money/kroner.js';
import type { ReportStatus } from '../reporting/follow-up.js';

/**
 * Payments of a grant (utbetaling). A decision's grant per year and party is paid out year by
 * year; the plan says nothing about when. Payment follows the report duty (plan rule 12: every
 * grant reports yearly): a payment waits while a report that has fallen due is missing, returned,
 * or not yet accepted.
 */
export type PaymentParty = 'OWNER' | 'INSTITUTION';
export type PaymentStatus = 'PLANNED' | 'PAID' | 'HELD';

/**
 * When a grant year is paid: the plan is silent, so this is an assumption (shown as "antakelse"):
 * 1 March of the grant year, or the day of the decision when that is later (the round's first
 * year is decided in April).
 */
export const DEFAULT_PAYMENT_DAY = { month: 3, day: 1 } as const;

export const PAYMENT_ASSUMPTIONS: Record<'PAYMENT_DAY' | 'HOLD_UNTIL_ACCEPTED', LocalizedText> = {
  PAYMENT_DAY: {
    nb: 'Antakelse: et tilskuddsår utbetales 1. mars i året, eller på vedtaksdagen om den er senere (planen sier ikke når).',
    en: 'Assumption: a grant year is paid on 1 March of the year, or on the day of the decision when that is later (the plan does not say when).',
  },
  HOLD_UNTIL_ACCEPTED: {
    nb: 'Antakelse: en innsendt rapport som ennå ikke er godkjent holder også utbetalingen tilbake; den frigis når rapporten godkjennes.',
    en: 'Assumption: a submitted report not yet accepted also holds the payment; it is released when the report is accepted.',
  },
};

export interface PlannedPayment {
  year: number;
  party: PaymentParty;
  amount: Kroner;
  /** ISO date. */
  plannedOn: string;
}

/**
 * The payment plan of a decision: one payment per grant year and party with money, in year order
 * (owner first). The parts are the decision's own figures, so they add up to the grant exactly.
 */
export function paymentPlan(
  grantedPerYear: readonly { year: number; owner: Kroner; institution: Kroner }[],
  decidedOn: string,
): PlannedPayment[] {
  const payments: PlannedPayment[] = [];
  for (const y of [...grantedPerYear].sort((a, b) => a.year - b.year)) {
    const day = `${y.year}-${pad(DEFAULT_PAYMENT_DAY.month)}-${pad(DEFAULT_PAYMENT_DAY.day)}`;
    const plannedOn = day < decidedOn ? decidedOn : day;
    for (const [party, amount] of [
      ['OWNER', y.owner],
      ['INSTITUTION', y.institution],
    ] as const) {
      if (!isKroner(amount) || amount < 0) {
        throw new RangeError(`${party} ${y.year}: not whole kroner: ${amount}`);
      }
      if (amount > 0) payments.push({ year: y.year, party, amount, plannedOn });
    }
  }
  return payments;
}

export type HoldReason = 'REPORT_MISSING' | 'REPORT_RETURNED' | 'REPORT_AWAITING_REVIEW';

export interface ReportDue {
  /** The grant year reported on. */
  year: number;
  /** ISO date the report is due; it is late from the day after. */
  dueDate: string;
  /** The report's status, or null while none is submitted. */
  status: ReportStatus | null;
}

export interface PaymentHold {
  year: number;
  reason: HoldReason;
  dueDate: string;
  text: LocalizedText;
}

/**
 * Why a payment is held today: every report of the same decision that has fallen due (its due
 * date passed) and is missing, returned, or awaiting review. An empty list: not held.
 */
export function paymentHolds(reports: readonly ReportDue[], today: string): PaymentHold[] {
  const holds: PaymentHold[] = [];
  for (const r of [...reports].sort((a, b) => a.year - b.year)) {
    if (today <= r.dueDate || r.status === 'ACCEPTED') continue;
    const reason: HoldReason =
      r.status === null
        ? 'REPORT_MISSING'
        : r.status === 'RETURNED'
          ? 'REPORT_RETURNED'
          : 'REPORT_AWAITING_REVIEW';
    const text: Record<HoldReason, LocalizedText> = {
      REPORT_MISSING: {
        nb: `Rapporten for ${r.year} mangler (frist ${r.dueDate}).`,
        en: `The report for ${r.year} is missing (due ${r.dueDate}).`,
      },
      REPORT_RETURNED: {
        nb: `Rapporten for ${r.year} er sendt tilbake og må sendes inn på nytt.`,
        en: `The report for ${r.year} was returned and must be resubmitted.`,
      },
      REPORT_AWAITING_REVIEW: {
        nb: `Rapporten for ${r.year} er sendt inn, men ikke godkjent ennå (antakelse: utbetalingen venter på godkjenningen).`,
        en: `The report for ${r.year} is submitted but not yet accepted (assumption: the payment waits for acceptance).`,
      },
    };
    holds.push({ year: r.year, reason, dueDate: r.dueDate, text: text[reason] });
  }
  return holds;
}

/** A payment's status: PAID once paid; otherwise HELD while a hold stands, else PLANNED. */
export function paymentStatus(paidOn: string | null, holds: readonly PaymentHold[]): PaymentStatus {
  if (paidOn) return 'PAID';
  return holds.length > 0 ? 'HELD' : 'PLANNED';
}

/**
 * A changed grant (a new decision version) against the payments made so far: the new plan's
 * unpaid payments, and the paid ones the new grant no longer covers (a repayment question for the
 * office, never silently dropped).
 */
export function replanPayments(
  next: readonly PlannedPayment[],
  paid: readonly { year: number; party: PaymentParty; amount: Kroner }[],
): {
  toPlan: PlannedPayment[];
  overpaid: { year: number; party: PaymentParty; amount: Kroner }[];
} {
  const toPlan: PlannedPayment[] = [];
  const overpaid: { year: number; party: PaymentParty; amount: Kroner }[] = [];
  const paidOf = (year: number, party: PaymentParty) =>
    paid.filter((p) => p.year === year && p.party === party).reduce((s, p) => s + p.amount, 0);
  for (const p of next) {
    const already = paidOf(p.year, p.party);
    if (p.amount > already) toPlan.push({ ...p, amount: p.amount - already });
  }
  for (const p of paid) {
    const planned = next
      .filter((n) => n.year === p.year && n.party === p.party)
      .reduce((s, n) => s + n.amount, 0);
    const already = paidOf(p.year, p.party);
    if (already > planned && !overpaid.some((o) => o.year === p.year && o.party === p.party)) {
      overpaid.push({ year: p.year, party: p.party, amount: already - planned });
    }
  }
  return { toPlan, overpaid };
}

const pad = (n: number) => String(n).padStart(2, '0');
