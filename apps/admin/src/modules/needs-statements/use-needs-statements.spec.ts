import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { connection, mockClient, withSetup } from '../../test/mock-client.js';
import { useNeedsStatements } from './use-needs-statements.js';

const row = (id: string) => ({
  id,
  title: `Statement ${id}`,
  sector: 'SCHOOL',
  themeId: 'theme',
  status: 'SUBMITTED',
  durationYears: 2,
  requestedThisYear: 100_000,
  submittedAt: '2026-01-20T10:00:00.000Z',
  newcomer: false,
  partnership: { id: 'p', name: 'P', institution: { id: 'i', name: 'I' }, owners: [] },
  problems: [],
});

describe('useNeedsStatements', () => {
  it('asks the API for a filtered, sorted page and pages by cursor', async () => {
    const { client, calls } = mockClient({
      NeedsStatements: (v) => ({
        data: {
          needsStatements: connection(
            v['after'] ? [row('3')] : [row('1'), row('2')],
            3,
            !v['after'],
          ),
        },
      }),
    });
    const { result } = withSetup(() => useNeedsStatements('round-1', { pageSize: 2 }), client);
    await flushPromises();
    expect(calls.at(-1)?.variables).toMatchObject({
      roundId: 'round-1',
      first: 2,
      after: null,
      filter: {},
      orderBy: { field: 'SUBMITTED_AT', direction: 'ASC' },
    });
    expect(result.rows.value.map((r) => r.id)).toEqual(['1', '2']);
    expect([result.from.value, result.to.value, result.totalCount.value]).toEqual([1, 2, 3]);

    result.nextPage();
    await flushPromises();
    expect(calls.at(-1)?.variables['after']).toBe('c1');
    expect(result.rows.value.map((r) => r.id)).toEqual(['3']);
    expect([result.from.value, result.to.value]).toEqual([3, 3]);
    expect(result.hasPreviousPage.value).toBe(true);

    result.previousPage();
    await flushPromises();
    expect(calls.at(-1)?.variables['after']).toBeNull();
  });

  it('starts on the first page again when the filter or the sort changes', async () => {
    const { client, calls } = mockClient({
      NeedsStatements: () => ({ data: { needsStatements: connection([row('1')], 2, true) } }),
    });
    const { result } = withSetup(() => useNeedsStatements('r'), client);
    await flushPromises();
    result.nextPage();
    await flushPromises();
    result.filter.sector = 'KINDERGARTEN';
    result.filter.search = '  lesing ';
    result.sortBy('REQUESTED_THIS_YEAR');
    await flushPromises();
    expect(calls.at(-1)?.variables).toMatchObject({
      after: null,
      filter: { sector: ['KINDERGARTEN'], search: 'lesing' },
      orderBy: { field: 'REQUESTED_THIS_YEAR', direction: 'ASC' },
    });
    result.sortBy('REQUESTED_THIS_YEAR');
    expect(result.ariaSort('REQUESTED_THIS_YEAR')).toBe('descending');
    expect(result.ariaSort('TITLE')).toBe('none');
  });

  it('asks the API for the statements with or without problems', async () => {
    const { client, calls } = mockClient({
      NeedsStatements: () => ({ data: { needsStatements: connection([row('1')], 1, false) } }),
    });
    const { result } = withSetup(() => useNeedsStatements('r'), client);
    await flushPromises();
    expect(calls.at(-1)?.variables).toMatchObject({ filter: {} });
    result.filter.problems = 'yes';
    await flushPromises();
    expect(calls.at(-1)?.variables).toMatchObject({ filter: { hasProblems: true } });
    result.filter.problems = 'no';
    await flushPromises();
    expect(calls.at(-1)?.variables).toMatchObject({ filter: { hasProblems: false } });
  });

  it('reports an API error by its code', async () => {
    const { CombinedError } = await import('@urql/core');
    const { GraphQLError } = await import('graphql');
    const { client } = mockClient({
      NeedsStatements: () => ({
        error: new CombinedError({
          graphQLErrors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })],
        }),
      }),
    });
    const { result } = withSetup(() => useNeedsStatements('r'), client);
    await flushPromises();
    expect(result.error.value?.code).toBe('FORBIDDEN');
  });

  it('fetches the whole filtered list for the export, page by page, from the API', async () => {
    const { client, calls } = mockClient({
      NeedsStatements: (v) => ({
        data: {
          needsStatements:
            v['first'] === 200
              ? connection(v['after'] ? [row('3')] : [row('1'), row('2')], 3, !v['after'])
              : connection([row('1')], 3, true),
        },
      }),
    });
    const { result } = withSetup(() => useNeedsStatements('r', { pageSize: 1 }), client);
    await flushPromises();
    result.filter.sector = 'SCHOOL';
    await flushPromises();
    const all = await result.fetchAll();
    expect(all.map((r) => r.id)).toEqual(['1', '2', '3']);
    const exportCalls = calls.filter((c) => c.variables['first'] === 200);
    expect(exportCalls.map((c) => c.variables['after'])).toEqual([null, 'c1']);
    expect(exportCalls[0]!.variables).toMatchObject({ filter: { sector: ['SCHOOL'] } });
  });
});
