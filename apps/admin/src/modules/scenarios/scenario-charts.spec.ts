import { describe, expect, it } from 'vitest';
import type { GroupTotalFieldsFragment, ScenarioReportFieldsFragment } from '../../gql/graphql.js';
import { createAppI18n } from '../../i18n/i18n.js';
import { groupName, municipalityChart, sectorShareChart } from './scenario-charts.js';

const t = createAppI18n().global.t as unknown as (k: string, v?: Record<string, unknown>) => string;

const group = (overrides: Partial<GroupTotalFieldsFragment>): GroupTotalFieldsFragment => ({
  key: '5501',
  kind: 'MUNICIPALITY',
  sector: null,
  municipality: { number: '5501', name: 'Tromsø' },
  owners: [],
  statements: 2,
  requestedThisYear: 200,
  grantedThisYear: 150,
  ...overrides,
});

describe('groupName', () => {
  it('names each kind of group the API totals', () => {
    expect(groupName(group({}), t)).toBe('5501 Tromsø');
    expect(groupName(group({ kind: 'SECTOR', key: 'SCHOOL', sector: 'SCHOOL' }), t)).toBe('Skole');
    expect(groupName(group({ kind: 'SEVERAL_MUNICIPALITIES', key: 'SEVERAL' }), t)).toBe(
      'Flere kommuner',
    );
    expect(groupName(group({ kind: 'NO_MUNICIPALITY', key: 'NONE' }), t)).toBe('Uten kommune');
    expect(
      groupName(
        group({
          kind: 'OWNERS',
          key: 'o1+o2',
          owners: [
            { id: 'o1', name: 'Tromsø kommune' },
            { id: 'o2', name: 'Harstad kommune' },
          ],
        }),
        t,
      ),
    ).toBe('Tromsø kommune, Harstad kommune');
  });
});

describe('municipalityChart', () => {
  it('charts the API’s totals in its order, adding nothing', () => {
    const chart = municipalityChart(
      [
        group({
          grantedThisYear: 250,
          key: '5503',
          municipality: { number: '5503', name: 'Harstad' },
        }),
        group({
          kind: 'SEVERAL_MUNICIPALITIES',
          key: 'SEVERAL',
          municipality: null,
          grantedThisYear: 80,
        }),
      ],
      t,
    );
    expect(chart).toEqual({
      unit: 'kroner',
      horizontal: true,
      categories: ['5503 Harstad', 'Flere kommuner'],
      series: [{ name: 'Tildelt i år', values: [250, 80] }],
    });
    expect(municipalityChart([], t)).toBeNull();
  });
});

describe('sectorShareChart', () => {
  it('shows each sector’s total against its band', () => {
    const report = {
      gauges: [],
      sectors: [
        {
          sector: 'SCHOOL',
          total: 4_200_000,
          grantedNew: 4_000_000,
          band: { lower: 3_000_000, upper: 4_000_000 },
        },
      ],
      leftover: { amount: 0, reasons: [] },
      institutionsInSeveralPartnerships: [],
    } as ScenarioReportFieldsFragment;
    expect(sectorShareChart(report, t)).toMatchObject({
      categories: ['Skole'],
      series: [{ values: [4_200_000] }],
      bands: [{ lower: 3_000_000, upper: 4_000_000 }],
    });
    expect(sectorShareChart(null, t)).toBeNull();
  });
});
