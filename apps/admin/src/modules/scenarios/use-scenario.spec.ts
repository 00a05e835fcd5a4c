import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { scenarioLine, scenarioSummary } from '../../test/fixtures.js';
import { connection, mockClient, withSetup } from '../../test/mock-client.js';
import { useScenario } from './use-scenario.js';

const lines = [
  scenarioLine('1', { title: 'Bardu lesing', requestedThisYear: 300_000 }),
  scenarioLine('2', {
    title: 'Alta regning',
    requestedThisYear: 100_000,
    sector: 'KINDERGARTEN',
    status: 'REDUCED',
  }),
  scenarioLine('3', { title: 'Senja språk', requestedThisYear: 200_000 }),
];

function setup() {
  const { client, calls } = mockClient({
    Scenario: () => ({
      data: {
        scenario: {
          ...scenarioSummary,
          inputHash: 'x',
          parametersJson: {},
          methodReport: {},
          report: { sectors: [], locks: [] },
          lines: connection(lines),
        },
      },
    }),
    AdjustScenarioLine: () => ({
      data: { adjustScenarioLine: { ...scenarioSummary, report: {}, lines: connection(lines) } },
    }),
  });
  return { ...withSetup(() => useScenario('s1'), client), calls };
}

describe('useScenario', () => {
  it('sorts the lines in the browser by any column, and filters them', async () => {
    const { result } = setup();
    await flushPromises();
    const titles = () => result.sortedLines.value.map((l) => l.needsStatement.title);
    expect(titles()).toEqual(['Bardu lesing', 'Alta regning', 'Senja språk']);
    result.toggleSort('requested');
    expect(titles()).toEqual(['Alta regning', 'Senja språk', 'Bardu lesing']);
    result.toggleSort('requested');
    expect(titles()).toEqual(['Bardu lesing', 'Senja språk', 'Alta regning']);
    expect(result.ariaSort('requested')).toBe('descending');
    result.filter.sector = 'SCHOOL';
    expect(titles()).toEqual(['Bardu lesing', 'Senja språk']);
    result.filter.sector = '';
    result.filter.status = 'REDUCED';
    expect(titles()).toEqual(['Alta regning']);
    expect(result.report.value).toEqual({ sectors: [], locks: [] });
  });

  it('adjusts a line with the scenario version the adviser saw', async () => {
    const { result, calls } = setup();
    await flushPromises();
    expect(await result.adjust(lines[0]!, 250_000, '  Kjent behov ')).toBe(true);
    expect(calls.find((c) => c.name === 'AdjustScenarioLine')?.variables).toEqual({
      input: {
        scenarioId: 's1',
        needsStatementId: 'ns1',
        grantedThisYear: 250_000,
        reason: 'Kjent behov',
        expectedVersion: 4,
      },
    });
  });
});
