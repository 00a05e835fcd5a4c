import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import {
  ACCEPT,
  codeOf,
  linesFor,
  problemsOf,
  REMINDERS,
  RETURN,
  sqlOn,
  START_REPORTING,
  submitAs as submitReport,
  startReportingWorld,
  validInput,
  YEAR,
  type DecisionInfo,
  type Grant,
  type Line,
  type Problem,
  type Headers,
} from './support/reporting.js';

// The reporting cycle: a report submitted, returned, resubmitted and accepted. Its access rules
// and a failed write: reporting-access; the office's follow-up: reporting-follow-up; validation
// of a report: reporting-validation.

describe('the reporting cycle over HTTP: decision → report → return → resubmit → accept', () => {
  let api: TestApi;
  let admin: Headers;
  let roundId: string;
  let a: DecisionInfo;
  let partnershipA: Headers;

  beforeAll(async () => {
    ({ api, admin, roundId, a, partnershipA } = await startReportingWorld());
  });

  afterAll(() => api.close());

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []) {
    return sqlOn<T>(api, query, params);
  }

  async function count(from: string, params: unknown[] = []): Promise<number> {
    return Number((await sql<{ n: string }>(`select count(*) as n from ${from}`, params))[0]!.n);
  }

  function submitAs(headers: Headers, input: Record<string, unknown>) {
    return submitReport(api, headers, input);
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
    const started = await api.graphql(START_REPORTING, { id: roundId }, admin);
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
});
