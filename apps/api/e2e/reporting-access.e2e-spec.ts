import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import {
  ACCEPT,
  codeOf,
  FOLLOW_UP,
  linesFor,
  REMINDERS,
  RETURN,
  acceptedReportOfA,
  sqlOn,
  submitAs as submitReport,
  startReportingWorld,
  SUBMIT,
  validInput,
  YEAR,
  type DecisionInfo,
  type Headers,
} from './support/reporting.js';

// The reporting's access rules (a partnership's own reports only; FORUM and NATIONAL refused;
// another county's office sees nothing), its phases, and a submit that fails half-way. (The
// cycle: reporting; the office's follow-up: reporting-follow-up.)

describe('the reporting over HTTP: who may report and review, when, and no half-written report', () => {
  let api: TestApi;
  let admin: Headers;
  let roundId: string;
  let decisions: DecisionInfo[];
  let a: DecisionInfo;
  let b: DecisionInfo;
  let partnershipA: Headers;
  let partnershipB: Headers;
  let reportA = { id: '', version: 0 };

  beforeAll(async () => {
    const world = await startReportingWorld();
    ({ api, admin, roundId, decisions, a, b, partnershipA, partnershipB } = world);
    reportA = await acceptedReportOfA(world);
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
});
