import {
  NORDLAND_LIKE_EXAMPLE_PLAN,
  TROMS_MUNICIPALITIES,
  TROMS_PLAN_2026_2029,
} from '@kompetansemidler/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoundStatus } from '../src/modules/round/round-status.js';
import { seedDemoCounty } from '../src/seeders/demo-county.js';
import { NORDLAND_DEMO_MUNICIPALITIES } from '../src/seeders/demo.seeder.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

type Headers = Record<string, string>;
type GqlError = { message: string; extensions?: Record<string, unknown> };
interface Problem {
  code: string;
  path: string[];
  message: { nb: string; en: string };
}
interface Grant {
  year: number;
  amount: number;
  owner: number;
  institution: number;
  coordinator: number;
}
interface DecisionInfo {
  id: string;
  partnershipId: string;
  grant: Grant;
  goalIds: string[];
  measureIds: string[];
}
interface Line {
  costLine: string;
  amount: number;
}

const YEAR = 2026;
const REPORT_FIELDS = `id year status version useOfFunds coordinatorUse submittedBy reviewComment reviewedBy
  receivedOwner receivedInstitution spentOwner spentInstitution coordinatorSpent
  measures { measureId carriedOut description } goals { goalId achievement assessment }
  accounts { coordinatorSpent owner { party received spent granted unspent lines { costLine amount } }
             institution { party received spent granted unspent lines { costLine amount } } }
  grant { year owner institution coordinator } problems { code path message { nb en } }
  decision { id } partnership { id } round { id year }`;
const SUBMIT = `mutation($input: SubmitAnnualReportInput!) { submitAnnualReport(input: $input) { ${REPORT_FIELDS} } }`;
const ACCEPT = gql(
  `mutation Reporting1($id: ID!, $version: Int!) { acceptAnnualReport(id: $id, version: $version) { id status version reviewedBy } }`,
);
const RETURN = gql(`mutation Reporting2($id: ID!, $version: Int!, $comment: String!) {
  returnAnnualReport(id: $id, version: $version, comment: $comment) { id status version reviewComment } }`);
const FOLLOW_UP = gql(`query Reporting3($roundId: ID, $year: Int, $asOf: String) {
  reportFollowUp(roundId: $roundId, year: $year, asOf: $asOf) {
    asOf
    counts { expected reported missing late accepted returned awaitingReview withProblems }
    money { grantedOwner grantedInstitution reportedGranted spentOwner spentInstitution coordinatorSpent }
    rows { decision { id } partnership { id name } title year roundYear state dueDate dueDateSource owed late daysLate
           report { id status } grant { owner institution coordinator } spentOwner spentInstitution unspent
           problems { code path } measuresNotCarriedOut goalsNotAchieved }
  } }`);
const REMINDERS = gql(`query Reporting4($roundId: ID, $asOf: String, $overdueOnly: Boolean) {
  reportReminders(roundId: $roundId, asOf: $asOf, overdueOnly: $overdueOnly) {
    decision { id } partnership { id name } title year state dueDate dueDateSource overdue daysOverdue
    contact { name email } reviewComment } }`);

const codeOf = (errors: GqlError[] | undefined) => errors?.[0]?.extensions?.['code'];
const problemsOf = (errors: GqlError[] | undefined) =>
  (errors?.[0]?.extensions?.['problems'] ?? []) as Problem[];

/** Spending split over cost lines that add up exactly. */
function linesFor(spent: number, costLines: string[]): Line[] {
  const share = Math.floor(spent / costLines.length);
  return costLines.map((costLine, k) => ({
    costLine,
    amount: k === 0 ? spent - share * (costLines.length - 1) : share,
  }));
}

/** A complete, valid report input for the decision's grant year. */
function validInput(d: DecisionInfo, overrides: Record<string, unknown> = {}) {
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

describe('the reporting cycle over HTTP: decision → report → return → resubmit → accept', () => {
  let api: TestApi;
  let admin: Headers;
  let roundId: string;
  let nordlandRoundId: string;
  let decisions: DecisionInfo[];
  let a: DecisionInfo;
  let b: DecisionInfo;
  let c: DecisionInfo;
  let partnershipA: Headers;
  let partnershipB: Headers;

  beforeAll(async () => {
    api = await startTestApi();
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
    roundId = (
      await sql<{ id: string }>(
        `select r.id from round r join county c on c.id = r.county_id where c.code = 'troms'`,
      )
    )[0]!.id;
    nordlandRoundId = (
      await sql<{ id: string }>(
        `select r.id from round r join county c on c.id = r.county_id where c.code = 'nordland'`,
      )
    )[0]!.id;
    admin = await api.as('ADMIN', 'troms');
    const rows = await sql<{ id: string; partnership_id: string; granted_per_year: Grant[] }>(
      `select id, partnership_id, granted_per_year from decision where round_id = ? and status <> 'REJECTED' order by id`,
      [roundId],
    );
    decisions = [];
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
    a = decisions[0]!;
    b = decisions.find((d) => d.partnershipId !== a.partnershipId)!;
    c = decisions.find((d) => d.id !== a.id && d.id !== b.id)!;
    // Decision C funds a coordinator this year (part of the owner's grant).
    c.grant.coordinator = Math.min(50_000, Math.floor(c.grant.owner / 2));
    await sql(
      `update decision set granted_per_year = (
         select jsonb_agg(case when (y->>'year')::int = ? then jsonb_set(y, '{coordinator}', to_jsonb(?::int)) else y end)
           from jsonb_array_elements(granted_per_year) y) where id = ?`,
      [YEAR, c.grant.coordinator, c.id],
    );
    partnershipA = await api.as('PARTNERSHIP', 'troms', a.partnershipId);
    partnershipB = await api.as('PARTNERSHIP', 'troms', b.partnershipId);
    expect(decisions.length).toBeGreaterThanOrEqual(4);
    expect(a.measureIds.length).toBeGreaterThanOrEqual(2);
  });

  afterAll(() => api.close());

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
    return (await api.db.orm.em.getConnection().execute(query, params)) as T[];
  }

  async function count(from: string, params: unknown[] = []): Promise<number> {
    return Number((await sql<{ n: string }>(`select count(*) as n from ${from}`, params))[0]!.n);
  }

  function submitAs(headers: Headers, input: Record<string, unknown>) {
    return api.graphql<{
      submitAnnualReport: Record<string, unknown> & { id: string; version: number };
    }>(SUBMIT, { input }, headers);
  }

  let reportA = { id: '', version: 0 };

  it('takes the partnership’s report and accounts while the round is DECIDED, sums kept in the same write', async () => {
    const { body } = await submitAs(partnershipA, validInput(a));
    expect(body.errors).toBeUndefined();
    const report = body.data!.submitAnnualReport as unknown as {
      id: string;
      version: number;
      status: string;
      spentOwner: number;
      spentInstitution: number;
      receivedOwner: number;
      submittedBy: string;
      problems: Problem[];
      accounts: {
        owner: { spent: number; granted: number | null; unspent: number | null; lines: Line[] };
        institution: { granted: number | null; unspent: number | null; lines: Line[] };
      };
      measures: Array<{ carriedOut: boolean }>;
      round: { id: string };
      grant: Grant;
    };
    expect(report).toMatchObject({
      status: 'SUBMITTED',
      receivedOwner: a.grant.owner,
      spentOwner: a.grant.owner - 1_000,
      spentInstitution: a.grant.institution,
      submittedBy: 'Test PARTNERSHIP',
      problems: [],
      round: { id: roundId },
      grant: { owner: a.grant.owner, institution: a.grant.institution },
    });
    expect(report.accounts.owner.lines.reduce((s, l) => s + l.amount, 0)).toBe(report.spentOwner);
    // Spending set against the grant, per party: the owner left 1 000 kr unspent.
    expect(report.accounts.owner).toMatchObject({ granted: a.grant.owner, unspent: 1_000 });
    expect(report.accounts.institution).toMatchObject({
      granted: a.grant.institution,
      unspent: 0,
    });
    expect(report.measures[1]!.carriedOut).toBe(false);
    reportA = { id: report.id, version: report.version };
    const [stored] = await sql<{
      spent_owner: number;
      lines_owner: string;
      lines_institution: string;
    }>(
      `select r.spent_owner,
              (select sum(amount) from accounts_line l where l.annual_report_id = r.id and l.party = 'OWNER') as lines_owner,
              (select sum(amount) from accounts_line l where l.annual_report_id = r.id and l.party = 'INSTITUTION') as lines_institution
         from annual_report r where r.id = ?`,
      [report.id],
    );
    expect(Number(stored!.lines_owner)).toBe(stored!.spent_owner);
    expect(Number(stored!.lines_institution)).toBe(a.grant.institution);
    expect(
      await count(`audit_log where entity_id = ? and action = 'submitAnnualReport'`, [report.id]),
    ).toBe(1);
  });

  it('lets the partnership read its own report and list it on its decision', async () => {
    const { body } = await api.graphql(
      gql(
        `query Reporting7($id: ID!, $d: ID!) { annualReport(id: $id) { id } decision(id: $d) { annualReports { id year } } }`,
      ),
      { id: reportA.id, d: a.id },
      partnershipA,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.decision.annualReports).toEqual([{ id: reportA.id, year: YEAR }]);
  });

  it('refuses a second report for the same year while the first awaits review (CONFLICT)', async () => {
    const { body } = await submitAs(partnershipA, validInput(a));
    expect(codeOf(body.errors)).toBe('CONFLICT');
    expect(body.errors![0]!.extensions!['reason']).toBe('REPORT_SUBMITTED');
  });

  it('returns the report with a comment: empty comment refused, stale version CONFLICT', async () => {
    const empty = await api.graphql(RETURN, { ...reportA, comment: '  ' }, admin);
    expect(codeOf(empty.body.errors)).toBe('VALIDATION_FAILED');
    expect(problemsOf(empty.body.errors).map((p) => p.path.join('.'))).toEqual(['comment']);
    const stale = await api.graphql(
      RETURN,
      { id: reportA.id, version: reportA.version + 5, comment: 'Mangler reiseutgifter.' },
      admin,
    );
    expect(codeOf(stale.body.errors)).toBe('CONFLICT');
    const { body } = await api.graphql(
      RETURN,
      { ...reportA, comment: 'Regnskapet for UH mangler reiseutgifter.' },
      admin,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.returnAnnualReport).toMatchObject({
      status: 'RETURNED',
      reviewComment: 'Regnskapet for UH mangler reiseutgifter.',
      version: reportA.version + 1,
    });
    reportA.version = body.data!.returnAnnualReport.version;
    expect(
      await count(`audit_log where entity_id = ? and action = 'returnAnnualReport'`, [reportA.id]),
    ).toBe(1);
    // The partnership is told by e-mail: a notice queued with the return (issue 17), in Norwegian.
    const notices = await sql<{ kind: string; subject: string; body: string; status: string }>(
      `select kind, subject, body, status from notice_delivery where subject_id = ?`,
      [reportA.id],
    );
    expect(notices.length).toBeGreaterThan(0);
    for (const n of notices) {
      expect(n).toMatchObject({ kind: 'REPORT_RETURNED', status: 'QUEUED' });
      expect(n.subject).toBe(`Rapporten for ${YEAR} er sendt tilbake`);
      expect(n.body).toContain('Regnskapet for UH mangler reiseutgifter.');
    }
  });

  it('lists the returned report for a reminder with the office’s comment and the contact person', async () => {
    const { body } = await api.graphql(REMINDERS, { roundId }, admin);
    expect(body.errors).toBeUndefined();
    const mine = body.data!.reportReminders.find((r) => r.decision.id === a.id)!;
    expect(mine).toMatchObject({
      state: 'RETURNED',
      reviewComment: 'Regnskapet for UH mangler reiseutgifter.',
      contact: { name: 'Demo Kontaktperson', email: 'kontakt@example.invalid' },
    });
  });

  it('takes the resubmission of a returned report, replacing its accounts lines', async () => {
    const input = validInput(a);
    const institution = {
      received: a.grant.institution,
      spent: a.grant.institution - 500,
      lines: linesFor(a.grant.institution - 500, ['COURSES_AND_TEACHING', 'TRAVEL', 'OTHER']),
    };
    const stale = await submitAs(partnershipA, {
      ...input,
      accounts: { ...input.accounts, institution },
      expectedVersion: reportA.version - 1,
    });
    expect(codeOf(stale.body.errors)).toBe('CONFLICT');
    const { body } = await submitAs(partnershipA, {
      ...input,
      accounts: { ...input.accounts, institution },
      expectedVersion: reportA.version,
    });
    expect(body.errors).toBeUndefined();
    const report = body.data!.submitAnnualReport as unknown as {
      id: string;
      status: string;
      version: number;
      spentInstitution: number;
      accounts: { institution: { lines: Line[] } };
    };
    expect(report.id).toBe(reportA.id);
    expect(report.status).toBe('SUBMITTED');
    expect(report.spentInstitution).toBe(a.grant.institution - 500);
    expect(report.accounts.institution.lines.map((l) => l.costLine).sort()).toEqual([
      'COURSES_AND_TEACHING',
      'OTHER',
      'TRAVEL',
    ]);
    expect(
      await count(`accounts_line where annual_report_id = ? and party = 'INSTITUTION'`, [
        reportA.id,
      ]),
    ).toBe(3);
    reportA.version = report.version;
  });

  it('accepts the report once the round is in REPORTING; ACCEPTED is final', async () => {
    const started = await api.graphql(
      gql(`mutation Reporting8($id: ID!) { startReporting(input: { roundId: $id }) { status } }`),
      { id: roundId },
      admin,
    );
    expect(started.body.data?.startReporting.status).toBe('REPORTING');
    const stale = await api.graphql(
      ACCEPT,
      { id: reportA.id, version: reportA.version - 1 },
      admin,
    );
    expect(codeOf(stale.body.errors)).toBe('CONFLICT');
    const both = await Promise.all([
      api.graphql(ACCEPT, reportA, admin),
      api.graphql(ACCEPT, reportA, admin),
    ]);
    const outcomes = both.map((r) => (r.body.errors ? codeOf(r.body.errors) : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const accepted = both.find((r) => !r.body.errors)!.body.data as {
      acceptAnnualReport: { status: string; version: number; reviewedBy: string };
    };
    expect(accepted.acceptAnnualReport).toMatchObject({
      status: 'ACCEPTED',
      reviewedBy: 'Test ADMIN',
    });
    const version = accepted.acceptAnnualReport.version;
    reportA.version = version;
    const again = await submitAs(partnershipA, { ...validInput(a), expectedVersion: version });
    expect(codeOf(again.body.errors)).toBe('CONFLICT');
    expect(again.body.errors![0]!.extensions!['reason']).toBe('REPORT_ACCEPTED');
    const sendBack = await api.graphql(
      RETURN,
      { id: reportA.id, version, comment: 'For sent' },
      admin,
    );
    expect(codeOf(sendBack.body.errors)).toBe('CONFLICT');
    expect(
      await count(`audit_log where entity_id = ? and action = 'acceptAnnualReport'`, [reportA.id]),
    ).toBe(1);
  });

  describe('validation: every problem at once, typed, with field paths, nothing written', () => {
    async function problemsFor(d: DecisionInfo, input: Record<string, unknown>, headers?: Headers) {
      const before = await count(`annual_report where decision_id = ?`, [d.id]);
      const { body } = await submitAs(
        headers ?? (await api.as('PARTNERSHIP', 'troms', d.partnershipId)),
        input,
      );
      expect(codeOf(body.errors)).toBe('VALIDATION_FAILED');
      expect(await count(`annual_report where decision_id = ?`, [d.id])).toBe(before);
      const problems = problemsOf(body.errors);
      expect(problems.every((p) => p.message.nb.length > 0 && p.message.en.length > 0)).toBe(true);
      return problems.map((p) => [p.code, p.path.join('.')]);
    }

    it('finds a missing goal and a missing measure', async () => {
      const input = validInput(b);
      expect(
        await problemsFor(b, {
          ...input,
          goals: input.goals.slice(1),
          measures: input.measures.slice(1),
        }),
      ).toEqual([
        ['RP_MEASURE_MISSING', 'measures'],
        ['RP_GOAL_MISSING', 'goals'],
      ]);
    });

    it('finds unknown goal and measure ids, pointing at the entry', async () => {
      const input = validInput(b);
      const measures = [
        ...input.measures,
        { measureId: 'no-such-measure', carriedOut: true, description: 'x' },
      ];
      const goals = [
        ...input.goals,
        { goalId: 'no-such-goal', achievement: 'ACHIEVED', assessment: 'x' },
      ];
      expect(await problemsFor(b, { ...input, measures, goals })).toEqual([
        ['RP_MEASURE_UNKNOWN', `measures.${measures.length - 1}.measureId`],
        ['RP_GOAL_UNKNOWN', `goals.${goals.length - 1}.goalId`],
      ]);
    });

    it('finds accounts whose lines do not add up to what the party spent', async () => {
      const input = validInput(b);
      const owner = { ...input.accounts.owner, spent: input.accounts.owner.spent + 1 };
      expect(await problemsFor(b, { ...input, accounts: { ...input.accounts, owner } })).toEqual([
        ['RP_ACCOUNTS_LINES_MISMATCH', 'accounts.owner.lines'],
      ]);
    });

    it('finds overspending, received ≠ granted and a missing party, all at once', async () => {
      const input = validInput(b);
      const over = b.grant.owner + 10;
      const owner = {
        received: b.grant.owner,
        spent: over,
        lines: linesFor(over, ['RELEASED_TIME']),
      };
      expect(
        await problemsFor(b, {
          ...input,
          accounts: { owner: { ...owner }, institution: null },
        }),
      ).toEqual([
        ['RP_ACCOUNTS_OVERSPENT', 'accounts.owner.spent'],
        ['RP_ACCOUNTS_PARTY_MISSING', 'accounts.institution'],
      ]);
      const institution = { ...input.accounts.institution, received: b.grant.institution + 1 };
      expect(
        await problemsFor(b, { ...input, accounts: { ...input.accounts, institution } }),
      ).toEqual([['RP_ACCOUNTS_RECEIVED_MISMATCH', 'accounts.institution.received']]);
    });

    it('wants the use of coordinator funds where they were granted, and no more spent on it', async () => {
      const input = validInput(c);
      expect(await problemsFor(c, { ...input, coordinatorUse: '' })).toEqual([
        ['RP_COORDINATOR_USE_MISSING', 'coordinatorUse'],
      ]);
      const ownerLines = input.accounts.owner.lines.map((l: Line) =>
        l.costLine === 'COORDINATOR'
          ? { ...l, amount: l.amount + 1 }
          : l.costLine === 'RELEASED_TIME'
            ? { ...l, amount: l.amount - 1 }
            : l,
      );
      expect(
        await problemsFor(c, {
          ...input,
          accounts: { ...input.accounts, owner: { ...input.accounts.owner, lines: ownerLines } },
        }),
      ).toEqual([['RP_COORDINATOR_OVERSPENT', 'accounts.coordinatorSpent']]);
      const { body } = await submitAs(await api.as('PARTNERSHIP', 'troms', c.partnershipId), input);
      expect(body.errors).toBeUndefined();
      expect(body.data!.submitAnnualReport['coordinatorSpent']).toBe(c.grant.coordinator);
    });

    it('refuses a year without a grant, negative amounts and empty texts', async () => {
      const input = validInput(b);
      expect(await problemsFor(b, { ...input, year: 2031 })).toContainEqual([
        'RP_YEAR_NOT_GRANTED',
        'year',
      ]);
      const owner = { ...input.accounts.owner, lines: [{ costLine: 'TRAVEL', amount: -5 }] };
      expect(await problemsFor(b, { ...input, accounts: { ...input.accounts, owner } })).toEqual([
        ['RP_SCHEMA_INVALID', 'accounts.owner.lines.0.amount'],
      ]);
      const goals = input.goals.map((g) => ({ ...g, assessment: '' }));
      expect(await problemsFor(b, { ...input, useOfFunds: ' ', goals })).toEqual([
        ['RP_REQUIRED_PART_MISSING', 'useOfFunds'],
        ['RP_REQUIRED_PART_MISSING', 'goals'],
      ]);
    });

    it('refuses a decision that does not exist (NOT_FOUND)', async () => {
      const { body } = await submitAs(partnershipB, {
        ...validInput(b),
        decisionId: '00000000-0000-4000-8000-000000000000',
      });
      expect(codeOf(body.errors)).toBe('NOT_FOUND');
    });
  });

  it('keeps a partnership to its own decisions and reports', async () => {
    const foreign = await submitAs(partnershipB, validInput(a));
    expect(codeOf(foreign.body.errors)).toBe('NOT_FOUND');
    const read = await api.graphql(
      gql(`query Reporting10($id: ID!) { annualReport(id: $id) { id } }`),
      { id: reportA.id },
      partnershipB,
    );
    expect(codeOf(read.body.errors)).toBe('NOT_FOUND');
    const review = await api.graphql(ACCEPT, reportA, partnershipA);
    expect(codeOf(review.body.errors)).toBe('FORBIDDEN');
    const followUp = await api.graphql(FOLLOW_UP, { roundId }, partnershipA);
    expect(codeOf(followUp.body.errors)).toBe('FORBIDDEN');
  });

  it('refuses FORUM and NATIONAL everything, and hides the county from another county’s office', async () => {
    const operations: Array<[{ toString(): string }, Record<string, unknown>]> = [
      [`query($id: ID!) { annualReport(id: $id) { id useOfFunds } }`, { id: reportA.id }],
      [SUBMIT, { input: validInput(b) }],
      [ACCEPT, reportA],
      [RETURN, { ...reportA, comment: 'x' }],
      [FOLLOW_UP, { roundId }],
      [REMINDERS, { roundId }],
      [`{ institutionShareByYear { year } }`, {}],
      [`{ costLines { costLine } }`, {}],
    ];
    for (const headers of [await api.as('FORUM', 'troms'), await api.as('NATIONAL')]) {
      for (const [query, variables] of operations) {
        const { body } = await api.graphql(String(query), variables, headers);
        expect(codeOf(body.errors)).toBe('FORBIDDEN');
        expect(JSON.stringify(body)).not.toMatch(/Frikjøp|Gjennomført|Delvis nådd/);
      }
    }
    const nordland = await api.as('ADMIN', 'nordland');
    for (const [query, variables] of operations.slice(0, 6)) {
      const { body } = await api.graphql(query, variables, nordland);
      expect(codeOf(body.errors)).toBe('NOT_FOUND');
    }
    const byYear = await api.graphql(FOLLOW_UP, { year: YEAR }, nordland);
    expect(byYear.body.errors).toBeUndefined();
    const ids = JSON.stringify(byYear.body.data);
    expect(decisions.some((d) => ids.includes(d.id))).toBe(false);
    expect(byYear.body.data!.reportFollowUp.rows.length).toBeGreaterThan(0);
  });

  it('refuses reporting outside DECIDED/REPORTING; only the office may override, with a reason', async () => {
    await sql(`update round set status = 'PROPOSAL' where id = ?`, [roundId]);
    try {
      const { body } = await submitAs(partnershipB, validInput(b));
      expect(codeOf(body.errors)).toBe('WRONG_PHASE');
      const override = await submitAs(partnershipB, {
        ...validInput(b),
        override: { reason: 'Vi ber om unntak' },
      });
      expect(codeOf(override.body.errors)).toBe('FORBIDDEN');
      const accept = await api.graphql(ACCEPT, reportA, admin);
      expect(codeOf(accept.body.errors)).toBe('WRONG_PHASE');
      expect(await count(`annual_report where decision_id = ?`, [b.id])).toBe(0);
    } finally {
      await sql(`update round set status = 'REPORTING' where id = ?`, [roundId]);
    }
  });

  it('a submit that fails half-way leaves nothing written: no report, no lines, no audit entry', async () => {
    // Sabotage: the database refuses an institution's MATERIALS line, after the report row went in.
    await sql(
      `alter table accounts_line add constraint test_sabotage check (not (party = 'INSTITUTION' and cost_line = 'MATERIALS'))`,
    );
    const before = await Promise.all([
      count('annual_report'),
      count('accounts_line'),
      count('audit_log'),
    ]);
    try {
      const input = validInput(b);
      const institution = {
        received: b.grant.institution,
        spent: b.grant.institution,
        lines: linesFor(b.grant.institution, ['COURSES_AND_TEACHING', 'MATERIALS']),
      };
      const { body } = await submitAs(partnershipB, {
        ...input,
        accounts: { ...input.accounts, institution },
      });
      expect(codeOf(body.errors)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(body)).not.toMatch(/test_sabotage|insert into/);
    } finally {
      await sql(`alter table accounts_line drop constraint test_sabotage`);
    }
    expect(
      await Promise.all([count('annual_report'), count('accounts_line'), count('audit_log')]),
    ).toEqual(before);
    const ok = await submitAs(partnershipB, validInput(b));
    expect(ok.body.errors).toBeUndefined();
  });

  describe('the office’s follow-up', () => {
    async function followUp(variables: Record<string, unknown>) {
      const { body } = await api.graphql(FOLLOW_UP, variables, admin);
      expect(body.errors).toBeUndefined();
      return body.data!.reportFollowUp;
    }

    it('counts reported, missing, late, accepted and returned against the due date', async () => {
      // Reports now: A accepted, B and C submitted; everything else missing.
      const onTime = await followUp({ roundId, asOf: '2026-12-01' });
      expect(onTime.rows).toHaveLength(decisions.length);
      expect(onTime.counts).toEqual({
        expected: decisions.length,
        reported: 3,
        missing: decisions.length - 3,
        late: 0,
        accepted: 1,
        returned: 0,
        awaitingReview: 2,
        withProblems: 0,
      });
      expect(new Set(onTime.rows.map((r) => `${r.dueDate} ${r.dueDateSource}`))).toEqual(
        new Set(['2027-06-01 DEFAULT']),
      );
      // By 11 June 2027 the 2027 grants of multi-year decisions are owed too: look at 2026 only.
      const late = await followUp({ roundId, year: YEAR, asOf: '2027-06-11' });
      expect(late.counts['late']).toBe(decisions.length - 3);
      const missing = late.rows.filter((r) => r.state === 'MISSING');
      expect(missing.every((r) => r.owed && r.late && r.daysLate === 10)).toBe(true);
      // Late ones first.
      expect(late.rows.slice(0, missing.length).every((r) => r.state === 'MISSING')).toBe(true);
      const rowA = late.rows.find((r) => r.decision.id === a.id)!;
      expect(rowA).toMatchObject({ state: 'ACCEPTED', owed: false, late: false, daysLate: 0 });
      expect(rowA.measuresNotCarriedOut).toBe(1);
      expect(rowA.unspent).toBe(1_000 + 500);
      const byYear = await followUp({ year: YEAR, asOf: '2027-06-11' });
      expect(byYear.counts).toEqual(late.counts);
    });

    it('sets reported spending against the grant, per party', async () => {
      const result = await followUp({ roundId, asOf: '2026-12-01' });
      const [sums] = await sql<{ owner: string; institution: string; coordinator: string }>(
        `select sum(spent_owner) as owner, sum(spent_institution) as institution, sum(coordinator_spent) as coordinator
           from annual_report where round_id = ? and status in ('SUBMITTED', 'ACCEPTED')`,
        [roundId],
      );
      expect(result.money).toMatchObject({
        spentOwner: Number(sums!.owner),
        spentInstitution: Number(sums!.institution),
        coordinatorSpent: a.grant.coordinator + b.grant.coordinator + c.grant.coordinator,
        grantedOwner: decisions.reduce((s, d) => s + d.grant.owner, 0),
        grantedInstitution: decisions.reduce((s, d) => s + d.grant.institution, 0),
      });
    });

    it('highlights a stored report that no longer matches its statement', async () => {
      // As if the report had drifted (e.g. imported by hand): its first goal is gone.
      await sql(`update annual_report set goals = goals - 0 where decision_id = ?`, [b.id]);
      const result = await followUp({ roundId, asOf: '2026-12-01' });
      const rowB = result.rows.find((r) => r.decision.id === b.id)!;
      expect(rowB.problems.map((p) => p.code)).toEqual(['RP_GOAL_MISSING']);
      expect(result.counts['withProblems']).toBe(1);
      const report = await api.graphql(
        gql(`query Reporting9($id: ID!) { annualReport(id: $id) { problems { code } } }`),
        { id: rowB.report!.id },
        admin,
      );
      expect(report.body.data!.annualReport.problems.map((p) => p.code)).toEqual([
        'RP_GOAL_MISSING',
      ]);
    });

    it('lists the reminders: who owes what, due when, how late, whom to contact', async () => {
      const { body } = await api.graphql(
        REMINDERS,
        { roundId, asOf: '2027-06-11', overdueOnly: true },
        admin,
      );
      expect(body.errors).toBeUndefined();
      const reminders = body.data!.reportReminders;
      expect(reminders).toHaveLength(decisions.length - 3);
      expect(reminders.map((r) => r.decision.id)).not.toContain(a.id);
      expect(
        reminders.every(
          (r) =>
            r.state === 'MISSING' &&
            r.overdue &&
            r.daysOverdue === 10 &&
            r.dueDate === '2027-06-01' &&
            r.contact.email === 'kontakt@example.invalid',
        ),
      ).toBe(true);
      const early = await api.graphql(
        REMINDERS,
        { roundId, asOf: '2026-12-01', overdueOnly: true },
        admin,
      );
      expect(early.body.data!.reportReminders).toEqual([]);
    });

    it('shows the institutions’ share per year: granted against the total, and reported spending', async () => {
      const { body } = await api.graphql<{
        institutionShareByYear: Array<{
          year: number;
          grantedTotal: number;
          grantedInstitution: number;
          grantedInstitutionPercent: number;
          reportedSpentInstitution: number;
          reportedSpentTotal: number;
          reports: number;
          grants: number;
        }>;
      }>(
        `{ institutionShareByYear { year grantedTotal grantedInstitution grantedInstitutionPercent reportedGranted
             reportedSpentTotal reportedSpentInstitution reportedInstitutionPercent reports grants falling belowFloor warnings { nb en } } }`,
        {},
        admin,
      );
      expect(body.errors).toBeUndefined();
      const years = body.data!.institutionShareByYear;
      const first = years.find((y) => y.year === YEAR)!;
      const grantedInstitution = decisions.reduce((s, d) => s + d.grant.institution, 0);
      const grantedTotal = decisions.reduce((s, d) => s + d.grant.owner + d.grant.institution, 0);
      expect(first).toMatchObject({
        grantedInstitution,
        grantedTotal,
        grants: decisions.length,
        reports: 3,
      });
      expect(first.grantedInstitutionPercent).toBeCloseTo(
        (100 * grantedInstitution) / grantedTotal,
        2,
      );
      const [sums] = await sql<{ inst: string; total: string }>(
        `select sum(spent_institution) as inst, sum(spent_owner + spent_institution) as total from annual_report
          where year = ? and status in ('SUBMITTED', 'ACCEPTED')`,
        [YEAR],
      );
      // The tenant filter: only Troms' reports count (Nordland has none in this test).
      expect(first.reportedSpentInstitution).toBe(Number(sums!.inst));
      expect(first.reportedSpentTotal).toBe(Number(sums!.total));
      expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort());
    });

    it('reads the follow-up with its reports in the same number of SQL statements, however many', async () => {
      const DEEP =
        gql(`query Reporting5($roundId: ID!) { reportFollowUp(roundId: $roundId, asOf: "2026-12-01") {
        rows { decision { id grantedPerYear { year } } partnership { name } report { id status grant { owner }
          accounts { owner { lines { costLine amount } } institution { spent } } problems { code }
          needsStatement { title } round { year } } } } }`);
      const statements = async () => {
        const response = await api.graphql(DEEP, { roundId }, admin);
        expect(response.body.errors).toBeUndefined();
        return response.sqlStatements!;
      };
      const withThree = await statements();
      const d = decisions.find((x) => ![a.id, b.id, c.id].includes(x.id))!;
      const submitted = await submitAs(
        await api.as('PARTNERSHIP', 'troms', d.partnershipId),
        validInput(d),
      );
      expect(submitted.body.errors).toBeUndefined();
      const withFour = await statements();
      expect(withThree).toBeGreaterThan(0);
      expect(withFour).toBe(withThree);
      expect(withFour).toBeLessThanOrEqual(16);
    });

    it('refuses a follow-up without a round or a year, and a malformed date', async () => {
      const none = await api.graphql(FOLLOW_UP, {}, admin);
      expect(codeOf(none.body.errors)).toBe('BAD_USER_INPUT');
      const bad = await api.graphql(FOLLOW_UP, { roundId, asOf: '2027-02-30' }, admin);
      expect(codeOf(bad.body.errors)).toBe('BAD_USER_INPUT');
      const other = await api.graphql(FOLLOW_UP, { roundId: nordlandRoundId }, admin);
      expect(codeOf(other.body.errors)).toBe('NOT_FOUND');
    });
  });
});
