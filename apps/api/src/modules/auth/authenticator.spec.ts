import type { EntityManager } from '@mikro-orm/postgresql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_AUTH_CONFIG } from '../../../test/auth-config.js';
import { Authenticator, scopesOf } from './authenticator.js';
import { generateDevSigningKey } from './dev-signing-key.js';
import { signDevToken } from './dev-token.js';
import { Role } from './role.js';

describe('scopesOf', () => {
  it('reads OAuth scopes as a space-separated string or an array', () => {
    expect(scopesOf('openid  statistics:read')).toEqual(['openid', 'statistics:read']);
    expect(scopesOf(['statistics:read', 7])).toEqual(['statistics:read']);
    expect(scopesOf(undefined)).toEqual([]);
    expect(scopesOf({ scope: 'statistics:read' })).toEqual([]);
  });
});

describe('Authenticator', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  // A NATIONAL viewer needs no county, so no database.
  const em = {} as EntityManager;

  it('checks a token’s signature once and trusts the same text again until it expires', async () => {
    const key = await generateDevSigningKey();
    const auth = new Authenticator(TEST_AUTH_CONFIG, key);
    const checks = vi.spyOn(
      Authenticator.prototype as unknown as { verifySignature: () => Promise<unknown> },
      'verifySignature',
    );
    const token = await signDevToken(key, {
      subject: 'udir-1',
      name: 'Udir',
      role: Role.NATIONAL,
      expiresIn: '60s',
    });
    const first = await auth.viewerFromHeader(`Bearer ${token}`, em);
    expect(await auth.viewerFromHeader(`Bearer ${token}`, em)).toEqual(first);
    expect(first).toMatchObject({ subject: 'udir-1', role: Role.NATIONAL });
    expect(checks).toHaveBeenCalledTimes(1);

    // Another text is checked on its own: a forged signature is refused.
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${payload}.${signature!.startsWith('A') ? 'B' : 'A'}${signature!.slice(1)}`;
    await expect(auth.viewerFromHeader(`Bearer ${forged}`, em)).rejects.toThrow(
      'The token is not valid.',
    );

    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ['Date'] });
    await expect(auth.viewerFromHeader(`Bearer ${token}`, em)).rejects.toThrow(
      'The token has expired.',
    );
  });
});
