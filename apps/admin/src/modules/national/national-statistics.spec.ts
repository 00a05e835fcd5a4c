import { describe, expect, it } from 'vitest';
import {
  nationalChart,
  nationalCsv,
  nationalCsvFileName,
  type GroupLabels,
  type NationalGroupRow,
} from './national-statistics.js';

const figures = (over: Partial<NationalGroupRow['figures']> = {}): NationalGroupRow['figures'] => ({
  statements: 10,
  requested: 1_000_000,
  decisions: 8,
  grants: 6,
  granted: 750_000,
  grantedLaterYears: 200_000,
  committed: 100_000,
  coordinatorGranted: 50_000,
  frame: null,
  samiShare: 0.355,
  newcomerShare: null,
  reportsExpected: 4,
  reportsSubmitted: 3,
  reportCompleteness: 0.75,
  ...over,
});

const groups: NationalGroupRow[] = [
  {
    county: { code: 'troms', name: 'Statsforvalteren i Troms; demo' },
    sector: null,
    year: null,
    ownership: null,
    figures: figures(),
  },
  {
    county: { code: 'nordland', name: 'Statsforvalteren i Nordland' },
    sector: null,
    year: null,
    ownership: null,
    figures: figures({ statements: 2, granted: 1 }),
  },
];
const labels: GroupLabels = {
  sector: (s) => s,
  ownership: (o) => o,
  none: 'Uten verdi',
};

describe('the national statistics screen', () => {
  it('writes the API’s figures as CSV for Excel: ; between cells, shares in percent', () => {
    const csv = nationalCsv(groups, figures({ statements: 12 }), 'COUNTY', labels, {
      group: 'Fylke',
      total: 'Totalt',
      column: (c) => c,
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Fylke;statements;requested;decisions;grants;granted;grantedLaterYears;committed;coordinatorGranted;samiShare;newcomerShare;reportsExpected;reportsSubmitted;reportCompleteness',
    );
    // A name holding the separator is quoted; an absent share is an empty cell.
    expect(lines[1]).toBe(
      '"Statsforvalteren i Troms; demo";10;1000000;8;6;750000;200000;100000;50000;35,5;;4;3;75,0',
    );
    expect(lines[2]!.split(';').slice(0, 6)).toEqual([
      'Statsforvalteren i Nordland',
      '2',
      '1000000',
      '8',
      '6',
      '1',
    ]);
    expect(lines[3]!.startsWith('Totalt;12;')).toBe(true);
    expect(lines[4]).toBe('');
  });

  it('charts requested and granted per group', () => {
    const chart = nationalChart(groups, 'COUNTY', labels, {
      requested: 'Søkt',
      granted: 'Innvilget',
    });
    expect(chart.categories).toEqual([
      'Statsforvalteren i Troms; demo',
      'Statsforvalteren i Nordland',
    ]);
    expect(chart.series).toEqual([
      { name: 'Søkt', values: [1_000_000, 1_000_000] },
      { name: 'Innvilget', values: [750_000, 1] },
    ]);
  });

  it('names the file by what and when', () => {
    expect(nationalCsvFileName('fylke', [])).toBe('nasjonal-statistikk-fylke-alle-år.csv');
    expect(nationalCsvFileName('sektor', [2026])).toBe('nasjonal-statistikk-sektor-2026.csv');
    expect(nationalCsvFileName('år', [2027, 2025])).toBe('nasjonal-statistikk-år-2025-2027.csv');
  });
});
