import { createHash } from 'node:crypto';
import {
  NORDLAND_LIKE_EXAMPLE_PLAN,
  TROMS_MUNICIPALITIES,
  TROMS_PLAN_2026_2029,
} from '@kompetansemidler/domain';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoundStatus } from '../src/modules/round/round-status.js';
import { seedDemoCounty } from '../src/seeders/demo-county.js';
import { NORDLAND_DEMO_MUNICIPALITIES } from '../src/seeders/demo.seeder.js';
import { startTestApi, type TestApi } from '../test/test-server.js';

type Headers = Record<string, string>;
type GqlError = { message: string; path?: string[]; extensions?: Record<string, unknown> };
interface Grant {
  year: number;
  amount: number;
  owner: number;
  institution: number;
  coordinator: number;
}
interface Payment {
  id: string;
  decisionId: string;
  year: number;
  party: string;
  amount: number;
  payeeOrgnr: string;
  status: string;
  holds: { year: number; reason: string; text: string }[];
  version: number;
}

const PAYMENT_FIELDS = `id decisionId partnershipId year party amount payeeName payeeOrgnr plannedOn status
  holds { year reason dueDate text } paidOn version`;
const COMPLAINT_FIELDS = `id status complainant grounds receivedOn notifiedOn deadline timely daysLate
  deadlineExplanation assumptions reasons lateReason caseSummary resultingVersion version decision { id }`;
const codeOf = (errors: GqlError[] | undefined) => errors?.[0]?.extensions?.['code'];

describe('complaints, payments, repayment, CSV and archive over HTTP', () => {
  let api: TestApi;
  let admin: Headers;
  let round2025: string;
  let round2026: string;

  beforeAll(async () => {
    api = await startTestApi();
    await seedDemoCounty(api.db.orm.em.fork(), {
      code: 'troms',
      name: 'Statsforvalteren i Troms (test)',
      plan: TROMS_PLAN_2026_2029,
      municipalities: TROMS_MUNICIPALITIES,
      seed: 17,
      multiYear: true,
      rounds: [
        { year: 2025, statements: 8, status: RoundStatus.REPORTING },
        { year: 2026, statements: 8, status: RoundStatus.DECIDED },
      ],
    });
    await seedDemoCounty(api.db.orm.em.fork(), {
      code: 'nordland',
      name: 'Statsforvalteren i Nordland (test)',
      plan: NORDLAND_LIKE_EXAMPLE_PLAN,
      municipalities: NORDLAND_DEMO_MUNICIPALITIES,
      seed: 3,
      rounds: [{ year: 2026, statements: 2, status: RoundStatus.OPEN }],
    });
    await sql(`delete from annual_report`);
    const rounds = await sql<{ id: string; year: number }>(
      `select r.id, r.year from round r join county c on c.id = r.county_id where c.code = 'troms'`,
    );
    round2025 = rounds.find((r) => r.year === 2025)!.id;
    round2026 = rounds.find((r) => r.year === 2026)!.id;
    admin = await api.as('ADMIN', 'troms');
  });

  afterAll(() => api?.close());

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
    return (await api.db.orm.em.getConnection().execute(query, params)) as T[];
  }

  async function payments(roundId: string, headers = admin) {
    const { body } = await api.graphql<{ payments: Payment[] }>(
      `query($r: ID!) { payments(roundId: $r) { ${PAYMENT_FIELDS} } }`,
      { r: roundId },
      headers,
    );
    expect(body.errors).toBeUndefined();
    return body.data!.payments;
  }

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

  async function submitReport(partnership: Headers) {
    const { body: d } = await api.graphql<{
      decision: {
        needsStatement: {
          goals: { longTerm: { id: string }[]; subGoals: { id: string }[] };
          measures: { id: string }[];
        };
      };
    }>(
      `query($id: ID!) { decision(id: $id) { needsStatement { goals { longTerm { id } subGoals { id } } measures { id } } } }`,
      { id: heldDecision.id },
      admin,
    );
    const ns = d.data!.decision.needsStatement;
    const g = heldDecision.grant;
    const ownerSpent = g.owner - 1_234;
    const input = {
      decisionId: heldDecision.id,
      year: 2025,
      measures: ns.measures.map((m) => ({
        measureId: m.id,
        carriedOut: true,
        description: 'Gjennomført.',
      })),
      goals: [...ns.goals.longTerm, ...ns.goals.subGoals].map((goal) => ({
        goalId: goal.id,
        achievement: 'ACHIEVED',
        assessment: 'Nådd.',
      })),
      useOfFunds: 'Frikjøp og reiser.',
      coordinatorUse: g.coordinator > 0 ? 'Koordinator hos eier.' : '',
      accounts: {
        owner: {
          received: g.owner,
          spent: ownerSpent,
          lines: [
            { costLine: 'RELEASED_TIME', amount: ownerSpent - g.coordinator },
            ...(g.coordinator > 0 ? [{ costLine: 'COORDINATOR', amount: g.coordinator }] : []),
          ],
        },
        institution: {
          received: g.institution,
          spent: g.institution,
          lines: [{ costLine: 'COURSES_AND_TEACHING', amount: g.institution }],
        },
      },
    };
    const { body } = await api.graphql<{ submitAnnualReport: { id: string; version: number } }>(
      `mutation($input: SubmitAnnualReportInput!) { submitAnnualReport(input: $input) { id version } }`,
      { input },
      partnership,
    );
    expect(body.errors).toBeUndefined();
    return body.data!.submitAnnualReport;
  }

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

  // ---------------------------------------------------------------- complaints

  let target: { id: string; partnershipId: string; grant: Grant[] };
  let complaint: { id: string; version: number };

  it('registers a complaint with its deadline check; bad dates are refused with their field', async () => {
    const [row] = await sql<{ id: string; partnership_id: string; granted_per_year: Grant[] }>(
      `select id, partnership_id, granted_per_year from decision where round_id = ? and status <> 'REJECTED' order by id limit 1`,
      [round2026],
    );
    target = { id: row!.id, partnershipId: row!.partnership_id, grant: row!.granted_per_year };
    const register = `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { ${COMPLAINT_FIELDS} } }`;
    const bad = await api.graphql(
      register,
      {
        i: {
          decisionId: target.id,
          complainant: 'Tromsø kommune',
          grounds: 'For lavt tilskudd.',
          receivedOn: '2026-04-10',
        },
      },
      admin,
    );
    expect(codeOf(bad.body.errors)).toBe('VALIDATION_FAILED');
    expect((bad.body.errors![0]!.extensions!['problems'] as { path: string[] }[])[0]!.path).toEqual(
      ['receivedOn'],
    );
    const { body } = await api.graphql<{
      registerComplaint: Record<string, unknown> & { id: string; version: number };
    }>(
      register,
      {
        i: {
          decisionId: target.id,
          complainant: 'Tromsø kommune v/ kommunalsjef',
          grounds: 'Vi mener at tilskuddet til eier er for lavt.',
          receivedOn: '2026-05-08',
          noticeChannel: 'POST',
        },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    // Sent 15 April by post: reached 18 April (assumed 3 postal days), deadline Saturday 9 May → Monday 11 May.
    expect(body.data!.registerComplaint).toMatchObject({
      status: 'RECEIVED',
      notifiedOn: '2026-04-15',
      deadline: '2026-05-11',
      timely: true,
      daysLate: 0,
    });
    expect(JSON.stringify(body.data!.registerComplaint['assumptions'])).toContain('Antakelse');
    complaint = body.data!.registerComplaint;
    expect(
      await sql(`select 1 from audit_log where action = 'registerComplaint' and entity_id = ?`, [
        complaint.id,
      ]),
    ).toHaveLength(1);
  });

  it('changes the decision into a new version on the complaint, keeping the old one', async () => {
    const change = `mutation($i: ChangeDecisionInput!) { changeDecisionOnComplaint(input: $i) { ${COMPLAINT_FIELDS} } }`;
    // The round's payments are planned before the change: they must follow the new grant.
    const planned = await api.graphql(
      `mutation($r: ID!) { planPayments(roundId: $r) { planned } }`,
      { r: round2026 },
      admin,
    );
    expect(planned.body.errors).toBeUndefined();
    const shifted = target.grant.map((y, k) =>
      k === 0 && y.institution >= 5_000
        ? {
            year: y.year,
            owner: y.owner + 5_000,
            institution: y.institution - 5_000,
            coordinator: y.coordinator,
          }
        : { year: y.year, owner: y.owner, institution: y.institution, coordinator: y.coordinator },
    );
    const wrongYears = await api.graphql(
      change,
      {
        i: {
          complaintId: complaint.id,
          expectedVersion: complaint.version,
          reasons: 'Eier har rett.',
          grantedPerYear: [...shifted, { year: 2031, owner: 1, institution: 0, coordinator: 0 }],
        },
      },
      admin,
    );
    expect(codeOf(wrongYears.body.errors)).toBe('VALIDATION_FAILED');
    const { body } = await api.graphql<{
      changeDecisionOnComplaint: { status: string; resultingVersion: number };
    }>(
      change,
      {
        i: {
          complaintId: complaint.id,
          expectedVersion: complaint.version,
          reasons: 'Eiers andel var satt for lavt; fordelingen rettes.',
          grantedPerYear: shifted,
        },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.changeDecisionOnComplaint).toMatchObject({
      status: 'CHANGED',
      resultingVersion: 2,
    });
    const { body: d } = await api.graphql<{
      decision: {
        grantedPerYear: Grant[];
        justification: string;
        versions: { versionNo: number; changeReason: string | null; grantedPerYear: Grant[] }[];
      };
    }>(
      `query($id: ID!) { decision(id: $id) { grantedPerYear { year owner institution } justification
         versions { versionNo changeReason grantedPerYear { year owner institution } } } }`,
      { id: target.id },
      admin,
    );
    const decision = d.data!.decision;
    expect(decision.versions.map((v) => v.versionNo)).toEqual([1, 2]);
    expect(decision.versions[0]!.grantedPerYear[0]!.owner).toBe(target.grant[0]!.owner);
    expect(decision.versions[1]!.grantedPerYear[0]!.owner).toBe(shifted[0]!.owner);
    expect(decision.grantedPerYear[0]!.owner).toBe(shifted[0]!.owner);
    expect(decision.versions[1]!.changeReason).toContain('fordelingen rettes');
    expect(decision.justification).toContain('Endret etter klage (fvl. § 33)');
    // The commitment bound for the year follows the new grant.
    const [commitment] = await sql<{ owner: number }>(
      `select c.owner from commitment c join decision d on d.needs_statement_id = c.needs_statement_id where d.id = ? and c.year = ?`,
      [target.id, shifted[0]!.year],
    );
    expect(commitment?.owner).toBe(shifted[0]!.owner);
    // The unpaid payments are replanned (the old ones kept, cancelled): owner's part now as changed.
    const ofTarget = (await payments(round2026)).filter((p) => p.decisionId === target.id);
    const owners = ofTarget.filter((p) => p.party === 'OWNER' && p.year === shifted[0]!.year);
    expect(owners.reduce((s, p) => s + p.amount, 0)).toBe(shifted[0]!.owner);
    expect(ofTarget.reduce((s, p) => s + p.amount, 0)).toBe(
      shifted.reduce((s, y) => s + y.owner + y.institution, 0),
    );
    const cancelled = await sql(
      `select 1 from payment where decision_id = ? and cancelled_at is not null`,
      [target.id],
    );
    expect(cancelled.length).toBeGreaterThan(0);
    // Versions are never changed, not even by the database's owner.
    await expect(
      sql(`update decision_version set justification = 'x' where decision_id = ?`, [target.id]),
    ).rejects.toThrow(/never changed/);
    // Settled once: the second attempt is a CONFLICT.
    const again = await api.graphql(
      `mutation($i: ForwardComplaintInput!) { forwardComplaint(input: $i) { id } }`,
      {
        i: {
          complaintId: complaint.id,
          expectedVersion: complaint.version + 1,
          reasons: 'Står seg likevel.',
        },
      },
      admin,
    );
    expect(codeOf(again.body.errors)).toBe('CONFLICT');
    const audit = await sql<{ entity_type: string }>(
      `select entity_type from audit_log where action = 'changeDecisionOnComplaint' order by entity_type`,
    );
    expect(audit.map((a) => a.entity_type)).toEqual(['Complaint', 'Decision']);
  });

  let forwarded: { id: string };

  it('forwards a late complaint to the directorate only with the office’s § 31 reason, with a case summary', async () => {
    const [row] = await sql<{ id: string }>(
      `select id from decision where round_id = ? and id <> ? order by id limit 1`,
      [round2026, target.id],
    );
    const { body } = await api.graphql<{
      registerComplaint: { id: string; version: number; timely: boolean; daysLate: number };
    }>(
      `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id version timely daysLate } }`,
      {
        i: {
          decisionId: row!.id,
          complainant: 'UiT Norges arktiske universitet',
          grounds: 'Institusjonens andel er feil beregnet.',
          receivedOn: '2026-06-01',
        },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const late = body.data!.registerComplaint;
    expect(late).toMatchObject({ timely: false, daysLate: 26 }); // deadline Wednesday 6 May;
    const forward = `mutation($i: ForwardComplaintInput!) { forwardComplaint(input: $i) { ${COMPLAINT_FIELDS} } }`;
    const missing = await api.graphql(
      forward,
      {
        i: {
          complaintId: late.id,
          expectedVersion: late.version,
          reasons: 'Beregningen følger planen.',
        },
      },
      admin,
    );
    expect(codeOf(missing.body.errors)).toBe('VALIDATION_FAILED');
    expect(
      (missing.body.errors![0]!.extensions!['problems'] as { path: string[] }[])[0]!.path,
    ).toEqual(['lateReason']);
    const ok = await api.graphql<{
      forwardComplaint: { status: string; caseSummary: string; id: string };
    }>(
      forward,
      {
        i: {
          complaintId: late.id,
          expectedVersion: late.version,
          reasons: 'Beregningen følger planen.',
          lateReason: 'Vedtaket ble sendt til feil adresse.',
        },
      },
      admin,
    );
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.forwardComplaint.status).toBe('FORWARDED');
    expect(ok.body.data!.forwardComplaint.caseSummary).toContain('fvl. § 33');
    expect(ok.body.data!.forwardComplaint.caseSummary).toContain(
      'Vedtaket ble sendt til feil adresse.',
    );
    forwarded = ok.body.data!.forwardComplaint;
  });

  it('shows a partnership its own complaints’ statuses and nobody else’s', async () => {
    const own = await api.as('PARTNERSHIP', 'troms', target.partnershipId);
    const { body } = await api.graphql<{ complaints: { id: string; status: string }[] }>(
      `{ complaints { id status } }`,
      {},
      own,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.complaints).toEqual([{ id: complaint.id, status: 'CHANGED' }]);
    const mutation = await api.graphql(
      `mutation($i: ForwardComplaintInput!) { forwardComplaint(input: $i) { id } }`,
      { i: { complaintId: forwarded.id, expectedVersion: 1, reasons: 'Forsøk fra partnerskap.' } },
      own,
    );
    expect(codeOf(mutation.body.errors)).toBe('FORBIDDEN');
  });

  it('lets a partnership file a complaint on its own decision only; a late one the office rejects (REJECTED)', async () => {
    const [mine, theirs] = await sql<{ id: string; partnership_id: string; decided_at: Date }>(
      `select id, partnership_id, decided_at from decision where round_id = ? order by id limit 2`,
      [round2025],
    );
    expect(theirs!.partnership_id).not.toBe(mine!.partnership_id);
    const own = await api.as('PARTNERSHIP', 'troms', mine!.partnership_id);
    const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { ${COMPLAINT_FIELDS} registeredBy } }`;
    const input = {
      decisionId: mine!.id,
      complainant: 'Partnerskapet v/ koordinator',
      grounds: 'Vi mener tilskuddet er for lavt for tiltakene vi har planlagt.',
    };
    // Not another partnership's decision, not the office's door, not without grounds.
    const other = await api.graphql(FILE, { i: { ...input, decisionId: theirs!.id } }, own);
    expect(codeOf(other.body.errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.graphql(FILE, { i: input }, admin)).body.errors)).toBe('FORBIDDEN');
    const empty = await api.graphql(FILE, { i: { ...input, grounds: ' ' } }, own);
    expect(codeOf(empty.body.errors)).toBe('VALIDATION_FAILED');
    expect(
      (empty.body.errors![0]!.extensions!['problems'] as { path: string[] }[])[0]!.path,
    ).toEqual(['grounds']);
    // Filed today, against a decision sent in 2025: checked, and registered as late.
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
    const filed = await api.graphql<{
      fileComplaint: {
        id: string;
        version: number;
        status: string;
        timely: boolean;
        daysLate: number;
        receivedOn: string;
        deadline: string;
        decision: { id: string };
      };
    }>(FILE, { i: input }, own);
    expect(filed.body.errors).toBeUndefined();
    const complaint = filed.body.data!.fileComplaint;
    expect(complaint).toMatchObject({
      status: 'RECEIVED',
      receivedOn: today,
      timely: false,
      decision: { id: mine!.id },
    });
    expect(complaint.daysLate).toBeGreaterThan(0);
    expect(complaint.deadline < today).toBe(true);
    expect(
      await sql(`select 1 from audit_log where action = 'fileComplaint' and entity_id = ?`, [
        complaint.id,
      ]),
    ).toHaveLength(1);

    // The office rejects it (avvist): with its reasons, once; the partnership sees the status.
    const REJECT = `mutation($i: RejectComplaintInput!) { rejectComplaint(input: $i) { id status reasons version } }`;
    const noReason = await api.graphql(
      REJECT,
      { i: { complaintId: complaint.id, expectedVersion: complaint.version, reasons: '' } },
      admin,
    );
    expect(codeOf(noReason.body.errors)).toBe('VALIDATION_FAILED');
    expect(
      codeOf(
        (
          await api.graphql(
            REJECT,
            {
              i: {
                complaintId: complaint.id,
                expectedVersion: complaint.version,
                reasons: 'Selv.',
              },
            },
            own,
          )
        ).body.errors,
      ),
    ).toBe('FORBIDDEN');
    const reasons =
      'Klagen kom mange måneder etter fristen, og det er ikke grunn til å behandle den likevel (fvl. § 31).';
    const rejected = await api.graphql<{ rejectComplaint: { status: string; reasons: string } }>(
      REJECT,
      { i: { complaintId: complaint.id, expectedVersion: complaint.version, reasons } },
      admin,
    );
    expect(rejected.body.errors).toBeUndefined();
    expect(rejected.body.data!.rejectComplaint).toMatchObject({ status: 'REJECTED', reasons });
    const again = await api.graphql(
      REJECT,
      { i: { complaintId: complaint.id, expectedVersion: complaint.version + 1, reasons } },
      admin,
    );
    expect(codeOf(again.body.errors)).toBe('CONFLICT');
    const { body } = await api.graphql<{ complaints: { id: string; status: string }[] }>(
      `query($r: ID!) { complaints(roundId: $r) { id status } }`,
      { r: round2025 },
      own,
    );
    expect(body.data!.complaints).toEqual([{ id: complaint.id, status: 'REJECTED' }]);
    expect(
      await sql(`select 1 from audit_log where action = 'rejectComplaint' and entity_id = ?`, [
        complaint.id,
      ]),
    ).toHaveLength(1);
  });

  // ---------------------------------------------------------------- archive

  async function archiveOf(roundId: string) {
    const response = await get(`/exports/rounds/${roundId}/archive.zip`, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    return JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
  }

  it('exports a round’s case documents as a zip with Noark 5-style metadata and checksums', async () => {
    // One decision letter sent (frozen): it joins the archive as an outgoing document, as the
    // changed decision's letter did.
    const [letterOf] = await sql<{ id: string }>(
      `select id from decision where round_id = ? order by id desc limit 1`,
      [round2026],
    );
    const sent = await api.graphql(
      `mutation($i: SendDecisionLettersInput!) { sendDecisionLetters(input: $i) { id } }`,
      { i: { roundId: round2026, decisionIds: [letterOf!.id] } },
      admin,
    );
    expect(sent.body.errors).toBeUndefined();
    const zip2026 = await archiveOf(round2026);
    const manifest = JSON.parse(await zip2026.file('arkivuttrekk.json')!.async('string')) as {
      dokumenter: {
        saksnummer: string;
        tittel: string;
        dokumentfil: string;
        metadatafil: string;
        sjekksum: string;
      }[];
    };
    expect(manifest.dokumenter.filter((d) => d.tittel.startsWith('Klage på vedtak'))).toHaveLength(
      2,
    );
    const letters = [];
    for (const entry of manifest.dokumenter) {
      const meta = JSON.parse(await zip2026.file(entry.metadatafil)!.async('string'));
      if (meta.dokumentbeskrivelse.dokumenttype === 'Vedtak') letters.push(meta);
    }
    // The letter sent, and the letter of the decision changed after the complaint.
    expect(letters).toHaveLength(2);
    expect(
      manifest.dokumenter.filter((d) => d.tittel.startsWith('Endret vedtak etter klage')),
    ).toHaveLength(1);
    for (const letter of letters) {
      expect(letter.registrering.journalposttype).toBe('utgående dokument');
    }
    for (const entry of manifest.dokumenter) {
      expect(entry.saksnummer).toMatch(/^2026\/\d+$/);
      const pdf = await zip2026.file(entry.dokumentfil)!.async('nodebuffer');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const meta = JSON.parse(await zip2026.file(entry.metadatafil)!.async('string'));
      expect(meta.mappe.saksnummer).toBe(entry.saksnummer);
      expect(['inngående dokument', 'utgående dokument']).toContain(
        meta.registrering.journalposttype,
      );
      expect(meta.dokumentobjekt).toMatchObject({
        format: 'PDF',
        sjekksumAlgoritme: 'SHA256',
        sjekksum: createHash('sha256').update(pdf).digest('hex'),
        filstoerrelse: pdf.length,
      });
    }
    const zip2025 = await archiveOf(round2025);
    const list = JSON.parse(await zip2025.file('arkivuttrekk.json')!.async('string'))
      .dokumenter as { tittel: string }[];
    expect(list.map((d) => d.tittel.split(' – ')[0])).toEqual(
      expect.arrayContaining([
        'Rapport og regnskap 2025',
        'Krav om tilbakebetaling av ubrukte tilskuddsmidler 2025',
      ]),
    );
    expect((await get(`/exports/rounds/${round2025}/archive.zip`)).status).toBe(401);
  });

  it('keeps another county’s adviser out of the files: no round, no rows, no letters', async () => {
    const nordland = await api.as('ADMIN', 'nordland');
    const zip = await get(`/exports/rounds/${round2025}/archive.zip`, nordland);
    expect(zip.status).toBe(404);
    expect(await zip.json()).toEqual({
      error: { code: 'NOT_FOUND', message: `Round ${round2025} was not found.` },
    });
    const csv = await get(`/exports/payments.csv?roundId=${round2025}`, nordland);
    expect(csv.status).toBe(200);
    expect((await csv.text()).trimEnd().split('\r\n')).toHaveLength(1);
    const [claim] = await sql<{ id: string }>(`select id from repayment_claim limit 1`);
    expect((await get(`/files/repayment-claims/${claim!.id}.pdf`, nordland)).status).toBe(404);
  });
});
