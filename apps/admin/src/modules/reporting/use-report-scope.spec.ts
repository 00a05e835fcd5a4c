import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { reactive } from 'vue';
import { connection, mockClient, withSetup } from '../../test/mock-client.js';
import { useReportScope, type ScopeQuery } from './use-report-scope.js';

const rounds = [
  { id: 'r27', year: 2027, status: 'OPEN' },
  { id: 'r26', year: 2026, status: 'REPORTING' },
  { id: 'r25', year: 2025, status: 'DECIDED' },
  { id: 'r24', year: 2024, status: 'REPORTING' },
];

function setup(initial: Record<string, unknown> = {}) {
  const { client } = mockClient({
    ReportingRounds: () => ({ data: { rounds: connection(rounds) } }),
  });
  const query = reactive<Record<string, unknown>>({ ...initial });
  const navigations: ScopeQuery[] = [];
  const navigate = (next: ScopeQuery) => {
    navigations.push(next);
    for (const key of Object.keys(query)) delete query[key];
    Object.assign(query, next);
  };
  const { result } = withSetup(() => useReportScope({ query: () => query, navigate }), client);
  return { result, navigations };
}

describe('useReportScope', () => {
  it('offers only the rounds that report and starts on the newest of them', async () => {
    const { result } = setup();
    await flushPromises();
    expect(result.rounds.value.map((r) => r.id)).toEqual(['r26', 'r25', 'r24']);
    expect(result.years.value).toEqual([2026, 2025, 2024]);
    expect(result.mode.value).toBe('round');
    expect(result.variables.value).toEqual({ roundId: 'r26', year: null, asOf: null });
  });

  it('reads a year and a date from the URL and keeps the date when the selection changes', async () => {
    const { result, navigations } = setup({ aar: '2025', per: '2026-07-01' });
    await flushPromises();
    expect(result.mode.value).toBe('year');
    expect(result.variables.value).toEqual({ roundId: null, year: 2025, asOf: '2026-07-01' });

    result.setMode('round');
    expect(navigations.at(-1)).toEqual({ runde: 'r25', per: '2026-07-01' });
    expect(result.variables.value).toEqual({ roundId: 'r25', year: null, asOf: '2026-07-01' });

    result.setRound('r24');
    result.setAsOf('');
    expect(navigations.at(-1)).toEqual({ runde: 'r24' });
    expect(result.variables.value).toEqual({ roundId: 'r24', year: null, asOf: null });

    result.setMode('year');
    expect(navigations.at(-1)).toEqual({ aar: '2024' });
    result.setYear(2026);
    expect(result.variables.value).toEqual({ roundId: null, year: 2026, asOf: null });
  });

  it('asks for nothing while there is no round to follow up', async () => {
    const { client } = mockClient({
      ReportingRounds: () => ({ data: { rounds: connection([rounds[0]]) } }),
    });
    const { result } = withSetup(
      () => useReportScope({ query: () => ({}), navigate: () => undefined }),
      client,
    );
    await flushPromises();
    expect(result.rounds.value).toEqual([]);
    expect(result.variables.value).toBeNull();
  });
});
