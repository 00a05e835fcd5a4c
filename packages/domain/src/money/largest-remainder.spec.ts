import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatKroner } from './kroner.js';
import { apportion, apportionCapped, apportionFirstOfTwo } from './largest-remainder.js';
import { expectPartsSumToWhole } from './money.test-helpers.js';

describe('apportion (largest remainder)', () => {
  it('splits the Troms shares of a frame exactly', () => {
    const parts = apportion(25_200_001, [3500, 3500, 3000]);
    expect(parts).toEqual([8_820_001, 8_820_000, 7_560_000]);
    expectPartsSumToWhole(parts, 25_200_001);
  });

  it('gives the odd kroner to the largest remainders, then to the lower index', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [1, 2])).toEqual([33, 67]);
  });

  it('splits equally when every weight is zero', () => {
    expect(apportion(5, [0, 0])).toEqual([3, 2]);
  });

  it('stays exact beyond 2^53 products', () => {
    const parts = apportion(9_000_000_000, [1_000_000_007, 2_999_999_993]);
    expectPartsSumToWhole(parts, 9_000_000_000);
  });

  it('rejects fractions', () => {
    expect(() => apportion(10.5, [1])).toThrow(RangeError);
    expect(() => apportion(10, [0.5])).toThrow(RangeError);
  });

  it('always sums to the whole and stays within one krone of the exact quota', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          expectPartsSumToWhole(parts, total);
          const sum = weights.reduce((a, b) => a + b, 0);
          if (sum > 0) {
            parts.forEach((part, k) => {
              expect(Math.abs(part - (total * (weights[k] ?? 0)) / sum)).toBeLessThan(1 + 1e-6);
            });
          }
        },
      ),
    );
  });

  it('gives the odd kroner exactly as sorting every remainder would, ties to the lower index', () => {
    // The definition in BigInt: floors, then one krone each down the remainders sorted largest
    // first (equal ones by index). Small weights make many equal remainders.
    const reference = (total: number, weights: number[]) => {
      const sum = BigInt(weights.reduce((a, b) => a + b, 0));
      const parts = weights.map((w) => (BigInt(total) * BigInt(w)) / sum);
      const order = weights
        .map((w, index) => ({ index, remainder: (BigInt(total) * BigInt(w)) % sum }))
        .sort((a, b) =>
          a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
        );
      let left = BigInt(total) - parts.reduce((a, b) => a + b, 0n);
      for (const { index } of order) {
        if (left === 0n) break;
        parts[index] = (parts[index] ?? 0n) + 1n;
        left -= 1n;
      }
      return parts.map(Number);
    };
    fc.assert(
      fc.property(
        // Totals up to a frame of 10^9: total × Σ weights passes 2^53, total × each weight not.
        fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e9 })),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 1e6 })), {
          minLength: 1,
          maxLength: 200,
        }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0));
          expect(apportion(total, weights)).toEqual(reference(total, weights));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splits in two exactly as apportion does (apportionFirstOfTwo)', () => {
    expect(apportionFirstOfTwo(5, 0, 0)).toBe(3);
    expect(apportionFirstOfTwo(100, 1, 2)).toBe(33);
    expect(apportionFirstOfTwo(3, 1, 1)).toBe(2);
    expect(apportionFirstOfTwo(9_000_000_000, 1_000_000_007, 2_999_999_993)).toBe(
      apportion(9_000_000_000, [1_000_000_007, 2_999_999_993])[0],
    );
    expect(() => apportionFirstOfTwo(10.5, 1, 1)).toThrow(RangeError);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e8 }),
        fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 1e7 })),
        fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 1e7 })),
        (total, first, second) => {
          expect(apportionFirstOfTwo(total, first, second)).toBe(
            apportion(total, [first, second])[0],
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never exceeds a cap in apportionCapped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 10_000 })), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (pairs, fraction) => {
          const caps = pairs.map(([, cap]) => cap);
          const total = Math.floor(caps.reduce((a, b) => a + b, 0) * fraction);
          const parts = apportionCapped(
            total,
            pairs.map(([w]) => w),
            caps,
          );
          expectPartsSumToWhole(parts, total);
          parts.forEach((part, k) => expect(part).toBeLessThanOrEqual(caps[k] ?? 0));
        },
      ),
    );
  });
});

describe('formatKroner', () => {
  it('groups thousands as the UI shows them', () => {
    expect(formatKroner(1_234_567)).toBe('1 234 567 kr');
    expect(formatKroner(0)).toBe('0 kr');
    expect(formatKroner(-1500)).toBe('−1 500 kr');
  });
});
