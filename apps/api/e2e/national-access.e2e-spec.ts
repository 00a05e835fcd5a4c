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
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDevMachineToken } from '../src/modules/auth/dev-token.js';
import { buildApiSchema } from '../src/schema/build-schema.js';
import { DemoSeeder } from '../src/seeders/demo.seeder.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import type { NationalDimension } from './gql/graphql.js';

// The national boundary: what the national operations reach, every other operation refused, and
// development machine tokens. (A Maskinporten-like issuer in production mode: national-maskinporten.)

/** The national directorate's operations; every other one must refuse it. */
const NATIONAL_OPERATIONS = new Set(['nationalStatistics']);

/**
 * Operations open to anyone, signed in or not (so NATIONAL gains nothing from them). A new public
 * operation must be added here on purpose, with its reason.
 */
const PUBLIC_OPERATIONS: Record<string, string> = {
  health: 'liveness and readiness of the API',
  viewer: 'the caller itself',
  errorCodes: 'the codes errors may carry (the schema’s ErrorCode enum)',
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
]);

const ALL_DIMENSIONS: NationalDimension[] = [
  'COUNTY',
  'YEAR',
  'SECTOR',
  'THEME',
  'OWNERSHIP',
  'INSTITUTION',
  'DURATION',
];

const STATISTICS = gql(`query NationalAccess1($groupBy: [NationalDimension!]!) {
  nationalStatistics(groupBy: $groupBy) {
    groups { county { code name } year sector theme { id titleNb titleEn } ownership
      institution { orgnr name kind } durationYears figures { granted statements reportsSubmitted } }
    totals { granted statements frame }
  }
}`);

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
      const viewer = await api.graphql(
        gql(`query NationalAccess2 { viewer { role subject county { code } } }`),
        {},
        headers,
      );
      expect(viewer.body.data?.viewer).toEqual({ role: 'NATIONAL', subject: 'udir', county: null });
      const { body } = await api.graphql(STATISTICS, { groupBy: ['COUNTY'] }, headers);
      expect(body.errors).toBeUndefined();
      const refused = await api.graphql(
        gql(`query NationalAccess3 { rounds { totalCount } }`),
        {},
        headers,
      );
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
});
