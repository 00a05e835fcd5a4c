import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  indexIndicatorFigures,
  latestIndicatorFigures,
  partnershipIndicatorFigures,
  statementIndicatorFigures,
  type IndicatorFigure,
} from './indicator-figures.js';

const figures = [
  { municipalityNumber: '5501', indicatorId: 'ito', year: 2025, value: 10 },
  { municipalityNumber: '5501', indicatorId: 'ito', year: 2026, value: 12 },
  { municipalityNumber: '5501', indicatorId: 'ito', year: 2028, value: 99 },
  { municipalityNumber: '5503', indicatorId: 'ito', year: 2024, value: 20 },
  { municipalityNumber: '5503', indicatorId: 'turnover', year: 2026, value: 4 },
];

describe('indicator figures for a round', () => {
  it('takes the latest figure up to the round’s year', () => {
    const latest = latestIndicatorFigures(figures, 2027);
    expect(latest.get('5501')?.get('ito')).toBe(12);
    expect(latest.get('5503')?.get('ito')).toBe(20);
    expect(latestIndicatorFigures(figures, 2028).get('5501')?.get('ito')).toBe(99);
  });

  it('averages a partnership’s municipalities, each counted once, over those that have the figure', () => {
    const latest = latestIndicatorFigures(figures, 2027);
    expect(partnershipIndicatorFigures(latest, ['5501', '5503', '5501'])).toEqual({
      ito: 16,
      turnover: 4,
    });
    expect(partnershipIndicatorFigures(latest, ['9999'])).toEqual({});
  });
});

describe('a statement’s figures from municipalities, owners and sectors', () => {
  const owners = [
    { orgnr: '111', municipalityNumber: '5501' },
    { orgnr: '222', municipalityNumber: '5503' },
    { orgnr: '333', municipalityNumber: '5501' },
  ];

  it('is the partnership’s municipal mean when the register has only municipal figures', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            municipalityNumber: fc.constantFrom('5501', '5503', '5510'),
            indicatorId: fc.constantFrom('ito', 'turnover', 'distance'),
            year: fc.integer({ min: 2020, max: 2030 }),
            value: fc.double({ min: 0, max: 1000, noNaN: true }),
          }),
        ),
        fc.subarray(['5501', '5503', '5510', '5501']),
        (list, municipalities) => {
          const expected = partnershipIndicatorFigures(
            latestIndicatorFigures(list, 2027),
            municipalities,
          );
          const actual = statementIndicatorFigures(
            indexIndicatorFigures(list, 2027),
            municipalities.map((m, k) => ({ orgnr: `o${k}`, municipalityNumber: m })),
            'SCHOOL',
          );
          expect(actual).toEqual(expected);
        },
      ),
    );
  });

  it('counts an owner with its own figure instead of through its municipality', () => {
    const list: IndicatorFigure[] = [
      ...figures,
      { ownerOrgnr: '333', indicatorId: 'ito', year: 2026, value: 40 },
    ];
    // 111 through 5501 (12), 222 through 5503 (20), 333 by itself (40).
    expect(statementIndicatorFigures(indexIndicatorFigures(list, 2027), owners, 'SCHOOL')).toEqual({
      ito: 24,
      turnover: 4,
    });
    // When every owner of a municipality has its own figure, the municipality's is not used.
    expect(
      statementIndicatorFigures(
        indexIndicatorFigures(list, 2027),
        [owners[2]!, owners[1]!],
        'SCHOOL',
      ),
    ).toEqual({ ito: 30, turnover: 4 });
  });

  it('uses the figure of the statement’s sector before the place’s own', () => {
    const list: IndicatorFigure[] = [
      { municipalityNumber: '5501', indicatorId: 'turnover', year: 2026, value: 6 },
      {
        municipalityNumber: '5501',
        indicatorId: 'turnover',
        year: 2025,
        sector: 'KINDERGARTEN',
        value: 2,
      },
      {
        municipalityNumber: '5501',
        indicatorId: 'turnover',
        year: 2028,
        sector: 'SCHOOL',
        value: 1,
      },
    ];
    const index = indexIndicatorFigures(list, 2027);
    const one = [owners[0]!];
    expect(statementIndicatorFigures(index, one, 'KINDERGARTEN')).toEqual({ turnover: 2 });
    // The school figure is from after the round's year: the place's own figure counts.
    expect(statementIndicatorFigures(index, one, 'SCHOOL')).toEqual({ turnover: 6 });
    expect(statementIndicatorFigures(index, one, undefined)).toEqual({ turnover: 6 });
  });
});
