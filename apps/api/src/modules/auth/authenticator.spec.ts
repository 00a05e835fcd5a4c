import { describe, expect, it } from 'vitest';
import { scopesOf } from './authenticator.js';

describe('scopesOf', () => {
  it('reads OAuth scopes as a space-separated string or an array', () => {
    expect(scopesOf('openid  statistics:read')).toEqual(['openid', 'statistics:read']);
    expect(scopesOf(['statistics:read', 7])).toEqual(['statistics:read']);
    expect(scopesOf(undefined)).toEqual([]);
    expect(scopesOf({ scope: 'statistics:read' })).toEqual([]);
  });
});
