import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

describe('hardening', () => {
  let api: TestApi;
  let prod: TestApi;

  beforeAll(async () => {
    [api, prod] = await Promise.all([startTestApi(), startTestApi({ production: true })]);
  });

  afterAll(async () => {
    await Promise.all([api.close(), prod.close()]);
  });

  it('refuses a query deeper than the limit', async () => {
    const deep = `{ rounds { edges { node { needsStatements { edges { node { partnership { owners { municipality { number } } } round { needsStatements { edges { node { round { needsStatements { edges { node { id } } } } } } } } } } } } } } }`;
    const anon = await api.graphql(deep);
    expect(anon.body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses too many aliases and too costly queries', async () => {
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: health { status }`).join(' ')} }`;
    expect((await api.graphql(aliases)).body.errors?.[0]?.extensions?.['code']).toBe(
      'QUERY_TOO_COMPLEX',
    );
    const costly = `{ rounds(first: 200) { edges { node { needsStatements(first: 200) { edges { node { id title } } } } } } }`;
    const { body } = await api.graphql(costly);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers anonymous callers of protected operations with UNAUTHENTICATED, and bad tokens with 401', async () => {
    const anon = await api.graphql('{ rounds { totalCount } }');
    expect(anon.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const bad = await api.graphql(
      '{ viewer { role } }',
      {},
      { authorization: 'Bearer not.a.token' },
    );
    expect(bad.status).toBe(401);
    expect(bad.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(bad.body.errors?.[0]?.message).not.toMatch(/Context creation/);
  });

  it('signs in for development, and refuses devSignIn in production', async () => {
    await api.db.orm.em
      .getConnection()
      .execute(`insert into county (id, code, name) values (gen_random_uuid(), 'troms', 'Troms')`);
    const signed = await api.graphql(
      gql(
        `mutation Hardening1 { devSignIn(role: ADMIN, countyCode: "troms") { token user { role county { code } } } }`,
      ),
    );
    expect(signed.body.data?.devSignIn.user).toEqual({ role: 'ADMIN', county: { code: 'troms' } });
    const viewer = await api.graphql<{ viewer: { role: string; county: { code: string } } }>(
      '{ viewer { subject name role county { id code name } } }',
      {},
      { authorization: `Bearer ${signed.body.data!.devSignIn.token}` },
    );
    expect(viewer.body.data?.viewer).toMatchObject({ role: 'ADMIN', county: { code: 'troms' } });
    const refused = await prod.graphql(
      gql(`mutation Hardening2 { devSignIn(role: ADMIN, countyCode: "troms") { token } }`),
    );
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    // …and a token signed with a development key is worthless there.
    const token = await prod.as('ADMIN', 'troms');
    const rejected = await prod.graphql('{ viewer { role } }', {}, token);
    expect(rejected.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('turns off introspection and field suggestions in production', async () => {
    const intro = await prod.graphql('{ __schema { types { name } } }');
    expect(intro.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await prod.graphql('{ healt { status } }');
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
  });

  it('never sends stack traces or SQL in errors', async () => {
    const { body } = await api.graphql(
      gql(`query Hardening3($id: ID!) { round(id: $id) { id } }`),
      { id: 'not-a-uuid' },
      await api.as('NATIONAL'),
    );
    expect(JSON.stringify(body)).not.toMatch(/select |stack|at \w+ \(/i);
  });
});
