import type { ConstraintReport } from '@kompetansemidler/domain';
import { describe, expect, it } from 'vitest';
import type { ComparisonRowFieldsFragment } from '../../gql/graphql.js';
import { createAppI18n } from '../../i18n/i18n.js';
import {
  comparisonChart,
  groupTotals,
  municipalityGroup,
  ownerGroup,
  sectorTotals,
} from './comparison.js';

const t = createAppI18n().global.t as unknown as (k: string, v?: Record<string, unknown>) => string;

const row = (id: string, granted: number[], owners: [string, string, string | null][]) =>
  ({
    requestedThisYear: 100,
    granted,
    spread: Math.max(...granted) - Math.min(...granted),
    needsStatement: {
      id,
      title: id,
      sector: 'SCHOOL',
      partnership: {
        id: `p${id}`,
        name: `P${id}`,
        owners: owners.map(([oid, name, municipality]) => ({
          id: oid,
          name,
          municipality: municipality
            ? { number: municipality, name: `Kommune ${municipality}` }
            : null,
        })),
      },
    },
  }) as unknown as ComparisonRowFieldsFragment;

const rows = [
  row('1', [100, 80], [['o1', 'Tromsø kommune', '5501']]),
  row('2', [50, 50], [['o1', 'Tromsø kommune', '5501']]),
  row('3', [30, 30], [['o2', 'Harstad kommune', '5503']]),
  row(
    '4',
    [10, 40],
    [
      ['o1', 'Tromsø kommune', '5501'],
      ['o2', 'Harstad kommune', '5503'],
    ],
  ),
];

describe('comparison totals', () => {
  it('totals each municipality per scenario, the differing ones first', () => {
    expect(groupTotals(rows, 2, municipalityGroup(t))).toEqual([
      { key: '5501', name: '5501 Kommune 5501', granted: [150, 130], differs: true },
      { key: 'several', name: 'Flere kommuner', granted: [10, 40], differs: true },
      { key: '5503', name: '5503 Kommune 5503', granted: [30, 30], differs: false },
    ]);
  });

  it('totals each owner group per scenario', () => {
    const owners = groupTotals(rows, 2, ownerGroup);
    expect(owners.map((o) => [o.name, o.granted])).toEqual([
      ['Tromsø kommune', [150, 130]],
      ['Tromsø kommune, Harstad kommune', [10, 40]],
      ['Harstad kommune', [30, 30]],
    ]);
  });

  it('takes sector totals from each scenario’s report and charts them', () => {
    const report = (total: number) =>
      ({ sectors: [{ sector: 'SCHOOL', total }] }) as unknown as ConstraintReport;
    const sectors = sectorTotals([report(300), report(280)], t);
    expect(sectors).toEqual([{ key: 'SCHOOL', name: 'Skole', granted: [300, 280], differs: true }]);
    expect(comparisonChart(sectors, ['A', 'B'])?.series).toEqual([
      { name: 'A', values: [300] },
      { name: 'B', values: [280] },
    ]);
  });
});
