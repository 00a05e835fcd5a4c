import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectPartsSumToWhole } from '../money/money.test-helpers.js';
import {
  constrainedEqualAwardsCut,
  constrainedEqualLossesCut,
  proportionalCut,
} from './cut-rules.js';

const claims = [100_000, 300_000, 600_000];

describe('cut rules', () => {
  it('proportional: everyone keeps the same share of their request', () => {
    expect(proportionalCut.cut(claims, 500_000)).toEqual([50_000, 150_000, 300_000]);
  });

  it('constrained equal awards: the same amount each, capped at the request', () => {
    expect(constrainedEqualAwardsCut.cut(claims, 500_000)).toEqual([100_000, 200_000, 200_000]);
  });

  it('constrained equal losses: the same loss each, floored at nothing', () => {
    // loss 250 000: 0 + 50 000 + 350 000 = 400 000 < 500 000; loss 200 000: 0 + 100 000 + 400 000.
    expect(constrainedEqualLossesCut.cut(claims, 500_000)).toEqual([0, 100_000, 400_000]);
  });

  it('gives odd kroner to the earliest (highest priority) claims', () => {
    expect(constrainedEqualAwardsCut.cut([10, 10, 10], 8)).toEqual([3, 3, 2]);
    expect(constrainedEqualLossesCut.cut([10, 10, 10], 8)).toEqual([3, 3, 2]);
  });

  it('never gives more than a claim, and shares exactly what there is', () => {
    for (const rule of [proportionalCut, constrainedEqualAwardsCut, constrainedEqualLossesCut]) {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 20 }),
          fc.integer({ min: 0, max: 40_000_000 }),
          (cs, available) => {
            const parts = rule.cut(cs, available);
            const total = cs.reduce((a, b) => a + b, 0);
            expectPartsSumToWhole(parts, Math.min(total, available));
            parts.forEach((p, k) => {
              expect(p).toBeGreaterThanOrEqual(0);
              expect(p).toBeLessThanOrEqual(cs[k] ?? 0);
            });
          },
        ),
        { numRuns: 200 },
      );
    }
  });
});
