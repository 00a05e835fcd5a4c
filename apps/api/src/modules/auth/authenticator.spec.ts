import type { EntityManager } from '@mikro-orm/postgresql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_AUTH_CONFIG } from '../../../test/auth-config.js';
import { Authenticator, scopesOf } from './authenticator.js';
import { County } from '../county/county.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { DEV_AUDIENCE, DEV_ISSUER, generateDevSigningKey } from './dev-signing-key.js';
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

describe('Authenticator: a partnership’s sign-in', () => {
  const troms = { id: '11111111-1111-4111-8111-111111111111', code: 'troms', name: 'Troms' };
  const own = '22222222-2222-4222-8222-222222222222';
  const elsewhere = '33333333-3333-4333-8333-333333333333';

  /** A database of one county and one partnership of it (the other id is another county's). */
  function fakeEm() {
    const findOne = vi.fn(async (entity: unknown, where: Record<string, unknown>) => {
      if (entity === County) return where['code'] === troms.code ? troms : null;
      if (entity === Partnership) {
        return where['id'] === own && where['county'] === troms.id ? { id: own } : null;
      }
      return null;
    });
    return { em: { findOne } as unknown as EntityManager, findOne };
  }

  async function tokenFor(key: Awaited<ReturnType<typeof generateDevSigningKey>>, claim: unknown) {
    const { SignJWT } = await import('jose');
    return new SignJWT({ role: 'PARTNERSHIP', county: 'troms', partnership: claim, name: 'P' })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid })
      .setSubject('oidc-user-1')
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setExpirationTime('5m')
      .sign(key.privateKey);
  }

  it('selects the partnership its claim names, when it is one of the county’s', async () => {
    const key = await generateDevSigningKey();
    const auth = new Authenticator(TEST_AUTH_CONFIG, key);
    const { em } = fakeEm();
    const viewer = await auth.viewerFromHeader(`Bearer ${await tokenFor(key, own)}`, em);
    expect(viewer).toMatchObject({
      role: Role.PARTNERSHIP,
      subject: 'oidc-user-1',
      county: { code: 'troms' },
      partnershipId: own,
    });
  });

  it('refuses a claim that names no partnership, a malformed one or another county’s', async () => {
    const key = await generateDevSigningKey();
    const auth = new Authenticator(TEST_AUTH_CONFIG, key);
    const { em } = fakeEm();
    await expect(
      auth.viewerFromHeader(`Bearer ${await tokenFor(key, undefined)}`, em),
    ).rejects.toThrow('A partnership token must name its partnership.');
    await expect(
      auth.viewerFromHeader(`Bearer ${await tokenFor(key, 'partnership-1')}`, em),
    ).rejects.toThrow('A partnership token must name its partnership.');
    await expect(
      auth.viewerFromHeader(`Bearer ${await tokenFor(key, elsewhere)}`, em),
    ).rejects.toThrow(`The token’s partnership ${elsewhere} is not a partnership of Troms.`);
  });
});
