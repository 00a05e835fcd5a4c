import {
  NORDLAND_LIKE_EXAMPLE_PLAN,
  TROMS_MUNICIPALITIES,
  TROMS_PLAN_2026_2029,
} from '@kompetansemidler/domain';
import { expect } from 'vitest';
import { RoundStatus } from '../../src/modules/round/round-status.js';
import { seedDemoCounty } from '../../src/seeders/demo-county.js';
import { NORDLAND_DEMO_MUNICIPALITIES } from '../../src/seeders/demo.seeder.js';
import { startTestApi, type TestApi } from '../../test/test-server.js';
import { gql } from '../gql/index.js';
import { sqlOn, type Headers } from './common.js';

// Shared by the money files (money-payments, money-complaints, money-archive): Troms with a
// 2025 round in REPORTING and a decided 2026 round, Nordland with an open round; the payment and
// complaint fields; and the steps of the story a later file needs, played through the API.

export interface Grant {
  year: number;
  amount: number;
  owner: number;
  institution: number;
  coordinator: number;
}
export interface Payment {
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

export const PAYMENT_FIELDS = `id decisionId partnershipId year party amount payeeName payeeOrgnr plannedOn status
  holds { year reason dueDate text } paidOn version`;
export const COMPLAINT_FIELDS = `id status complainant grounds receivedOn notifiedOn deadline timely daysLate
  deadlineExplanation assumptions reasons lateReason caseSummary resultingVersion version decision { id }`;

export interface MoneyWorld {
  api: TestApi;
  admin: Headers;
  round2025: string;
  round2026: string;
}

export async function startMoneyWorld(): Promise<MoneyWorld> {
  const api = await startTestApi();
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
  await sqlOn(api, `delete from annual_report`);
  const rounds = await sqlOn<{ id: string; year: number }>(
    api,
    `select r.id, r.year from round r join county c on c.id = r.county_id where c.code = 'troms'`,
  );
  return {
    api,
    admin: await api.as('ADMIN', 'troms'),
    round2025: rounds.find((r) => r.year === 2025)!.id,
    round2026: rounds.find((r) => r.year === 2026)!.id,
  };
}

export async function paymentsOf(api: TestApi, roundId: string, headers: Headers) {
  const { body } = await api.graphql<{ payments: Payment[] }>(
    `query($r: ID!) { payments(roundId: $r) { ${PAYMENT_FIELDS} } }`,
    { r: roundId },
    headers,
  );
  expect(body.errors).toBeUndefined();
  return body.data!.payments;
}

/** Plans the round's payments (a second call plans nothing). */
export async function planPayments(api: TestApi, roundId: string, admin: Headers) {
  return api.graphql(
    gql(`mutation MoneyPlanPayments($r: ID!) { planPayments(roundId: $r) { planned payments } }`),
    { r: roundId },
    admin,
  );
}

/** A's 2025 report, complete: every measure carried out, every goal reached, 1 234 kr unspent. */
export async function submitReport(
  api: TestApi,
  admin: Headers,
  decision: { id: string; grant: Grant },
  partnership: Headers,
) {
  const { body: d } = await api.graphql<{
    decision: {
      needsStatement: {
        goals: { longTerm: { id: string }[]; subGoals: { id: string }[] };
        measures: { id: string }[];
      };
    };
  }>(
    `query($id: ID!) { decision(id: $id) { needsStatement { goals { longTerm { id } subGoals { id } } measures { id } } } }`,
    { id: decision.id },
    admin,
  );
  const ns = d.data!.decision.needsStatement;
  const g = decision.grant;
  const ownerSpent = g.owner - 1_234;
  const input = {
    decisionId: decision.id,
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

/** The held payment of money-payments: the 2025 decision whose 2026 owner payment waits for a report. */
export async function heldDecisionOf(world: MoneyWorld) {
  const { api, admin, round2025 } = world;
  const rows = await paymentsOf(api, round2025, admin);
  const held = rows.find((p) => p.year === 2026 && p.party === 'OWNER') ?? rows[0]!;
  const [row] = await sqlOn<{ id: string; partnership_id: string; granted_per_year: Grant[] }>(
    api,
    `select id, partnership_id, granted_per_year from decision where id = ?`,
    [held.decisionId],
  );
  return {
    id: row!.id,
    partnershipId: row!.partnership_id,
    grant: row!.granted_per_year.find((y) => y.year === 2025)!,
  };
}

/**
 * money-payments' 2025 story, for a later file: payments planned, the held decision's report
 * submitted and accepted, and its repayment claim issued.
 */
export async function reportAcceptedWithClaim(world: MoneyWorld) {
  const { api, admin, round2025 } = world;
  expect((await planPayments(api, round2025, admin)).body.errors).toBeUndefined();
  const decision = await heldDecisionOf(world);
  const partnership = await api.as('PARTNERSHIP', 'troms', decision.partnershipId);
  const report = await submitReport(api, admin, decision, partnership);
  const accepted = await api.graphql(
    gql(
      `mutation MoneyAcceptReport($id: ID!, $v: Int!) { acceptAnnualReport(id: $id, version: $v) { status version } }`,
    ),
    { id: report.id, v: report.version },
    admin,
  );
  expect(accepted.body.errors).toBeUndefined();
  const claim = await api.graphql(
    gql(`mutation MoneyIssueClaim($r: ID!) { issueRepaymentClaim(annualReportId: $r) { id } }`),
    { r: report.id },
    admin,
  );
  expect(claim.body.errors).toBeUndefined();
}

/**
 * money-complaints' 2026 story, for a later file: payments planned; a timely complaint on the
 * first granted decision, which is changed into a new version (5 000 kr moved from the
 * institution to the owner in the first year); a late complaint on the next decision, forwarded.
 */
export async function complaintsSettled(world: MoneyWorld) {
  const { api, admin, round2026 } = world;
  const [row] = await sqlOn<{ id: string; granted_per_year: Grant[] }>(
    api,
    `select id, granted_per_year from decision where round_id = ? and status <> 'REJECTED' order by id limit 1`,
    [round2026],
  );
  const register = gql(
    `mutation MoneyRegisterComplaint($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id version } }`,
  );
  const { body } = await api.graphql(
    register,
    {
      i: {
        decisionId: row!.id,
        complainant: 'Tromsø kommune v/ kommunalsjef',
        grounds: 'Vi mener at tilskuddet til eier er for lavt.',
        receivedOn: '2026-05-08',
        noticeChannel: 'POST',
      },
    },
    admin,
  );
  expect(body.errors).toBeUndefined();
  const complaint = body.data!.registerComplaint;
  expect((await planPayments(api, round2026, admin)).body.errors).toBeUndefined();
  const shifted = row!.granted_per_year.map((y, k) =>
    k === 0 && y.institution >= 5_000
      ? {
          year: y.year,
          owner: y.owner + 5_000,
          institution: y.institution - 5_000,
          coordinator: y.coordinator,
        }
      : { year: y.year, owner: y.owner, institution: y.institution, coordinator: y.coordinator },
  );
  const changed = await api.graphql(
    gql(
      `mutation MoneyChangeDecision($i: ChangeDecisionInput!) { changeDecisionOnComplaint(input: $i) { id } }`,
    ),
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
  expect(changed.body.errors).toBeUndefined();
  const [next] = await sqlOn<{ id: string }>(
    api,
    `select id from decision where round_id = ? and id <> ? order by id limit 1`,
    [round2026, row!.id],
  );
  const late = await api.graphql(
    register,
    {
      i: {
        decisionId: next!.id,
        complainant: 'UiT Norges arktiske universitet',
        grounds: 'Institusjonens andel er feil beregnet.',
        receivedOn: '2026-06-01',
      },
    },
    admin,
  );
  expect(late.body.errors).toBeUndefined();
  const forwarded = await api.graphql(
    gql(
      `mutation MoneyForwardComplaint($i: ForwardComplaintInput!) { forwardComplaint(input: $i) { id } }`,
    ),
    {
      i: {
        complaintId: late.body.data!.registerComplaint.id,
        expectedVersion: late.body.data!.registerComplaint.version,
        reasons: 'Beregningen følger planen.',
        lateReason: 'Vedtaket ble sendt til feil adresse.',
      },
    },
    admin,
  );
  expect(forwarded.body.errors).toBeUndefined();
}
