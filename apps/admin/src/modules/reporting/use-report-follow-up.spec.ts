import { CombinedError } from '@urql/core';
import { flushPromises } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { mockClient, withSetup } from '../../test/mock-client.js';
import { matchesFilter, useReportFollowUp, type FollowUpRow } from './use-report-follow-up.js';
import { useReportReminders } from './use-report-reminders.js';

function row(
  id: string,
  state: FollowUpRow['state'],
  overrides: Partial<FollowUpRow> = {},
): FollowUpRow {
  return {
    title: `Tiltak ${id}`,
    year: 2025,
    roundYear: 2025,
    state,
    dueDate: '2026-06-01',
    dueDateSource: 'DEFAULT',
    owed: state === 'MISSING' || state === 'RETURNED',
    late: false,
    daysLate: 0,
    spentOwner: state === 'MISSING' ? null : 50_000,
    spentInstitution: state === 'MISSING' ? null : 40_000,
    coordinatorSpent: null,
    unspent: state === 'MISSING' ? null : 10_000,
    measuresNotCarriedOut: 0,
    goalsNotAchieved: 0,
    grant: {
      year: 2025,
      amount: 100_000,
      owner: 55_000,
      institution: 45_000,
      coordinator: 0,
      subjectToAppropriation: false,
    },
    decision: { id: `d${id}` },
    partnership: { id: `p${id}`, name: `Partnerskap ${id}` },
    report: state === 'MISSING' ? null : { id: `a${id}`, status: state, submittedAt: '2026-01-20' },
    problems: [],
    ...overrides,
  };
}

const rows = [
  row('1', 'MISSING', { late: true, daysLate: 180 }),
  row('2', 'SUBMITTED', {
    problems: [{ code: 'RP_GOAL_MISSING', path: ['goals'], message: { nb: 'Mål mangler' } }],
  }),
  row('3', 'ACCEPTED', { grant: { ...row('x', 'ACCEPTED').grant, amount: 300_000 } }),
  row('4', 'RETURNED', { late: true, daysLate: 20 }),
  row('5', 'ACCEPTED', { late: true, daysLate: 3 }),
];

const counts = {
  expected: 5,
  reported: 3,
  awaitingReview: 1,
  accepted: 2,
  returned: 1,
  missing: 1,
  late: 3,
  withProblems: 1,
};

function setup(
  variables = ref<{ roundId: string | null; year: number | null; asOf: string | null } | null>({
    roundId: 'r25',
    year: null,
    asOf: null,
  }),
) {
  const { client, calls } = mockClient({
    ReportFollowUp: () => ({
      data: {
        reportFollowUp: {
          asOf: '2026-11-28',
          counts,
          money: {
            grantedOwner: 1,
            grantedInstitution: 2,
            reportedGranted: 3,
            spentOwner: 4,
            spentInstitution: 5,
            coordinatorSpent: 6,
          },
          rows,
        },
      },
    }),
  });
  return { ...withSetup(() => useReportFollowUp(variables), client), calls, variables };
}

describe('useReportFollowUp', () => {
  it('asks the API for the selection and gives its counts beside each filter', async () => {
    const { result, calls } = setup();
    await flushPromises();
    expect(calls.at(-1)).toEqual({
      name: 'ReportFollowUp',
      variables: { roundId: 'r25', year: null, asOf: null },
    });
    expect(result.filterOptions.value).toEqual([
      { key: 'all', count: 5 },
      { key: 'reported', count: 3 },
      { key: 'awaitingReview', count: 1 },
      { key: 'accepted', count: 2 },
      { key: 'returned', count: 1 },
      { key: 'missing', count: 1 },
      { key: 'late', count: 3 },
      { key: 'withProblems', count: 1 },
    ]);
    expect(result.asOf.value).toBe('2026-11-28');
    expect(result.anyDefaultDue.value).toBe(true);
  });

  it('filters by status with the rules the API counts by, so each filter shows its count', async () => {
    const { result } = setup();
    await flushPromises();
    for (const option of result.filterOptions.value) {
      result.filter.value = option.key;
      expect(result.filtered.value.length, option.key).toBe(option.count);
    }
    result.filter.value = 'late';
    expect(result.sorted.value.map((r) => r.decision.id)).toEqual(['d1', 'd4', 'd5']);
    expect(matchesFilter(rows[1]!, 'withProblems')).toBe(true);
    expect(matchesFilter(rows[0]!, 'reported')).toBe(false);
  });

  it('sorts by a column, missing amounts last', async () => {
    const { result } = setup();
    await flushPromises();
    result.toggleSort('granted');
    expect(result.ariaSort('granted')).toBe('ascending');
    expect(result.sorted.value.at(-1)?.decision.id).toBe('d3');
    result.toggleSort('unspent');
    expect(result.sorted.value.at(-1)?.decision.id).toBe('d1');
    result.toggleSort('state');
    expect(result.sorted.value.map((r) => r.state)).toEqual([
      'MISSING',
      'RETURNED',
      'SUBMITTED',
      'ACCEPTED',
      'ACCEPTED',
    ]);
  });

  it('waits while there is no selection', async () => {
    const { result, calls } = setup(ref(null));
    await flushPromises();
    expect(calls).toEqual([]);
    expect(result.counts.value).toBeNull();
  });

  it('reports an API error by its code', async () => {
    const { client } = mockClient({
      ReportFollowUp: () => ({
        error: new CombinedError({
          graphQLErrors: [
            new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT', field: 'asOf' } }),
          ],
        }),
      }),
    });
    const { result } = withSetup(
      () => useReportFollowUp({ roundId: 'r', year: null, asOf: '2026-13-01' }),
      client,
    );
    await flushPromises();
    expect(result.error.value).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });
});

describe('useReportReminders', () => {
  it('asks for the owed reports, only overdue ones when asked, and lists each e-mail once', async () => {
    const reminder = (id: string, email: string | null) => ({
      title: `Tiltak ${id}`,
      year: 2025,
      state: 'MISSING',
      dueDate: '2026-06-01',
      dueDateSource: 'DEFAULT',
      overdue: true,
      daysOverdue: 180,
      reviewComment: null,
      contact: { name: 'Kari', email },
      decision: { id: `d${id}` },
      partnership: { id: 'p', name: 'P' },
    });
    const { client, calls } = mockClient({
      ReportReminders: () => ({
        data: {
          reportReminders: [
            reminder('1', 'kari@example.no'),
            reminder('2', 'kari@example.no'),
            reminder('3', null),
          ],
        },
      }),
    });
    const { result } = withSetup(
      () => useReportReminders({ roundId: null, year: 2025, asOf: null }),
      client,
    );
    await flushPromises();
    expect(calls.at(-1)?.variables).toEqual({
      roundId: null,
      year: 2025,
      asOf: null,
      overdueOnly: false,
    });
    expect(result.reminders.value).toHaveLength(3);
    expect(result.emails.value).toEqual(['kari@example.no']);
    result.overdueOnly.value = true;
    await flushPromises();
    expect(calls.at(-1)?.variables['overdueOnly']).toBe(true);
  });
});
