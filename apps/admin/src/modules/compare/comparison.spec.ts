import { describe, expect, it } from 'vitest';
import type {
  ComparisonGroupFieldsFragment,
  ComparisonRowFieldsFragment,
} from '../../gql/graphql.js';
import { createAppI18n } from '../../i18n/i18n.js';
import { comparedGroups, comparisonChart, reasonsOf, sameOrEach } from './comparison.js';

const t = createAppI18n().global.t as unknown as (k: string, v?: Record<string, unknown>) => string;

const group = (
  overrides: Partial<ComparisonGroupFieldsFragment>,
): ComparisonGroupFieldsFragment => ({
  key: 'SCHOOL',
  kind: 'SECTOR',
  sector: 'SCHOOL',
  municipality: null,
  owners: [],
  statements: [4, 4],
  requestedThisYear: [400, 380],
  granted: [300, 280],
  spread: 20,
  differs: true,
  ...overrides,
});

describe('comparedGroups', () => {
  it('names the API’s groups and keeps its amounts as they are', () => {
    expect(
      comparedGroups(
        [
          group({}),
          group({
            kind: 'SEVERAL_MUNICIPALITIES',
            key: 'SEVERAL',
            sector: null,
            granted: [10, 10],
            spread: 0,
            differs: false,
          }),
        ],
        t,
      ),
    ).toEqual([
      {
        key: 'SCHOOL',
        name: 'Skole',
        statements: [4, 4],
        requestedThisYear: [400, 380],
        granted: [300, 280],
        spread: 20,
        differs: true,
      },
      {
        key: 'SEVERAL',
        name: 'Flere kommuner',
        statements: [4, 4],
        requestedThisYear: [400, 380],
        granted: [10, 10],
        spread: 0,
        differs: false,
      },
    ]);
  });

  it('charts the sectors per scenario', () => {
    const sectors = comparedGroups([group({})], t);
    expect(comparisonChart(sectors, ['A', 'B'])?.series).toEqual([
      { name: 'A', values: [300] },
      { name: 'B', values: [280] },
    ]);
    expect(comparisonChart([], ['A', 'B'])).toBeNull();
  });
});

describe('sameOrEach', () => {
  it('shows one figure when the scenarios agree, each one when they do not', () => {
    expect(sameOrEach([4, 4], String)).toBe('4');
    expect(sameOrEach([400, 380], String)).toBe('400 / 380');
    expect(sameOrEach([], String)).toBe('–');
  });
});

describe('reasonsOf', () => {
  it('gives each scenario’s explanation and adjustment reason, blank where it has no line', () => {
    const row = {
      requestedThisYear: 100,
      granted: [100, 50],
      spread: 50,
      needsStatement: {
        id: 'n1',
        title: 'T',
        sector: 'SCHOOL',
        partnership: { id: 'p', name: 'P' },
      },
      lines: [
        {
          id: 'l1',
          status: 'FUNDED',
          grantedThisYear: 100,
          adjustmentReason: null,
          explanation: { nb: 'Innvilget fullt.' },
        },
        {
          id: 'l2',
          status: 'REDUCED',
          grantedThisYear: 50,
          adjustmentReason: 'Kjent behov.',
          explanation: { nb: 'Avkortet.' },
        },
        null,
      ],
    } as ComparisonRowFieldsFragment;
    expect(reasonsOf(row, 'Manuell justering')).toEqual([
      'Innvilget fullt.',
      'Avkortet. Manuell justering: Kjent behov.',
      '',
    ]);
  });
});
