import { describe, expect, it } from 'vitest';
import { rescaleGrantYears, type GrantYearAmounts } from './grant-years.js';

const engine: GrantYearAmounts[] = [
  {
    year: 2027,
    amount: 300_000,
    owner: 200_000,
    institution: 100_000,
    coordinator: 30_000,
    subjectToAppropriation: false,
  },
  {
    year: 2028,
    amount: 250_001,
    owner: 150_001,
    institution: 100_000,
    coordinator: 0,
    subjectToAppropriation: true,
  },
  {
    year: 2029,
    amount: 100_000,
    owner: 50_000,
    institution: 50_000,
    coordinator: 10_000,
    subjectToAppropriation: true,
  },
];

describe('rescaleGrantYears', () => {
  it('scales the engine’s later years to the adjusted first year, rounding down', () => {
    const years = rescaleGrantYears(150_000, engine, []);
    expect(years.map((y) => y.amount)).toEqual([150_000, 125_000, 50_000]);
    expect(years.map((y) => y.subjectToAppropriation)).toEqual([false, true, true]);
  });

  it('keeps each year’s parts adding up to its amount (largest remainder)', () => {
    for (const target of [0, 1, 99_999, 150_001, 299_999, 300_000]) {
      for (const y of rescaleGrantYears(target, engine, [])) {
        expect(y.owner + y.institution).toBe(y.amount);
        expect(Number.isSafeInteger(y.owner) && y.owner >= 0).toBe(true);
        expect(y.coordinator).toBeLessThanOrEqual(y.amount);
      }
    }
  });

  it('scales the coordinator part with the year', () => {
    expect(rescaleGrantYears(150_000, engine, [])[0]!.coordinator).toBe(15_000);
  });

  it('starts from the request when the engine granted nothing', () => {
    const nothing = engine.map((y) => ({
      ...y,
      amount: 0,
      owner: 0,
      institution: 0,
      coordinator: 0,
    }));
    const years = rescaleGrantYears(100_000, nothing, [
      { year: 2028, owner: 60_000, institution: 40_000, total: 100_000, coordinator: 0 },
      { year: 2027, owner: 120_000, institution: 80_000, total: 200_000, coordinator: 0 },
    ]);
    expect(years).toEqual([
      {
        year: 2027,
        amount: 100_000,
        owner: 60_000,
        institution: 40_000,
        coordinator: 0,
        subjectToAppropriation: false,
      },
      {
        year: 2028,
        amount: 50_000,
        owner: 30_000,
        institution: 20_000,
        coordinator: 0,
        subjectToAppropriation: true,
      },
    ]);
  });

  it('has nothing to scale from an empty base, and refuses a fractional grant', () => {
    expect(rescaleGrantYears(10, [], [])).toEqual([]);
    expect(() => rescaleGrantYears(10.5, engine, [])).toThrow(RangeError);
  });
});
