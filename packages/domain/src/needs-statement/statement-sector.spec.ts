import { describe, expect, it } from 'vitest';
import { sectorOfStatement } from './statement-sector.js';

describe('a statement’s sector', () => {
  it('is its own, and a statement without one is refused, not given a default sector', () => {
    expect(sectorOfStatement({ id: 'a', sector: 'KINDERGARTEN' })).toBe('KINDERGARTEN');
    expect(sectorOfStatement({ id: 'b', sector: null })).toMatchObject({
      code: 'SECTOR_MISSING',
      path: ['needsStatements', 'b', 'sector'],
    });
    expect(sectorOfStatement({ id: 'c' })).toMatchObject({ code: 'SECTOR_MISSING' });
  });
});
