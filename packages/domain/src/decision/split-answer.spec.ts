import { describe, expect, it } from 'vitest';
import { checkSplitAnswer } from './split-answer.js';

describe('checkSplitAnswer (plan rule 10)', () => {
  it('accepts parts that add up to the year’s grant exactly', () => {
    expect(checkSplitAnswer({ owner: 120_001, institution: 79_999 }, 200_000)).toEqual([]);
    expect(checkSplitAnswer({ owner: 0, institution: 200_000 }, 200_000)).toEqual([]);
  });

  it('refuses parts that do not add up, pointing at the owner’s field', () => {
    const problems = checkSplitAnswer({ owner: 1, institution: 1 }, 200_000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'SPLIT_SUM_MISMATCH', path: ['owner'] });
    expect(problems[0]!.message.nb).toContain('200000 kr');
  });

  it('refuses negative and fractional kroner, part by part', () => {
    const problems = checkSplitAnswer({ owner: -5, institution: 100.5 }, 100);
    expect(problems.map((p) => [p.code, p.path[0]])).toEqual([
      ['SPLIT_AMOUNT_INVALID', 'owner'],
      ['SPLIT_AMOUNT_INVALID', 'institution'],
      ['SPLIT_SUM_MISMATCH', 'owner'],
    ]);
  });
});
