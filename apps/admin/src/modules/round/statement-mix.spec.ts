import { describe, expect, it } from 'vitest';
import { statementMix } from './statement-mix.js';

describe('statementMix', () => {
  it('counts statements per sector and theme, by status, in the plan’s order', () => {
    const rank = (id: string | null) => ({ read: 1, math: 2 })[id ?? ''] ?? 99;
    const mix = statementMix(
      [
        { sector: 'SCHOOL', themeId: 'math', status: 'SUBMITTED' },
        { sector: 'SCHOOL', themeId: 'read', status: 'SUBMITTED' },
        { sector: 'SCHOOL', themeId: 'read', status: 'WITHDRAWN' },
        { sector: 'KINDERGARTEN', themeId: 'play', status: 'SUBMITTED' },
        { sector: null, themeId: null, status: 'SUBMITTED' },
      ],
      rank,
    );
    expect(mix).toEqual([
      { sector: 'KINDERGARTEN', themeId: 'play', submitted: 1, withdrawn: 0 },
      { sector: 'SCHOOL', themeId: 'read', submitted: 1, withdrawn: 1 },
      { sector: 'SCHOOL', themeId: 'math', submitted: 1, withdrawn: 0 },
      { sector: null, themeId: null, submitted: 1, withdrawn: 0 },
    ]);
  });
});
