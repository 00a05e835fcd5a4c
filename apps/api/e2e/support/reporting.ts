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

// Shared by the reporting e2e files: the operations, the reports' inputs, and the world they run
// in (a DECIDED Troms round with its decisions, a Nordland round in REPORTING, no reports yet).

export type Headers = Record<string, string>;
export type GqlError = { message: string; extensions?: Record<string, unknown> };
export interface Problem {
  code: string;
  path: string[];
  message: { nb: string; en: string };
}
export interface Grant {
  year: number;
  amount: number;
  owner: number;
  institution: number;
  coordinator: number;
}
export interface DecisionInfo {
  id: string;
  partnershipId: string;
  grant: Grant;
  goalIds: string[];
  measureIds: string[];
}
export interface Line {
  costLine: string;
  amount: number;
}

export const YEAR = 2026;
export const REPORT_FIELDS = `id year status version useOfFunds coordinatorUse submittedBy reviewComment reviewedBy
  receivedOwner receivedInstitution spentOwner spentInstitution coordinatorSpent
  measures { measureId carriedOut description } goals { goalId achievement assessment }
  accounts { coordinatorSpent owner { party received spent granted unspent lines { costLine amount } }
             institution { party received spent granted unspent lines { costLine amount } } }
  grant { year owner institution coordinator } problems { code path message { nb en } }
  decision { id } partnership { id } round { id year }`;
export const SUBMIT = `mutation($input: SubmitAnnualReportInput!) { submitAnnualReport(input: $input) { ${REPORT_FIELDS} } }`;
export const ACCEPT = gql(
  `mutation Reporting1($id: ID!, $version: Int!) { acceptAnnualReport(id: $id, version: $version) { id status version reviewedBy } }`,
);
export const RETURN = gql(`mutation Reporting2($id: ID!, $version: Int!, $comment: String!) {
  returnAnnualReport(id: $id, version: $version, comment: $comment) { id status version reviewComment } }`);
export const FOLLOW_UP = gql(`query Reporting3($roundId: ID, $year: Int, $asOf: String) {
  reportFollowUp(roundId: $roundId, year: $year, asOf: $asOf) {
    asOf
    counts { expected reported missing late accepted returned awaitingReview withProblems }
    money { grantedOwner grantedInstitution reportedGranted spentOwner spentInstitution coordinatorSpent }
    rows { decision { id } partnership { id name } title year roundYear state dueDate dueDateSource owed late daysLate
           report { id status } grant { owner institution coordinator } spentOwner spentInstitution unspent
           problems { code path } measuresNotCarriedOut goalsNotAchieved }
  } }`);
export const START_REPORTING = gql(
  `mutation Reporting8($id: ID!) { startReporting(input: { roundId: $id }) { status } }`,
);
export const REMINDERS = gql(`query Reporting4($roundId: ID, $asOf: String, $overdueOnly: Boolean) {
  reportReminders(roundId: $roundId, asOf: $asOf, overdueOnly: $overdueOnly) {
    decision { id } partnership { id name } title year state dueDate dueDateSource overdue daysOverdue
    contact { name email } reviewComment } }`);

export const codeOf = (errors: GqlError[] | undefined) => errors?.[0]?.extensions?.['code'];
export const problemsOf = (errors: GqlError[] | undefined) =>
  (errors?.[0]?.extensions?.['problems'] ?? []) as Problem[];

/** Spending split over cost lines that add up exactly. */
export function linesFor(spent: number, costLines: string[]): Line[] {
  const share = Math.floor(spent / costLines.length);
  return costLines.map((costLine, k) => ({
    costLine,
    amount: k === 0 ? spent - share * (costLines.length - 1) : share,
  }));
}

/** A complete, valid report input for the decision's grant year. */
export function validInput(d: DecisionInfo, overrides: Record<string, unknown> = {}) {
  const ownerSpent = d.grant.owner - 1_000;
  const coordinator = d.grant.coordinator;
  const ownerLines = [
    ...linesFor(ownerSpent - coordinator, ['RELEASED_TIME', 'TRAVEL', 'MATERIALS']),
    ...(coordinator > 0 ? [{ costLine: 'COORDINATOR', amount: coordinator }] : []),
  ];
  return {
    decisionId: d.id,
    year: d.grant.year,
    measures: d.measureIds.map((measureId, k) => ({
      measureId,
      carriedOut: k !== 1,
      description: k !== 1 ? 'Gjennomført som planlagt.' : 'Utsatt: sykdom i personalet.',
    })),
    goals: d.goalIds.map((goalId) => ({
      goalId,
      achievement: 'PARTLY_ACHIEVED',
      assessment: 'Delvis nådd; personalet bruker verktøyene.',
    })),
    useOfFunds: 'Frikjøp til nettverksmøter, reise til samlinger og materiell.',
    coordinatorUse: coordinator > 0 ? 'Koordinator i 20 % stilling hos eier.' : '',
    accounts: {
      owner: { received: d.grant.owner, spent: ownerSpent, lines: ownerLines },
      institution: {
        received: d.grant.institution,
        spent: d.grant.institution,
        lines: linesFor(d.grant.institution, ['COURSES_AND_TEACHING', 'TRAVEL']),
      },
    },
    ...overrides,
  };
}

export interface ReportingWorld {
  api: TestApi;
  admin: Headers;
  roundId: string;
  nordlandRoundId: string;
  decisions: DecisionInfo[];
  /** Three decisions of at least two partnerships; C funds a coordinator this year. */
  a: DecisionInfo;
  b: DecisionInfo;
  c: DecisionInfo;
  partnershipA: Headers;
  partnershipB: Headers;
}

/** Raw SQL on the test database (as the owner: no county filter). */
export async function sqlOn<T = Record<string, unknown>>(
  api: TestApi,
  query: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await api.db.orm.em.getConnection().execute(query, params)) as T[];
}

/** Starts the API on the reporting world (for a beforeAll; close world.api afterwards). */
export async function startReportingWorld(): Promise<ReportingWorld> {
  const api = await startTestApi();
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    sqlOn<T>(api, query, params);
  const em = api.db.orm.em.fork();
  await seedDemoCounty(em, {
    code: 'troms',
    name: 'Statsforvalteren i Troms (test)',
    plan: TROMS_PLAN_2026_2029,
    municipalities: TROMS_MUNICIPALITIES,
    seed: 91,
    rounds: [{ year: YEAR, statements: 10, status: RoundStatus.DECIDED }],
  });
  await seedDemoCounty(em, {
    code: 'nordland',
    name: 'Statsforvalteren i Nordland (test)',
    plan: NORDLAND_LIKE_EXAMPLE_PLAN,
    municipalities: NORDLAND_DEMO_MUNICIPALITIES,
    seed: 18,
    rounds: [{ year: YEAR, statements: 4, status: RoundStatus.REPORTING }],
  });
  // Whatever the demo seeder brings, this test starts from no reports at all.
  await sql(`delete from annual_report`);
  const roundId = (
    await sql<{ id: string }>(
      `select r.id from round r join county c on c.id = r.county_id where c.code = 'troms'`,
    )
  )[0]!.id;
  const nordlandRoundId = (
    await sql<{ id: string }>(
      `select r.id from round r join county c on c.id = r.county_id where c.code = 'nordland'`,
    )
  )[0]!.id;
  const admin = await api.as('ADMIN', 'troms');
  const rows = await sql<{ id: string; partnership_id: string; granted_per_year: Grant[] }>(
    `select id, partnership_id, granted_per_year from decision where round_id = ? and status <> 'REJECTED' order by id`,
    [roundId],
  );
  const decisions: DecisionInfo[] = [];
  for (const row of rows) {
    const grant = row.granted_per_year.find((y) => y.year === YEAR && y.amount > 0);
    if (!grant) continue;
    const { body } = await api.graphql(
      gql(
        `query Reporting6($id: ID!) { decision(id: $id) { needsStatement { goals { longTerm { id } subGoals { id } } measures { id } } } }`,
      ),
      { id: row.id },
      admin,
    );
    const ns = body.data!.decision.needsStatement;
    decisions.push({
      id: row.id,
      partnershipId: row.partnership_id,
      grant: { ...grant },
      goalIds: [...ns.goals.longTerm, ...ns.goals.subGoals].map((g) => g.id),
      measureIds: ns.measures.map((m) => m.id),
    });
  }
  const a = decisions[0]!;
  const b = decisions.find((d) => d.partnershipId !== a.partnershipId)!;
  const c = decisions.find((d) => d.id !== a.id && d.id !== b.id)!;
  // Decision C funds a coordinator this year (part of the owner's grant).
  c.grant.coordinator = Math.min(50_000, Math.floor(c.grant.owner / 2));
  await sql(
    `update decision set granted_per_year = (
       select jsonb_agg(case when (y->>'year')::int = ? then jsonb_set(y, '{coordinator}', to_jsonb(?::int)) else y end)
         from jsonb_array_elements(granted_per_year) y) where id = ?`,
    [YEAR, c.grant.coordinator, c.id],
  );
  const partnershipA = await api.as('PARTNERSHIP', 'troms', a.partnershipId);
  const partnershipB = await api.as('PARTNERSHIP', 'troms', b.partnershipId);
  expect(decisions.length).toBeGreaterThanOrEqual(4);
  expect(a.measureIds.length).toBeGreaterThanOrEqual(2);
  return { api, admin, roundId, nordlandRoundId, decisions, a, b, c, partnershipA, partnershipB };
}

/** Submits a report as `headers` (a partnership, or the office with an override). */
export function submitAs(api: TestApi, headers: Headers, input: Record<string, unknown>) {
  return api.graphql<{
    submitAnnualReport: Record<string, unknown> & { id: string; version: number };
  }>(SUBMIT, { input }, headers);
}

/**
 * A's report as reporting.e2e-spec's cycle leaves it, made here as setup: its institution left
 * 500 kr unspent, accepted once the round is in REPORTING. Answers the report.
 */
export async function acceptedReportOfA(
  world: ReportingWorld,
): Promise<{ id: string; version: number }> {
  const { api, admin, a, roundId, partnershipA } = world;
  const input = validInput(a);
  const institution = {
    received: a.grant.institution,
    spent: a.grant.institution - 500,
    lines: linesFor(a.grant.institution - 500, ['COURSES_AND_TEACHING', 'TRAVEL', 'OTHER']),
  };
  const submitted = await submitAs(api, partnershipA, {
    ...input,
    accounts: { ...input.accounts, institution },
  });
  expect(submitted.body.errors).toBeUndefined();
  const started = await api.graphql(START_REPORTING, { id: roundId }, admin);
  expect(started.body.errors).toBeUndefined();
  const { id, version } = submitted.body.data!.submitAnnualReport;
  const accepted = await api.graphql(ACCEPT, { id, version }, admin);
  expect(accepted.body.errors).toBeUndefined();
  return { id, version: accepted.body.data!.acceptAnnualReport.version };
}
