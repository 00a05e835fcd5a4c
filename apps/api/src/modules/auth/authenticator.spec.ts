import type { EntityManager } from '@mikro-orm/postgresql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_AUTH_CONFIG } from '../../../test/auth-config.js';
import { Authenticator, scopesOf } from './authenticator.js';
import { SignJWT, type JWTPayload } from 'jose';
import { County } from '../county/county.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import {
  DEV_AUDIENCE,
  DEV_ISSUER,
  generateDevSigningKey,
  type DevSigningKey,
} from './dev-signing-key.js';
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

  /** A development-key token with exactly these claims (and times, in seconds since 1970). */
  async function rawToken(key: DevSigningKey, claims: JWTPayload): Promise<string> {
    return new SignJWT({ iss: DEV_ISSUER, aud: DEV_AUDIENCE, sub: 'udir-1', ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
      .sign(key.privateKey);
  }
  const now = () => Math.floor(Date.now() / 1000);

  it('refuses a token without exp', async () => {
    const key = await generateDevSigningKey();
    const auth = new Authenticator(TEST_AUTH_CONFIG, key);
    const token = await rawToken(key, { role: 'NATIONAL', iat: now() });
    await expect(auth.viewerFromHeader(`Bearer ${token}`, em)).rejects.toThrow(
      'The token has no expiry (exp).',
    );
  });

  it('refuses a token issued in the future, beyond a minute of clock skew', async () => {
    const key = await generateDevSigningKey();
    const auth = new Authenticator(TEST_AUTH_CONFIG, key);
    const ahead = await rawToken(key, { role: 'NATIONAL', iat: now() + 300, exp: now() + 600 });
    await expect(auth.viewerFromHeader(`Bearer ${ahead}`, em)).rejects.toThrow(
      'The token claims to be issued in the future.',
    );
    const skewed = await rawToken(key, { role: 'NATIONAL', iat: now() + 30, exp: now() + 600 });
    expect(await auth.viewerFromHeader(`Bearer ${skewed}`, em)).toMatchObject({
      role: Role.NATIONAL,
    });
  });

  it('caps a token’s lifetime (default 12 hours, configurable), with or without iat', async () => {
    const key = await generateDevSigningKey();
    const auth = new Authenticator(TEST_AUTH_CONFIG, key);
    const year = await rawToken(key, { role: 'NATIONAL', iat: now(), exp: now() + 365 * 86_400 });
    await expect(auth.viewerFromHeader(`Bearer ${year}`, em)).rejects.toThrow(
      /lives longer than this API accepts \(43200 s at most\)/,
    );
    const noIat = await rawToken(key, { role: 'NATIONAL', exp: now() + 13 * 3600 });
    await expect(auth.viewerFromHeader(`Bearer ${noIat}`, em)).rejects.toThrow(/lives longer/);
    // An old token is as long-lived as one issued now: its age counts.
    const old = await rawToken(key, { role: 'NATIONAL', iat: now() - 12 * 3600, exp: now() + 600 });
    await expect(auth.viewerFromHeader(`Bearer ${old}`, em)).rejects.toThrow(/lives longer/);

    const strict = new Authenticator({ ...TEST_AUTH_CONFIG, maxTokenLifetimeSeconds: 300 }, key);
    const hour = await signDevToken(key, {
      subject: 'udir-1',
      name: 'Udir',
      role: Role.NATIONAL,
      expiresIn: '1h',
    });
    await expect(strict.viewerFromHeader(`Bearer ${hour}`, em)).rejects.toThrow(
      /\(300 s at most\)/,
    );
    expect(await auth.viewerFromHeader(`Bearer ${hour}`, em)).toMatchObject({
      role: Role.NATIONAL,
    });
  });

  it('refuses role arrays and roles in another casing', async () => {
    const key = await generateDevSigningKey();
    const auth = new Authenticator(TEST_AUTH_CONFIG, key);
    for (const role of [['NATIONAL'], ['FORUM', 'NATIONAL'], 'national', 'National', 'ROOT', 7]) {
      const token = await rawToken(key, { role, iat: now(), exp: now() + 600 });
      await expect(
        auth.viewerFromHeader(`Bearer ${token}`, em),
        JSON.stringify(role),
      ).rejects.toThrow(
        'The token’s role claim must be exactly one of ADMIN, FORUM, PARTNERSHIP or NATIONAL.',
      );
    }
    const exact = await rawToken(key, { role: 'NATIONAL', iat: now(), exp: now() + 600 });
    expect(await auth.viewerFromHeader(`Bearer ${exact}`, em)).toMatchObject({
      role: Role.NATIONAL,
    });
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
    // The county's fork and its transaction, as countyEntityManager takes them, read the same rows.
    const em = {
      findOne,
      fork: () => em,
      addFilter: () => undefined,
      setFilterParams: () => undefined,
      transactional: async <T>(work: (tx: unknown) => Promise<T>) => work(em),
    };
    return { em: em as unknown as EntityManager, findOne };
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
