import 'reflect-metadata';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLScalarType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Authenticator } from '../src/modules/auth/authenticator.js';
import { signDevMachineToken } from '../src/modules/auth/dev-token.js';
import { ScenarioRunner } from '../src/modules/scenario/solver/scenario-runner.js';
import { buildApiSchema } from '../src/schema/build-schema.js';
import { DemoSeeder } from '../src/seeders/demo.seeder.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { TEST_AUTH_CONFIG } from '../test/auth-config.js';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';
import { startTestApi, type TestApi } from '../test/test-server.js';

/** The national directorate's operations; every other one must refuse it. */
const NATIONAL_OPERATIONS = new Set(['nationalStatistics', 'nationalSummary']);

/**
 * Operations open to anyone, signed in or not (so NATIONAL gains nothing from them). A new public
 * operation must be added here on purpose, with its reason.
 */
const PUBLIC_OPERATIONS: Record<string, string> = {
  health: 'liveness and readiness of the API',
  viewer: 'the caller itself',
  counties: 'the tenants’ codes and names, for the sign-in page',
  devSignIn: 'development tokens; refused in production',
  devSignInPartnerships:
    'the partnerships to pick on the development sign-in page; refused in production',
};

/**
 * Every String field reachable from the national operations: codes, organisation names and plan
 * titles. A new one must be added here on purpose, after checking it is neither personal data nor
 * free text.
 */
const STRING_FIELDS = new Set([
  'NationalStatistics.counties',
  'NationalCounty.code',
  'NationalCounty.name',
  'NationalTheme.id',
  'NationalTheme.titleNb',
  'NationalTheme.titleEn',
  'NationalInstitution.orgnr',
  'NationalInstitution.name',
  'CountyYearSummary.countyCode',
  'CountyYearSummary.countyName',
]);

const ALL_DIMENSIONS = [
  'COUNTY',
  'YEAR',
  'SECTOR',
  'THEME',
  'OWNERSHIP',
  'INSTITUTION',
  'DURATION',
];

const STATISTICS = `query($groupBy: [NationalDimension!]!) {
  nationalStatistics(groupBy: $groupBy) {
    groups { county { code name } year sector theme { id titleNb titleEn } ownership
      institution { orgnr name kind } durationYears figures { granted statements reportsSubmitted } }
    totals { granted statements frame }
  }
}`;

/** A value of the right type for an argument: enough to get past GraphQL's own validation. */
function sampleValue(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sampleValue(type.ofType);
  if (type instanceof GraphQLList) return [sampleValue(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.value;
  if (type instanceof GraphQLInputObjectType) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = sampleValue(field.type);
      }
    }
    return value;
  }
  const scalar = (type as GraphQLScalarType).name;
  const samples: Record<string, unknown> = {
    ID: randomUUID(),
    String: 'x',
    Int: 2026,
    Float: 0.5,
    Boolean: false,
    Kroner: 1,
    DateTimeISO: new Date().toISOString(),
    JSON: {},
    JSONObject: {},
  };
  if (!(scalar in samples)) throw new Error(`no sample for the scalar ${scalar}`);
  return samples[scalar];
}

/** An operation document calling one root field with every argument given, selecting __typename. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args;
  const variables = Object.fromEntries(args.map((a) => [a.name, sampleValue(a.type)]));
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = getNamedType(field.type) instanceof GraphQLObjectType ? ' { __typename }' : '';
  return {
    query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables,
  };
}

describe('the national boundary: aggregates only, and nothing else', () => {
  let api: TestApi;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    api = await startTestApi();
    await api.db.orm.getSeeder().seed(DemoSeeder);
    schema = await buildApiSchema();
  });

  afterAll(() => api.close());

  it('reaches no personal data and no free text from the national operations', () => {
    const seen = new Set<string>();
    const strings: string[] = [];
    const visit = (typeName: string) => {
      if (seen.has(typeName)) return;
      seen.add(typeName);
      const type = schema.getType(typeName);
      if (!(type instanceof GraphQLObjectType)) return;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        const where = `${type.name}.${field.name}`;
        expect(where).not.toMatch(
          /contact|email|phone|person|justification|comment|minutes|reason|text|description|needs|goal|measure|(?<!group)By$/i,
        );
        expect(['JSON', 'JSONObject'], where).not.toContain(named.name);
        if (named.name === 'String' || named.name === 'ID') strings.push(where);
        visit(named.name);
      }
    };
    const query = schema.getQueryType()!;
    for (const name of NATIONAL_OPERATIONS) {
      const field = query.getFields()[name];
      expect(field, name).toBeDefined();
      visit(getNamedType(field!.type).name);
    }
    expect(new Set(strings)).toEqual(STRING_FIELDS);
    // What the types reach is the national module's own: never an entity of a county.
    for (const name of seen) {
      expect([
        'Round',
        'NeedsStatement',
        'Decision',
        'Partnership',
        'Owner',
        'Institution',
        'AnnualReport',
      ]).not.toContain(name);
    }
  });

  it('refuses NATIONAL every other operation, query and mutation', async () => {
    const national = await api.as('NATIONAL');
    const checked: string[] = [];
    for (const kind of ['query', 'mutation'] as const) {
      const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      for (const field of Object.values(root!.getFields())) {
        if (NATIONAL_OPERATIONS.has(field.name)) continue;
        const { query, variables } = operationFor(kind, field);
        const anonymous = await api.graphql(query, variables);
        const anonymousCode = anonymous.body.errors?.[0]?.extensions?.['code'];
        if (anonymousCode !== 'UNAUTHENTICATED') {
          // Open to everyone: then it must be one of the known public operations.
          expect(
            Object.keys(PUBLIC_OPERATIONS),
            `${field.name} answered an anonymous caller (${String(anonymousCode ?? 'data')})`,
          ).toContain(field.name);
          continue;
        }
        const { body } = await api.graphql(query, variables, national);
        expect(body.errors?.[0]?.extensions?.['code'], `${kind} ${field.name}`).toBe('FORBIDDEN');
        expect(body.data?.[field.name as never] ?? null).toBeNull();
        checked.push(field.name);
      }
    }
    expect(checked.length).toBeGreaterThan(20);
    expect(checked).toEqual(
      expect.arrayContaining(['rounds', 'needsStatement', 'owners', 'decideRound']),
    );
  });

  it('answers with figures that carry no contact person, free text or person', async () => {
    const { body } = await api.graphql(
      STATISTICS,
      { groupBy: ALL_DIMENSIONS },
      await api.as('NATIONAL'),
    );
    expect(body.errors).toBeUndefined();
    const json = JSON.stringify(body.data);
    expect(json.length).toBeGreaterThan(10_000);
    const [person] = await api.db.orm.em
      .getConnection()
      .execute(`select contact_name, contact_email from needs_statement limit 1`);
    const [report] = await api.db.orm.em
      .getConnection()
      .execute(`select submitted_by, use_of_funds from annual_report limit 1`);
    for (const text of [
      person?.['contact_name'],
      person?.['contact_email'],
      report?.['submitted_by'],
      report?.['use_of_funds'],
      'Demo:',
      'demo-seeder',
      'kommune (demo)',
    ]) {
      expect(typeof text).toBe('string');
      expect(json).not.toContain(text);
    }
  });

  describe('machine clients with development tokens', () => {
    it('a client token with the statistics scope is the NATIONAL viewer', async () => {
      const token = await signDevMachineToken(api.devKey, {
        clientId: 'udir',
        scope: 'openid statistics:read',
        consumerOrgnr: '970018131',
      });
      const headers = { authorization: `Bearer ${token}` };
      const viewer = await api.graphql<{ viewer: { role: string; subject: string; county: null } }>(
        '{ viewer { role subject county { code } } }',
        {},
        headers,
      );
      expect(viewer.body.data?.viewer).toEqual({ role: 'NATIONAL', subject: 'udir', county: null });
      const { body } = await api.graphql(STATISTICS, { groupBy: ['COUNTY'] }, headers);
      expect(body.errors).toBeUndefined();
      const refused = await api.graphql('{ rounds { totalCount } }', {}, headers);
      expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('refuses a client token without the scope, and one from an untrusted issuer', async () => {
      const noScope = await signDevMachineToken(api.devKey, { clientId: 'udir', scope: 'openid' });
      const wrongIssuer = await new SignJWT({ scope: 'statistics:read', client_id: 'udir' })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer('https://impostor.example/')
        .setAudience('kompetansemidler-api')
        .setIssuedAt()
        .setExpirationTime('2m')
        .sign(api.devKey.privateKey);
      for (const token of [noScope, wrongIssuer]) {
        const response = await api.graphql(
          STATISTICS,
          { groupBy: [] },
          {
            authorization: `Bearer ${token}`,
          },
        );
        expect(response.status).toBe(401);
        expect(response.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
        expect(response.body.data ?? null).toBeNull();
      }
    });
  });

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
        body: JSON.stringify({ query: '{ nationalStatistics { totals { statements granted } } }' }),
      });
      return {
        status: response.status,
        body: (await response.json()) as {
          data?: { nationalStatistics: { totals: { statements: number } } } | null;
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
        body: JSON.stringify({ query: '{ viewer { role } rounds { totalCount } }' }),
      });
      const body = (await response.json()) as {
        data?: { viewer: { role: string } } | null;
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
});
