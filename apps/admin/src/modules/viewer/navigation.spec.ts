import { describe, expect, it } from 'vitest';
import { navLabelKey, navigationFor, roleOfToken, startPageFor } from './navigation.js';

describe('navigationFor', () => {
  it('gives the office every screen and other roles only theirs', () => {
    expect(navigationFor('ADMIN')).toEqual([
      'round',
      'statements',
      'scenarios',
      'compare',
      'proposal',
      'reports',
      'complaints',
      'payments',
      'letter-template',
      'register',
    ]);
    expect(navigationFor('FORUM')).toEqual(['round', 'proposal', 'compare']);
    expect(navigationFor('PARTNERSHIP')).toEqual([
      'partner-statements',
      'partner-grants',
      'partner-reports',
    ]);
    expect(navigationFor('NATIONAL')).toEqual(['national']);
    expect(navigationFor(null)).toHaveLength(10);
  });

  it('labels the reporting, register, partnership and national links from their own texts', () => {
    expect(navLabelKey('reports')).toBe('reports.nav');
    expect(navLabelKey('register')).toBe('register.nav');
    expect(navLabelKey('payments')).toBe('money.nav.payments');
    expect(navLabelKey('complaints')).toBe('money.nav.complaints');
    expect(navLabelKey('letter-template')).toBe('letterTemplate.nav');
    expect(navLabelKey('round')).toBe('nav.round');
    expect(navLabelKey('partner-grants')).toBe('partner.nav.grants');
    expect(navLabelKey('national')).toBe('national.nav');
  });

  it('lands each role on the first screen of its own menu', () => {
    expect(startPageFor('ADMIN')).toBe('round');
    expect(startPageFor('PARTNERSHIP')).toBe('partner-statements');
    expect(startPageFor('NATIONAL')).toBe('national');
    expect(startPageFor(null)).toBe('round');
  });

  it('reads the role a token claims, and nothing from a token it cannot read', () => {
    const payload = btoa(JSON.stringify({ role: 'NATIONAL', name: 'Udir' })).replace(/=+$/, '');
    expect(roleOfToken(`h.${payload}.s`)).toBe('NATIONAL');
    expect(roleOfToken(`h.${btoa('{"role":"ROOT"}')}.s`)).toBeNull();
    expect(roleOfToken('garbage')).toBeNull();
    expect(roleOfToken(null)).toBeNull();
  });
});
