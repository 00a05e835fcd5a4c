import type { ConstraintReport } from '@kompetansemidler/domain';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../i18n/i18n.js';
import { municipalityChart, municipalityGrants, sectorShareChart } from './scenario-charts.js';
import type { ScenarioLine } from './use-scenario.js';

const t = createAppI18n().global.t as unknown as (k: string, v?: Record<string, unknown>) => string;

const line = (granted: number, municipalities: [string, string][]) =>
  ({
    grantedThisYear: granted,
    needsStatement: {
      partnership: {
        owners: municipalities.map(([number, name], i) => ({
          id: `${i}`,
          name: `Eier ${i}`,
          ownership: 'PUBLIC',
          municipality: { number, name },
        })),
      },
    },
  }) as unknown as ScenarioLine;

describe('municipalityGrants', () => {
  it('totals per municipality and keeps multi-municipality partnerships whole', () => {
    const groups = municipalityGrants(
      [
        line(100, [['5501', 'Tromsø']]),
        line(250, [['5503', 'Harstad']]),
        line(50, [['5501', 'Tromsø']]),
        line(70, [
          ['5501', 'Tromsø'],
          ['5503', 'Harstad'],
        ]),
        line(10, []),
      ],
      t,
    );
    expect(groups).toEqual([
      { key: '5503', name: '5503 Harstad', granted: 250 },
      { key: '5501', name: '5501 Tromsø', granted: 150 },
      { key: 'several', name: 'Flere kommuner', granted: 70 },
      { key: 'none', name: 'Uten kommune', granted: 10 },
    ]);
    expect(municipalityChart([], t)).toBeNull();
    expect(municipalityChart([line(1, [['5501', 'Tromsø']])], t)?.horizontal).toBe(true);
  });
});

describe('sectorShareChart', () => {
  it('puts each sector’s total against its band', () => {
    const report = {
      sectors: [
        { sector: 'SCHOOL', total: 3_600_000, band: { lower: 3_000_000, upper: 4_000_000 } },
      ],
    } as unknown as ConstraintReport;
    expect(sectorShareChart(report, t)).toEqual({
      unit: 'kroner',
      categories: ['Skole'],
      series: [{ name: 'Tildelt og låst', values: [3_600_000] }],
      bands: [{ lower: 3_000_000, upper: 4_000_000 }],
      bandName: 'Bånd',
    });
    expect(sectorShareChart(null, t)).toBeNull();
  });
});
