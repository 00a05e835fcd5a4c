import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import {
  ACCEPT,
  codeOf,
  FOLLOW_UP,
  linesFor,
  problemsOf,
  REMINDERS,
  RETURN,
  sqlOn,
  startReportingWorld,
  SUBMIT,
  validInput,
  YEAR,
  type DecisionInfo,
  type Grant,
  type Line,
  type Problem,
  type Headers,
} from './support/reporting.js';

// The reporting cycle, its access rules and the office's follow-up. Validation of a report: reporting-validation.e2e-spec.ts.

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
    ({ api, admin, roundId, nordlandRoundId, decisions, a, b, c, partnershipA, partnershipB } =
      await startReportingWorld());
  });

  afterAll(() => api.close());

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
    return sqlOn<T>(api, query, params);
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
    // C's report, submitted as the validation file's coordinator case ends: A accepted, B and C
    // submitted when the follow-up is read.
    beforeAll(async () => {
      const { body } = await submitAs(
        await api.as('PARTNERSHIP', 'troms', c.partnershipId),
        validInput(c),
      );
      expect(body.errors).toBeUndefined();
    });

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
