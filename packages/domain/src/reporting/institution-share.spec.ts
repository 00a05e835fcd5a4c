import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { institutionShareByYear } from './institution-share.js';

describe('the institutions’ share over the years', () => {
  it('sets granted and reported institution funds against the totals per year', () => {
    const years = institutionShareByYear([
      { year: 2027, grantedOwner: 600_000, grantedInstitution: 200_000, reported: null },
      {
        year: 2026,
        grantedOwner: 300_000,
        grantedInstitution: 200_000,
        reported: { spentOwner: 280_000, spentInstitution: 200_000 },
      },
      { year: 2026, grantedOwner: 100_000, grantedInstitution: 100_000, reported: null },
    ]);
    expect(
      years.map((y) => [y.year, y.grantedTotal, y.grantedInstitution, y.grantedInstitutionPercent]),
    ).toEqual([
      [2026, 700_000, 300_000, 42.86],
      [2027, 800_000, 200_000, 25],
    ]);
    expect(years[0]).toMatchObject({
      reports: 1,
      grants: 2,
      reportedGranted: 500_000,
      reportedSpentTotal: 480_000,
      reportedSpentInstitution: 200_000,
      reportedInstitutionPercent: 41.67,
      falling: false,
      warnings: [],
    });
    expect(years[1]!.reportedInstitutionPercent).toBeNull();
    expect(years[1]!.falling).toBe(true);
    expect(years[1]!.warnings[0]!.nb).toContain('faller fra 42,86 % (2026) til 25 % (2027)');
  });

  it('follows the plan: no warning when it does not ask, a floor when it sets one', () => {
    const rows = [
      { year: 2026, grantedOwner: 50, grantedInstitution: 50, reported: null },
      { year: 2027, grantedOwner: 90, grantedInstitution: 10, reported: null },
    ];
    const quiet = institutionShareByYear(rows, { warnWhenShareFalls: false });
    expect(quiet[1]!.falling).toBe(true);
    expect(quiet[1]!.warnings).toEqual([]);
    const floored = institutionShareByYear(rows, {
      warnWhenShareFalls: false,
      minInstitutionSharePercent: 20,
    });
    expect(floored.map((y) => y.belowFloor)).toEqual([false, true]);
  });

  it('keeps every krone: the yearly totals add up to the inputs (property)', () => {
    const row = fc.record({
      year: fc.integer({ min: 2026, max: 2029 }),
      grantedOwner: fc.integer({ min: 0, max: 2_000_000 }),
      grantedInstitution: fc.integer({ min: 0, max: 2_000_000 }),
      reported: fc.option(
        fc.record({
          spentOwner: fc.integer({ min: 0, max: 2_000_000 }),
          spentInstitution: fc.integer({ min: 0, max: 2_000_000 }),
        }),
      ),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const years = institutionShareByYear(rows);
        const sum = (f: (y: (typeof years)[number]) => number) =>
          years.reduce((s, y) => s + f(y), 0);
        expect(sum((y) => y.grantedTotal)).toBe(
          rows.reduce((s, r) => s + r.grantedOwner + r.grantedInstitution, 0),
        );
        expect(sum((y) => y.reportedSpentInstitution)).toBe(
          rows.reduce((s, r) => s + (r.reported?.spentInstitution ?? 0), 0),
        );
        expect(sum((y) => y.grants)).toBe(rows.length);
        for (const y of years) {
          expect(y.grantedInstitutionPercent).toBeGreaterThanOrEqual(0);
          expect(y.grantedInstitutionPercent).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
