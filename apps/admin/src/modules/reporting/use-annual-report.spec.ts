import { CombinedError } from '@urql/core';
import { flushPromises } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mockClient, withSetup, type Responder } from '../../test/mock-client.js';
import {
  goalRows,
  measureRows,
  partyRows,
  problemSection,
  useAnnualReport,
  type AnnualReport,
} from './use-annual-report.js';

function report(overrides: Partial<AnnualReport> = {}): AnnualReport {
  return {
    id: 'a1',
    year: 2025,
    status: 'SUBMITTED',
    version: 3,
    submittedAt: '2026-01-20T10:00:00.000Z',
    submittedBy: 'Kari',
    reviewComment: null,
    reviewedAt: null,
    reviewedBy: null,
    useOfFunds: 'Kurs og frikjøp.',
    coordinatorUse: '',
    coordinatorSpent: 0,
    receivedOwner: 60_000,
    receivedInstitution: 40_000,
    spentOwner: 65_000,
    spentInstitution: 30_000,
    measures: [
      { measureId: 'm1', carriedOut: true, description: 'Gjort' },
      { measureId: 'mX', carriedOut: false, description: 'Ukjent' },
    ],
    goals: [
      { goalId: 's1', achievement: 'PARTLY_ACHIEVED', assessment: 'Delvis' },
      { goalId: 'g1', achievement: 'ACHIEVED', assessment: 'Nådd' },
    ],
    accounts: {
      coordinatorSpent: 0,
      owner: {
        party: 'OWNER',
        received: 60_000,
        spent: 65_000,
        granted: 60_000,
        unspent: -5_000,
        lines: [
          { id: 'l1', costLine: 'RELEASED_TIME', amount: 50_000 },
          { id: 'l2', costLine: 'TRAVEL', amount: 15_000 },
        ],
      },
      institution: {
        party: 'INSTITUTION',
        received: 40_000,
        spent: 30_000,
        granted: 40_000,
        unspent: 10_000,
        lines: [{ id: 'l3', costLine: 'COURSES_AND_TEACHING', amount: 30_000 }],
      },
    },
    grant: {
      year: 2025,
      amount: 100_000,
      owner: 60_000,
      institution: 40_000,
      coordinator: 0,
      subjectToAppropriation: false,
    },
    problems: [
      {
        code: 'RP_ACCOUNTS_OVERSPENT',
        path: ['accounts', 'owner', 'lines'],
        message: { nb: 'Eieren har brukt mer enn mottatt.' },
      },
      { code: 'RP_MEASURE_UNKNOWN', path: ['measures', '1'], message: { nb: 'Ukjent tiltak.' } },
    ],
    round: { id: 'r25', year: 2025, status: 'REPORTING' },
    partnership: {
      id: 'p',
      name: 'Partnerskap',
      institution: { id: 'i', name: 'UiT' },
      owners: [{ id: 'o', name: 'Tromsø kommune' }],
    },
    needsStatement: {
      id: 'n',
      title: 'Lesing',
      sector: 'SCHOOL',
      durationYears: 2,
      goals: {
        longTerm: [{ id: 'g1', text: 'Bedre lesing' }],
        subGoals: [
          { id: 's1', text: 'Lesekurs' },
          { id: 's2', text: 'Veiledning' },
        ],
      },
      measures: [
        { id: 'm1', kind: 'CARRY_OUT', description: 'Kurs' },
        { id: 'm2', kind: 'PLAN', description: 'Plan' },
      ],
      coordinator: { requested: false },
    },
    decision: {
      id: 'd',
      status: 'GRANTED',
      annualReports: [
        { id: 'a0', year: 2024, status: 'ACCEPTED' },
        { id: 'a1', year: 2025, status: 'SUBMITTED' },
      ],
    },
    ...overrides,
  };
}

const costLines = [
  { costLine: 'RELEASED_TIME', label: { nb: 'Frikjøp og vikarutgifter' } },
  { costLine: 'TRAVEL', label: { nb: 'Reise og opphold' } },
];

function setup(mutations: Record<string, Responder> = {}) {
  let current = report();
  const { client, calls } = mockClient({
    AnnualReport: () => ({ data: { annualReport: current, costLines } }),
    ...mutations,
  });
  const set = (next: AnnualReport) => {
    current = next;
  };
  return { ...withSetup(() => useAnnualReport('a1'), client), calls, set };
}

describe('the report against its statement and grant', () => {
  it('lists the statement goals in order, unassessed ones and unknown ones too', () => {
    expect(goalRows(report())).toEqual([
      {
        goalId: 'g1',
        kind: 'longTerm',
        text: 'Bedre lesing',
        achievement: 'ACHIEVED',
        assessment: 'Nådd',
      },
      {
        goalId: 's1',
        kind: 'subGoal',
        text: 'Lesekurs',
        achievement: 'PARTLY_ACHIEVED',
        assessment: 'Delvis',
      },
      { goalId: 's2', kind: 'subGoal', text: 'Veiledning', achievement: null, assessment: null },
    ]);
    const unknown = report({
      goals: [{ goalId: 'zz', achievement: 'TOO_EARLY', assessment: '?' }],
    });
    expect(goalRows(unknown).at(-1)).toEqual({
      goalId: 'zz',
      kind: null,
      text: null,
      achievement: 'TOO_EARLY',
      assessment: '?',
    });
  });

  it('lists the statement measures with what became of them, and measures it lacks', () => {
    expect(measureRows(report())).toEqual([
      {
        measureId: 'm1',
        kind: 'CARRY_OUT',
        planned: 'Kurs',
        carriedOut: true,
        description: 'Gjort',
      },
      { measureId: 'm2', kind: 'PLAN', planned: 'Plan', carriedOut: null, description: null },
      { measureId: 'mX', kind: null, planned: null, carriedOut: false, description: 'Ukjent' },
    ]);
  });

  it('shows each party spending against its grant as the API gives it', () => {
    const parties = partyRows(report(), (line) => `label:${line}`);
    expect(parties.map((p) => [p.party, p.granted, p.received, p.spent, p.unspent])).toEqual([
      ['OWNER', 60_000, 60_000, 65_000, -5_000],
      ['INSTITUTION', 40_000, 40_000, 30_000, 10_000],
    ]);
    expect(parties[0]!.lines.map((l) => l.label)).toEqual(['label:RELEASED_TIME', 'label:TRAVEL']);
    const withoutGrant = report();
    withoutGrant.accounts.owner = { ...withoutGrant.accounts.owner, granted: null, unspent: null };
    expect(partyRows(withoutGrant, String)[0]).toMatchObject({
      granted: null,
      unspent: null,
    });
  });

  it('puts each problem with the part of the report its path points into', () => {
    expect(problemSection({ path: ['accounts', 'owner'] })).toBe('accounts');
    expect(problemSection({ path: ['goals', '0'] })).toBe('goals');
    expect(problemSection({ path: ['measures'] })).toBe('measures');
    expect(problemSection({ path: ['coordinatorUse'] })).toBe('coordinator');
    expect(problemSection({ path: ['year'] })).toBe('other');
  });
});

describe('useAnnualReport', () => {
  it('loads the report with the API cost line labels and its other years', async () => {
    const { result } = setup();
    await flushPromises();
    expect(result.report.value?.id).toBe('a1');
    expect(result.parties.value[0]!.lines.map((l) => l.label)).toEqual([
      'Frikjøp og vikarutgifter',
      'Reise og opphold',
    ]);
    expect(result.parties.value[1]!.lines[0]!.label).toBe('COURSES_AND_TEACHING');
    expect(result.otherYears.value.map((r) => r.id)).toEqual(['a0']);
    expect(result.problemsBySection.value.accounts).toHaveLength(1);
    expect(result.problemsBySection.value.measures).toHaveLength(1);
    expect(result.coordinator.value).toEqual({ requested: false, granted: 0, spent: 0, use: '' });
  });

  it('accepts with the version reviewed and reloads the report', async () => {
    const { result, calls, set } = setup({
      AcceptAnnualReport: () => ({ data: { acceptAnnualReport: report({ status: 'ACCEPTED' }) } }),
    });
    await flushPromises();
    set(report({ status: 'ACCEPTED', version: 4 }));
    expect(await result.accept()).toBe(true);
    expect(calls.find((c) => c.name === 'AcceptAnnualReport')?.variables).toEqual({
      id: 'a1',
      version: 3,
    });
    await flushPromises();
    expect(result.done.value).toBe('accept');
    expect(result.report.value?.status).toBe('ACCEPTED');
    expect(calls.filter((c) => c.name === 'AnnualReport').length).toBeGreaterThan(1);
  });

  it('sends the comment as written and shows the API problem beside the comment field', async () => {
    const { result, calls } = setup({
      ReturnAnnualReport: () => ({
        error: new CombinedError({
          graphQLErrors: [
            new GraphQLError('Say what the partnership must change.', {
              extensions: {
                code: 'VALIDATION_FAILED',
                problems: [
                  {
                    code: 'RP_RETURN_COMMENT_MISSING',
                    path: ['comment'],
                    message: { nb: 'Skriv hva partnerskapet må rette.', en: 'Say what.' },
                  },
                ],
              },
            }),
          ],
        }),
      }),
    });
    await flushPromises();
    expect(await result.returnReport('   ')).toBe(false);
    expect(calls.find((c) => c.name === 'ReturnAnnualReport')?.variables).toEqual({
      id: 'a1',
      version: 3,
      comment: '   ',
    });
    expect(result.errors.return?.code).toBe('VALIDATION_FAILED');
    expect(result.commentProblems.value.map((p) => p.message.nb)).toEqual([
      'Skriv hva partnerskapet må rette.',
    ]);
    expect(result.done.value).toBeNull();
    result.clearErrors('return');
    expect(result.commentProblems.value).toEqual([]);
  });

  it('keeps the API reason of a conflict (a report already accepted)', async () => {
    const { result } = setup({
      AcceptAnnualReport: () => ({
        error: new CombinedError({
          graphQLErrors: [
            new GraphQLError('final', {
              extensions: { code: 'CONFLICT', reason: 'REPORT_ACCEPTED', status: 'ACCEPTED' },
            }),
          ],
        }),
      }),
    });
    await flushPromises();
    expect(await result.accept()).toBe(false);
    expect(result.errors.accept?.code).toBe('CONFLICT');
    expect(result.reasons.accept).toBe('REPORT_ACCEPTED');
  });
});
