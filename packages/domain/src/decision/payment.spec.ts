import { describe, expect, it } from 'vitest';
import { paymentHolds, paymentPlan, paymentStatus, replanPayments } from './payment.js';

describe('paymentPlan', () => {
  it('plans one payment per year and party with money, adding up to the grant', () => {
    const perYear = [
      { year: 2027, owner: 250_001, institution: 0 },
      { year: 2026, owner: 300_000, institution: 199_999 },
    ];
    const plan = paymentPlan(perYear, '2026-04-15');
    expect(plan).toEqual([
      { year: 2026, party: 'OWNER', amount: 300_000, plannedOn: '2026-04-15' },
      { year: 2026, party: 'INSTITUTION', amount: 199_999, plannedOn: '2026-04-15' },
      { year: 2027, party: 'OWNER', amount: 250_001, plannedOn: '2027-03-01' },
    ]);
    const sum = plan.reduce((s, p) => s + p.amount, 0);
    expect(sum).toBe(perYear.reduce((s, y) => s + y.owner + y.institution, 0));
  });
  it('refuses money that is not whole kroner', () => {
    expect(() => paymentPlan([{ year: 2026, owner: 0.5, institution: 0 }], '2026-04-15')).toThrow(
      RangeError,
    );
  });
});

describe('paymentHolds', () => {
  const due = '2027-06-01';
  it('holds nothing before a report falls due', () => {
    expect(paymentHolds([{ year: 2026, dueDate: due, status: null }], '2027-06-01')).toEqual([]);
  });
  it('holds while a due report is missing, returned or awaiting review; released when accepted', () => {
    const today = '2027-06-02';
    const reason = (status: 'SUBMITTED' | 'RETURNED' | 'ACCEPTED' | null) =>
      paymentHolds([{ year: 2026, dueDate: due, status }], today).map((h) => h.reason);
    expect(reason(null)).toEqual(['REPORT_MISSING']);
    expect(reason('RETURNED')).toEqual(['REPORT_RETURNED']);
    expect(reason('SUBMITTED')).toEqual(['REPORT_AWAITING_REVIEW']);
    expect(reason('ACCEPTED')).toEqual([]);
    const holds = paymentHolds([{ year: 2026, dueDate: due, status: null }], today);
    expect(holds[0]!.text.nb).toBe('Rapporten for 2026 mangler (frist 2027-06-01).');
    expect(paymentStatus(null, holds)).toBe('HELD');
    expect(paymentStatus(null, [])).toBe('PLANNED');
    expect(paymentStatus('2027-06-03', holds)).toBe('PAID');
  });
});

describe('replanPayments', () => {
  it('plans what the new grant adds beyond what is paid and reports what was paid too much', () => {
    const next = paymentPlan(
      [
        { year: 2026, owner: 200_000, institution: 250_000 },
        { year: 2027, owner: 100_000, institution: 0 },
      ],
      '2026-04-15',
    );
    const { toPlan, overpaid } = replanPayments(next, [
      { year: 2026, party: 'OWNER', amount: 300_000 },
      { year: 2026, party: 'INSTITUTION', amount: 200_000 },
    ]);
    expect(toPlan).toEqual([
      { year: 2026, party: 'INSTITUTION', amount: 50_000, plannedOn: '2026-04-15' },
      { year: 2027, party: 'OWNER', amount: 100_000, plannedOn: '2027-03-01' },
    ]);
    expect(overpaid).toEqual([{ year: 2026, party: 'OWNER', amount: 100_000 }]);
  });
});
