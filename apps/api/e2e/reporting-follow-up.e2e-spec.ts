import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import {
  codeOf,
  FOLLOW_UP,
  REMINDERS,
  acceptedReportOfA,
  sqlOn,
  submitAs as submitReport,
  startReportingWorld,
  validInput,
  YEAR,
  type DecisionInfo,
  type Headers,
} from './support/reporting.js';

// The office's follow-up of the reports: counts against the due date, money, drifted reports,
// reminders, the institutions' share, and its cost in SQL statements. (The cycle: reporting;
// access rules: reporting-access.)

describe('the office’s follow-up of the reports over HTTP', () => {
  let api: TestApi;
  let admin: Headers;
  let roundId: string;
  let nordlandRoundId: string;
  let decisions: DecisionInfo[];
  let a: DecisionInfo;
  let b: DecisionInfo;
  let c: DecisionInfo;

  beforeAll(async () => {
    const world = await startReportingWorld();
    ({ api, admin, roundId, nordlandRoundId, decisions, a, b, c } = world);
    // As the cycle and the access tests leave them: A's report accepted, B's submitted.
    await acceptedReportOfA(world);
    const reportB = await submitReport(api, world.partnershipB, validInput(b));
    expect(reportB.body.errors).toBeUndefined();
  });

  afterAll(() => api.close());

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
    return sqlOn<T>(api, query, params);
  }

  function submitAs(headers: Headers, input: Record<string, unknown>) {
    return submitReport(api, headers, input);
  }

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
