import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../test/test-server.js';
import { codeOf, sqlOn, type Headers } from './support/common.js';
import {
  PAYMENT_FIELDS,
  paymentsOf,
  startMoneyWorld,
  submitReport as submitReportOf,
  type Grant,
  type Payment,
} from './support/money.js';

// Payments and their holds, the repayment claim and the payments CSV. (Complaints: money-complaints; the archive: money-archive.)

describe('payments, holds, repayment claims and the payments CSV over HTTP', () => {
  let api: TestApi;
  let admin: Headers;
  let round2025: string;

  beforeAll(async () => {
    const world = await startMoneyWorld();
    ({ api, admin, round2025 } = world);
  });

  afterAll(() => api?.close());

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
    return sqlOn<T>(api, query, params);
  }

  const payments = (roundId: string, headers = admin) => paymentsOf(api, roundId, headers);

  function get(path: string, headers: Headers = {}) {
    return fetch(`${api.server.url}${path}`, { headers });
  }

  // ---------------------------------------------------------------- payments and holds

  let held: Payment;
  let heldDecision: { id: string; partnershipId: string; grant: Grant };

  it('plans every granted decision’s payments once, adding up to the grants', async () => {
    const plan = `mutation($r: ID!) { planPayments(roundId: $r) { planned payments } }`;
    const first = await api.graphql<{ planPayments: { planned: number; payments: number } }>(
      plan,
      { r: round2025 },
      admin,
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.planPayments.planned).toBeGreaterThan(0);
    const again = await api.graphql<{ planPayments: { planned: number } }>(
      plan,
      { r: round2025 },
      admin,
    );
    expect(again.body.data!.planPayments.planned).toBe(0);
    const rows = await payments(round2025);
    const [granted] = await sql<{ total: string }>(
      `select coalesce(sum(granted_total), 0) as total from decision where round_id = ?`,
      [round2025],
    );
    expect(rows.reduce((s, p) => s + p.amount, 0)).toBe(Number(granted!.total));
    expect(rows.every((p) => /^\d{9}$/.test(p.payeeOrgnr))).toBe(true);
  });

  it('holds a payment while the due report is missing, and refuses to pay it (CONFLICT PAYMENT_HELD)', async () => {
    const rows = await payments(round2025);
    // A 2025 grant's report was due 1 June 2026 (the default deadline): it is missing.
    held = rows.find((p) => p.year === 2026 && p.party === 'OWNER') ?? rows[0]!;
    expect(held.status).toBe('HELD');
    expect(held.holds).toEqual([
      expect.objectContaining({
        year: 2025,
        reason: 'REPORT_MISSING',
        text: 'Rapporten for 2025 mangler (frist 2026-06-01).',
      }),
    ]);
    const pay = await api.graphql(
      `mutation($i: MarkPaymentPaidInput!) { markPaymentPaid(input: $i) { id status } }`,
      { i: { paymentId: held.id, expectedVersion: held.version } },
      admin,
    );
    expect(codeOf(pay.body.errors)).toBe('CONFLICT');
    expect(pay.body.errors![0]!.extensions!['reason']).toBe('PAYMENT_HELD');
    const [row] = await sql<{ id: string; partnership_id: string; granted_per_year: Grant[] }>(
      `select id, partnership_id, granted_per_year from decision where id = ?`,
      [held.decisionId],
    );
    heldDecision = {
      id: row!.id,
      partnershipId: row!.partnership_id,
      grant: row!.granted_per_year.find((y) => y.year === 2025)!,
    };
    expect(
      await sql(`select 1 from payment where id = ? and paid_on is null`, [held.id]),
    ).toHaveLength(1);
  });

  let reportId = '';
  let reportVersion = 0;

  const submitReport = (partnership: Headers) =>
    submitReportOf(api, admin, heldDecision, partnership);

  const heldPayment = async () => (await payments(round2025)).find((p) => p.id === held.id)!;

  it('keeps it held while the report awaits review and after it is returned; releases it when accepted', async () => {
    const partnership = await api.as('PARTNERSHIP', 'troms', heldDecision.partnershipId);
    const submitted = await submitReport(partnership);
    expect((await heldPayment()).holds.map((h) => h.reason)).toEqual(['REPORT_AWAITING_REVIEW']);
    const returned = await api.graphql<{ returnAnnualReport: { version: number } }>(
      `mutation($id: ID!, $v: Int!) { returnAnnualReport(id: $id, version: $v, comment: "Mangler bilag.") { version } }`,
      { id: submitted.id, v: submitted.version },
      admin,
    );
    expect(returned.body.errors).toBeUndefined();
    expect((await heldPayment()).holds.map((h) => h.reason)).toEqual(['REPORT_RETURNED']);
    const again = await submitReport(partnership);
    const accepted = await api.graphql<{ acceptAnnualReport: { status: string; version: number } }>(
      `mutation($id: ID!, $v: Int!) { acceptAnnualReport(id: $id, version: $v) { status version } }`,
      { id: again.id, v: again.version },
      admin,
    );
    expect(accepted.body.errors).toBeUndefined();
    reportId = again.id;
    reportVersion = accepted.body.data!.acceptAnnualReport.version;
    const released = await heldPayment();
    expect(released).toMatchObject({ status: 'PLANNED', holds: [] });
    const paid = await api.graphql<{ markPaymentPaid: Payment & { paidOn: string } }>(
      `mutation($i: MarkPaymentPaidInput!) { markPaymentPaid(input: $i) { ${PAYMENT_FIELDS} } }`,
      { i: { paymentId: released.id, expectedVersion: released.version } },
      admin,
    );
    expect(paid.body.errors).toBeUndefined();
    expect(paid.body.data!.markPaymentPaid.status).toBe('PAID');
    const twice = await api.graphql(
      `mutation($i: MarkPaymentPaidInput!) { markPaymentPaid(input: $i) { id } }`,
      { i: { paymentId: released.id, expectedVersion: paid.body.data!.markPaymentPaid.version } },
      admin,
    );
    expect(twice.body.errors![0]!.extensions!['reason']).toBe('ALREADY_PAID');
    const audit = await sql(
      `select 1 from audit_log where action = 'markPaymentPaid' and entity_id = ?`,
      [released.id],
    );
    expect(audit).toHaveLength(1);
    expect(reportVersion).toBeGreaterThan(0);
  });

  // ---------------------------------------------------------------- repayment claim

  it('issues a repayment claim for the unspent 1 234 kr, with a frozen PDF the partnership can fetch', async () => {
    const issue = `mutation($r: ID!) { issueRepaymentClaim(annualReportId: $r) { id year ownerAmount institutionAmount total sha256 url dueOn } }`;
    const { body } = await api.graphql<{
      issueRepaymentClaim: {
        id: string;
        total: number;
        ownerAmount: number;
        sha256: string;
        url: string;
      };
    }>(issue, { r: reportId }, admin);
    expect(body.errors).toBeUndefined();
    const claim = body.data!.issueRepaymentClaim;
    expect(claim).toMatchObject({ total: 1_234, ownerAmount: 1_234, institutionAmount: 0 });
    const again = await api.graphql(issue, { r: reportId }, admin);
    expect(again.body.errors![0]!.extensions!['reason']).toBe('CLAIM_EXISTS');

    const own = await api.as('PARTNERSHIP', 'troms', heldDecision.partnershipId);
    const response = await get(claim.url, own);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(claim.sha256);
    const [other] = await sql<{ id: string }>(`select id from partnership where id <> ? limit 1`, [
      heldDecision.partnershipId,
    ]);
    expect((await get(claim.url, await api.as('PARTNERSHIP', 'troms', other!.id))).status).toBe(
      404,
    );
    expect((await get(claim.url)).status).toBe(401);
  });

  // ---------------------------------------------------------------- CSV

  it('exports the payments as CSV with the payees’ organisation numbers, for the county’s ADMIN only', async () => {
    const url = `/exports/payments.csv?roundId=${round2025}`;
    expect((await get(url)).status).toBe(401);
    const [anyPartnership] = await sql<{ id: string }>(`select id from partnership limit 1`);
    expect((await get(url, await api.as('PARTNERSHIP', 'troms', anyPartnership!.id))).status).toBe(
      403,
    );
    const response = await get(url, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const [head, ...lines] = text.trimEnd().split('\r\n');
    expect(head!.split(';').slice(0, 6)).toEqual([
      'organisasjonsnummer',
      'mottaker',
      'part',
      'aar',
      'belop',
      'status',
    ]);
    const rows = await payments(round2025);
    expect(lines).toHaveLength(rows.length);
    const orgnrs = await sql<{ orgnr: string }>(
      `select o.orgnr from owner o union select i.orgnr from institution i`,
    );
    const known = new Set(orgnrs.map((o) => o.orgnr));
    for (const line of lines) {
      const cells = line.split(';');
      expect(known.has(cells[0]!)).toBe(true);
      expect(cells[4]).toMatch(/^\d+$/);
    }
    expect(lines.some((l) => l.includes(';BETALT;'))).toBe(true);
    const sum = lines.reduce((s, l) => s + Number(l.split(';')[4]), 0);
    expect(sum).toBe(rows.reduce((s, p) => s + p.amount, 0));
  });
});
