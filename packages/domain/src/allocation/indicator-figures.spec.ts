import { describe, expect, it } from 'vitest';
import { latestIndicatorFigures, partnershipIndicatorFigures } from './indicator-figures.js';

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
