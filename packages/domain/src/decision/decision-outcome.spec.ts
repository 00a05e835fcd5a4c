import { describe, expect, it } from 'vitest';
import { checkLineAdjustment, decisionOutcome } from './decision-outcome.js';

describe('decisionOutcome', () => {
  it('grants in full, reduces, or rejects', () => {
    expect(decisionOutcome(500_000, 500_000)).toBe('GRANTED');
    expect(decisionOutcome(499_999, 500_000)).toBe('REDUCED');
    expect(decisionOutcome(1, 500_000)).toBe('REDUCED');
    expect(decisionOutcome(0, 500_000)).toBe('REJECTED');
    expect(decisionOutcome(0, 0)).toBe('REJECTED');
  });
});

describe('checkLineAdjustment', () => {
  it('accepts whole kroner from 0 to the request, with a reason', () => {
    expect(checkLineAdjustment({ grantedThisYear: 0, reason: 'Kjent behov' }, 100)).toEqual([]);
    expect(checkLineAdjustment({ grantedThisYear: 100, reason: 'Kjent behov' }, 100)).toEqual([]);
  });

  it('refuses more than the request, fractions and negatives, and a missing reason', () => {
    for (const amount of [101, 50.5, -1]) {
      expect(
        checkLineAdjustment({ grantedThisYear: amount, reason: 'Kjent behov' }, 100).map(
          (p) => p.path[0],
        ),
      ).toEqual(['grantedThisYear']);
    }
    const problems = checkLineAdjustment({ grantedThisYear: 50, reason: '  ok ' }, 100);
    expect(problems.map((p) => p.code)).toEqual(['ADJUSTMENT_REASON_MISSING']);
    expect(problems[0]!.message.en).toContain('at least 5');
  });
});
