import { getNamedType, getNullableType, isListType, isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BY_ID_QUERIES,
  operationOf,
  startFuzzWorld,
  type FuzzWorld,
} from './support/input-fuzz.js';

// Property-based fuzzing at the edge, over HTTP against the real server and PostgreSQL (the
// generators and the property: e2e/support/input-fuzz.ts). Every operation, taken from the schema
// itself, is called with inputs of the right shape, mostly plausible and sometimes hostile; every
// answer must carry a typed error code, and after every refusal the database is unchanged.
// This file: every by-id query. (Every mutation: input-fuzz.)

describe('fuzzing every by-id query at the edge', () => {
  let ctx: FuzzWorld;

  beforeAll(async () => {
    ctx = await startFuzzWorld();
  });

  afterAll(() => ctx.close());

  it.each(BY_ID_QUERIES.map((f) => [f.name, f] as const))(
    'query %s: typed codes only',
    (_name, field) => ctx.fuzz('query', field),
  );

  it('a malformed id in every by-id query is BAD_USER_INPUT with the argument’s path', async () => {
    const admin = ctx.identities[0]!;
    for (const field of BY_ID_QUERIES) {
      const args = Object.fromEntries(
        field.args
          .filter((a) => isNonNullType(a.type) || getNamedType(a.type).name === 'ID')
          .map((a) => {
            const named = getNamedType(a.type).name;
            const value = named === 'ID' ? 'zzz' : named === 'Int' ? 2027 : 'x';
            return [a.name, isListType(getNullableType(a.type)) ? [value] : value];
          }),
      );
      const { body } = await ctx.api.graphql(operationOf('query', field), args, admin);
      const error = body.errors?.[0];
      expect(error?.extensions?.['code'], field.name).toBe('BAD_USER_INPUT');
      expect(String(error?.extensions?.['field']), field.name).toMatch(/^[a-zA-Z]+(\.0)?$/);
    }
  });
});
