import 'reflect-metadata';
import { graphql, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../schema/build-schema.js';
import { columnLength, STORED_COLUMNS, storedTextLimits } from '../schema/stored-columns.js';
import { MAX_TEXT_LENGTH } from './input-guard.js';

describe('the input guard', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  const run = (source: string, variables: Record<string, unknown>) =>
    graphql({ schema, source, variableValues: variables, contextValue: {} });
  const problemsOf = (result: Awaited<ReturnType<typeof run>>) =>
    (result.errors?.[0]?.extensions?.['problems'] ?? []) as Array<{
      code: string;
      path: (string | number)[];
      message: { nb: string };
    }>;

  it('reads each stored column’s length from its entity, for fields the schema has', () => {
    expect(columnLength('Owner', 'name')).toBe(300);
    expect(columnLength('NeedsStatement', 'contactEmail')).toBe(200);
    expect(columnLength('Owner', 'nothing')).toBeUndefined();
    const limits = storedTextLimits();
    expect(limits.get('RunScenarioInput.name')).toBe(200);
    for (const key of Object.keys(STORED_COLUMNS)) {
      const [typeName, field, arg] = key.split('.');
      const type = schema.getType(typeName!);
      if (arg) {
        expect(isObjectType(type), key).toBe(true);
        const f = isObjectType(type) ? type.getFields()[field!] : undefined;
        expect(
          f?.args.some((a) => a.name === arg),
          key,
        ).toBe(true);
      } else {
        expect(isInputObjectType(type) && type.getFields()[field!] !== undefined, key).toBe(true);
      }
    }
  });

  it('refuses a malformed id before the resolver runs, with the argument’s path', async () => {
    const result = await run('query($id: ID!) { decision(id: $id) { id } }', { id: 'zzz' });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['field']).toBe('id');
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({ code: 'INVALID_ID', path: ['id'] }),
    ]);
  });

  it('refuses NUL bytes, lone surrogates and text past its column, naming each field', async () => {
    const result = await run(
      'mutation($input: CreateOwnerInput!) { createOwner(input: $input) { id } }',
      {
        input: {
          orgnr: '986105174\u0000',
          name: 'x'.repeat(301),
          ownership: 'PUBLIC',
          municipalityNumber: '\uD800',
          participationYears: [],
        },
      },
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(problemsOf(result).map((p) => [p.code, p.path.join('.')])).toEqual([
      ['INVALID_TEXT', 'input.orgnr'],
      ['TOO_LONG', 'input.name'],
      ['INVALID_TEXT', 'input.municipalityNumber'],
    ]);
    expect(problemsOf(result)[1]?.message.nb).toBe('input.name er lengre enn 300 tegn.');
  });

  it('counts characters as PostgreSQL does, and caps free text without a column', async () => {
    // 300 emoji are 600 UTF-16 units but 300 characters: within varchar(300).
    const emoji = '😀'.repeat(300);
    const fine = await run(
      'mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }',
      { input: { orgnr: '987654325', name: emoji, kind: 'UNIVERSITY' } },
    );
    // Past the guard: the resolver refuses the anonymous caller.
    expect(fine.errors?.[0]?.extensions?.['code']).not.toBe('BAD_USER_INPUT');
    const long = await run(
      'mutation($input: PutScenarioToForumInput!) { putScenarioToForum(input: $input) { id } }',
      {
        input: {
          scenarioId: '00000000-0000-4000-8000-000000000000',
          note: 'n'.repeat(MAX_TEXT_LENGTH + 1),
        },
      },
    );
    expect(problemsOf(long).map((p) => [p.code, p.path.join('.')])).toEqual([
      ['TOO_LONG', 'input.note'],
    ]);
  });
});
