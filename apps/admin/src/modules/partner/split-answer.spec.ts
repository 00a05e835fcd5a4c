import { describe, expect, it } from 'vitest';
import { parseKroner, splitProblems } from './split-answer.js';

describe('a split answer', () => {
  it('reads whole kroner with spaces, and nothing else', () => {
    expect(parseKroner('1 250 000')).toBe(1_250_000);
    expect(parseKroner('')).toBeNull();
    expect(parseKroner('12,5')).toBeNaN();
  });

  it('must add up to the year’s grant', () => {
    expect(splitProblems({ owner: '600 000', institution: '400 000' }, 1_000_000)).toEqual([]);
    expect(splitProblems({ owner: '600 000', institution: '300 000' }, 1_000_000)).toEqual([
      'SUM_MISMATCH',
    ]);
    expect(splitProblems({ owner: '', institution: 'x' }, 1_000_000)).toEqual([
      'OWNER_INVALID',
      'INSTITUTION_INVALID',
    ]);
  });
});
