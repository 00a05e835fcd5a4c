import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../test/test-server.js';
import {
  codeOf,
  linesFor,
  problemsOf,
  sqlOn,
  startReportingWorld,
  SUBMIT,
  validInput,
  type DecisionInfo,
  type Line,
  type Headers,
} from './support/reporting.js';

// A report's validation: every problem at once, typed, with field paths, and nothing written.

describe('a report’s validation over HTTP', () => {
  let api: TestApi;
  let b: DecisionInfo;
  let c: DecisionInfo;
  let partnershipB: Headers;

  beforeAll(async () => {
    ({ api, b, c, partnershipB } = await startReportingWorld());
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
});
