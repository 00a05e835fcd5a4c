import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { scenarioFigures, scenarioLine, scenarioSummary } from '../../test/fixtures.js';
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
          lines: connection(lines),
        },
      },
    }),
    ScenarioFigures: () => ({ data: { scenario: { id: 's1', ...scenarioFigures } } }),
    AdjustScenarioLine: () => ({
      data: {
        adjustScenarioLine: {
          ...scenarioSummary,
          ...scenarioFigures,
          lines: connection(lines),
        },
      },
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
  });

  it('takes gauges, totals and method info from the API as they are', async () => {
    const { result } = setup();
    await flushPromises();
    expect(result.gauges.value.map((g) => [g.id, g.broken, g.text])).toEqual([
      ['SECTOR:SCHOOL', false, 'Skole: 300 000 kr, innenfor båndet.'],
      ['COORDINATOR', true, 'Koordinatormidler: 60 000 kr mot taket på 50 000 kr.'],
    ]);
    expect(result.totals.value?.byMunicipality[0]?.grantedThisYear).toBe(300_000);
    expect(result.methodInfo.value?.gap).toBe(0.0001);
    expect(result.constraintReport.value?.leftover.amount).toBe(700_000);
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
