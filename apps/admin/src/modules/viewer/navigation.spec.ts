import { describe, expect, it } from 'vitest';
import { navLabelKey, navigationFor } from './navigation.js';

describe('navigationFor', () => {
  it('gives the office every screen and other roles only theirs', () => {
    expect(navigationFor('ADMIN')).toEqual([
      'round',
      'statements',
      'scenarios',
      'compare',
      'proposal',
      'reports',
      'register',
    ]);
    expect(navigationFor('FORUM')).toEqual(['round', 'proposal']);
    expect(navigationFor('PARTNERSHIP')).toEqual(['statements']);
    expect(navigationFor('NATIONAL')).toEqual([]);
    expect(navigationFor(null)).toHaveLength(7);
  });

  it('labels the reporting and register links from their own texts', () => {
    expect(navLabelKey('reports')).toBe('reports.nav');
    expect(navLabelKey('register')).toBe('register.nav');
    expect(navLabelKey('round')).toBe('nav.round');
  });
});
