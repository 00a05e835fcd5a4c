import 'reflect-metadata';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Authenticator } from '../src/modules/auth/authenticator.js';
import { ScenarioRunner } from '../src/modules/scenario/solver/scenario-runner.js';
import { buildApiSchema } from '../src/schema/build-schema.js';
import { DemoSeeder } from '../src/seeders/demo.seeder.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { TEST_AUTH_CONFIG } from '../test/auth-config.js';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';
import { gql } from './gql/index.js';
import type { NationalMaskinporten1Query, NationalMaskinporten2Query } from './gql/graphql.js';

// National machine clients in production mode: tokens of a Maskinporten-like issuer, verified
// against its JWKS, sent over plain HTTP as Udir's client sends them. (The national boundary and
// development tokens: national-access.)

/** Sent as Udir's client sends them: plain HTTP, the operation's text. */
const TOTALS = gql(
  `query NationalMaskinporten1 { nationalStatistics { totals { statements granted } } }`,
);
const VIEWER_AND_ROUNDS = gql(
  `query NationalMaskinporten2 { viewer { role } rounds { totalCount } }`,
);

describe('a Maskinporten-like issuer, verified against its JWKS (production mode)', () => {
  const ISSUER = 'https://test.maskinporten.example/';
  const AUDIENCE = 'https://kompetansemidler.example/api';
  let db: TestDatabase;
  let server: RunningServer;
  let runner: ScenarioRunner;
  let jwks: Server;
  let key: CryptoKey;
  let otherKey: CryptoKey;
  const kid = 'maskinporten-test-key';

  const graphql = async (token: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: TOTALS.toString() }),
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        data?: NationalMaskinporten1Query | null;
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      },
    };
  };

  const mint = (
    claims: Record<string, unknown>,
    options: { issuer?: string; audience?: string; signWith?: CryptoKey; expires?: string } = {},
  ) =>
    new SignJWT({
      scope: 'statistics:read',
      client_id: 'udir-statistikk',
      consumer: { authority: 'iso6523-actorid-upis', ID: '0192:970018131' },
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(options.expires ?? '2m')
      .sign(options.signWith ?? key);

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    key = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid, alg: 'RS256', use: 'sig' };
    jwks = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwk`;
    db = await createTestDatabase();
    await db.orm.getSeeder().seed(DemoSeeder);
    const logger = pino({ level: 'silent' });
    runner = new ScenarioRunner({ timeoutMs: 60_000, logger });
    server = await startServer({
      orm: db.appOrm,
      schema: await buildApiSchema(),
      logger,
      production: true,
      host: '127.0.0.1',
      port: 0,
      runner,
      authenticator: new Authenticator(
        {
          ...TEST_AUTH_CONFIG,
          scopeClaim: 'scope',
          statisticsScope: 'statistics:read',
          machine: { issuer: ISSUER, jwksUrl, audience: AUDIENCE, consumers: ['970018131'] },
        },
        undefined,
      ),
    });
  });

  afterAll(async () => {
    await server?.stop();
    await runner?.close();
    await db?.destroy();
    await new Promise((resolve) => jwks?.close(resolve));
  });

  it('accepts a token with the scope from an allowed consumer', async () => {
    const { status, body } = await graphql(await mint({}));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.nationalStatistics.totals.statements).toBeGreaterThan(100);
  });

  it('never lets a machine token carry a role', async () => {
    const token = await mint({ role: 'ADMIN', county: 'troms', sub: 'someone' });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: VIEWER_AND_ROUNDS.toString() }),
    });
    const body = (await response.json()) as {
      data?: NationalMaskinporten2Query | null;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['without the scope', () => mint({ scope: 'udir:other.read' })],
    ['from another issuer', () => mint({}, { issuer: 'https://maskinporten.example/' })],
    ['for another audience', () => mint({}, { audience: 'https://other.example/api' })],
    ['signed with another key', () => mint({}, { signWith: otherKey })],
    ['expired', () => mint({ exp: Math.floor(Date.now() / 1000) - 60 }, { expires: '-1m' })],
    [
      'from a consumer not allowed',
      () =>
        mint({
          consumer: { authority: 'iso6523-actorid-upis', ID: '0192:999999999' },
          client_id: 'someone-else',
        }),
    ],
  ])('refuses a token %s', async (_what, token) => {
    const { status, body } = await graphql(await token());
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });
});
