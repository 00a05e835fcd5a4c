import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation.js';

describe('navigationFor', () => {
  it('gives the office every screen and other roles only theirs', () => {
    expect(navigationFor('ADMIN')).toEqual([
      'round',
      'statements',
      'scenarios',
      'compare',
      'proposal',
    ]);
    expect(navigationFor('FORUM')).toEqual(['round', 'proposal']);
    expect(navigationFor('PARTNERSHIP')).toEqual(['statements']);
    expect(navigationFor('NATIONAL')).toEqual([]);
    expect(navigationFor(null)).toHaveLength(5);
  });
});
