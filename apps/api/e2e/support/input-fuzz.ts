import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema,
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
  getIntrospectionQuery,
} from 'graphql';
import { expect } from 'vitest';
import { ERROR_CODES } from '../../src/errors/app-error.js';
import { seedSmallWorld, validStatementFields } from '../../test/fixtures.js';
import { startTestApi, type TestApi } from '../../test/test-server.js';

// Shared by the input-fuzz e2e files (mutations; by-id queries).
//
// Property-based fuzzing at the edge, over HTTP against the real server and PostgreSQL. Every
// mutation and every by-id query, taken from the schema itself (a new one is fuzzed without a
// change here), is called with inputs of the right shape whose values are mostly plausible (ids
// that exist, ordinary text and numbers) and sometimes hostile (malformed ids, 100 000
// characters, NUL bytes, lone surrogates, int4's bounds). Every answer must carry a typed error
// code, never INTERNAL_SERVER_ERROR nor a value PostgreSQL had to refuse; and after every refusal
// the database is unchanged: the same rows in every table (counts and checksums).

const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined;

/** Codes a client can act on (ours and GraphQL's); INTERNAL_SERVER_ERROR is not among them. */
const TYPED_CODES = new Set<string>([
  ...ERROR_CODES,
  'BAD_REQUEST',
  'GRAPHQL_VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
]);

type Ids = Map<string, string[]>;

const HOSTILE_TEXT = [
  'x'.repeat(100_000),
  'a\u0000b',
  '\u0000',
  '\uD800',
  'tekst \uDC00 med en halv',
  '😀'.repeat(301),
  ' ',
  "'; drop table owner; --",
  '%_\\',
];
const HOSTILE_IDS = [
  'zzz',
  '',
  '00000000-0000-0000-0000-00000000000g',
  "1' or '1'='1",
  '\u0000',
  '12345',
];
const INT4 = [2_147_483_647, -2_147_483_648, 2_147_483_646, -1, 0, 1_000_000_000];

const PLAIN_TEXT = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'Test',
      'Tromsø kommune',
      '986105174',
      '5501',
      'kari@example.invalid',
      '2027-01-01',
      '',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const PLAIN_INT = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 2, arbitrary: fc.constantFrom(2026, 2027, 2028) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 5_000_000 }) },
);

/**
 * How a case's values are drawn: `hostile` mixes malformed ids, huge and broken text and int4's
 * bounds into any value; a plain case has only plausible values, so it reaches the domain's rules
 * and the database more often.
 */
interface Draw {
  hostile: boolean;
  ids: Ids;
  /** Valid inputs of some types, from which a case changes some fields. */
  bases: Record<string, Record<string, unknown>>;
}

function textOf(draw: Draw): fc.Arbitrary<string> {
  if (!draw.hostile) return PLAIN_TEXT;
  return fc.oneof(
    { weight: 2, arbitrary: PLAIN_TEXT },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  );
}

function intOf(draw: Draw): fc.Arbitrary<number> {
  if (!draw.hostile) return PLAIN_INT;
  return fc.oneof(
    { weight: 2, arbitrary: PLAIN_INT },
    { weight: 1, arbitrary: fc.constantFrom(...INT4) },
  );
}

/** Existing ids for an argument named `roundId`, `ownerIds`, `id`…; sometimes a hostile one. */
function idFor(name: string, draw: Draw): fc.Arbitrary<string> {
  const table = name
    .replace(/Ids?$/, '')
    .replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    .replace(/^lead_owner$/, 'owner');
  const known = draw.ids.get(table) ?? draw.ids.get('*') ?? [];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: draw.hostile ? 2 : 0, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
  );
}

function valueOf(
  type: GraphQLInputType,
  name: string,
  draw: Draw,
  depth: number,
): fc.Arbitrary<unknown> {
  const inner = ((): fc.Arbitrary<unknown> => {
    const nullable = getNullableType(type) as GraphQLInputType;
    if (isListType(nullable)) {
      return fc.array(valueOf(nullable.ofType, name, draw, depth + 1), {
        maxLength: depth > 2 ? 1 : 3,
      });
    }
    if (isInputObjectType(nullable)) {
      const fields = Object.values(nullable.getFields());
      const base = draw.bases[nullable.name];
      return fc.record(
        Object.fromEntries(
          fields.map((f) => {
            const fuzzed = valueOf(f.type, f.name, draw, depth + 1);
            // From a valid input, most fields stay as they are and a few change.
            return [
              f.name,
              base && f.name in base
                ? fc.oneof({ weight: 5, arbitrary: fc.constant(base[f.name]) }, fuzzed)
                : fuzzed,
            ];
          }),
        ),
      );
    }
    if (isEnumType(nullable)) return fc.constantFrom(...nullable.getValues().map((v) => v.name));
    if (isScalarType(nullable)) {
      switch (nullable.name) {
        case 'ID':
          return idFor(name, draw);
        case 'Int':
        case 'Kroner':
          return intOf(draw);
        case 'Float':
          return fc.double({ noNaN: true, noDefaultInfinity: true });
        case 'Boolean':
          return fc.boolean();
        default:
          return textOf(draw);
      }
    }
    return fc.constant(null);
  })();
  // A required value is always sent; an optional one is sometimes left out or null.
  return isNonNullType(type) ? inner : fc.option(inner, { freq: 4, nil: null });
}

function argsOf(
  field: GraphQLField<unknown, unknown>,
  draw: Omit<Draw, 'hostile'>,
): fc.Arbitrary<Record<string, unknown>> {
  const drawn = (hostile: boolean) =>
    fc.record(
      Object.fromEntries(
        field.args.map((a) => [a.name, valueOf(a.type, a.name, { ...draw, hostile }, 0)]),
      ),
    );
  return fc.oneof(drawn(false), drawn(true));
}

/** `mutation($a: T!, …) { field(a: $a, …) { __typename } }`: every argument as a variable. */
export function operationOf(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): string {
  const variables = field.args.map((a: GraphQLArgument) => `$${a.name}: ${String(a.type)}`);
  const passed = field.args.map((a) => `${a.name}: $${a.name}`);
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const head = variables.length > 0 ? `(${variables.join(', ')})` : '';
  const call = passed.length > 0 ? `(${passed.join(', ')})` : '';
  return `${kind} Fuzz${head} { ${field.name}${call}${selection} }`;
}

/** The API's schema as committed (generated from the code; schema-file.spec.ts checks it). */
const FILE_SCHEMA = buildSchema(
  readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8'),
);
export const MUTATIONS = Object.values(FILE_SCHEMA.getMutationType()!.getFields());
/** Queries that read by id: an argument of type ID (one or a list). */
export const BY_ID_QUERIES = Object.values(FILE_SCHEMA.getQueryType()!.getFields()).filter((f) =>
  f.args.some((a) => getNamedType(a.type).name === 'ID'),
);

/** Cases per operation: at least 1 000 in all (FUZZ_RUNS per operation to explore more). */
export const RUNS = Number(
  process.env['FUZZ_RUNS'] ?? Math.ceil(1000 / (MUTATIONS.length + BY_ID_QUERIES.length)),
);

export interface FuzzWorld {
  api: TestApi;
  /** The running server's schema, by introspection. */
  schema: GraphQLSchema;
  /** Callers: mostly the county's adviser; sometimes a partnership, the forum or nobody. */
  identities: Record<string, string>[];
  /** Fuzzes one operation: typed codes only, and (a mutation) nothing written by a refusal. */
  fuzz(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Promise<void>;
  /** Logs what the fuzzing met and closes the API (for an afterAll). */
  close(): Promise<void>;
}

/** Starts the API on a small world and reads what to fuzz with (for a beforeAll). */
export async function startFuzzWorld(): Promise<FuzzWorld> {
  const seen = {
    cases: 0,
    refused: 0,
    accepted: 0,
    codes: new Map<string, number>(),
    messages: new Map<string, number>(),
  };
  const api = await startTestApi();
  const world = await seedSmallWorld(api.db.orm, { troms: 4, earlier: 3, nordland: 2 });
  const intro = await api.graphql<IntrospectionQuery>(getIntrospectionQuery());
  const schema = buildClientSchema(intro.body.data!);
  const conn = api.db.orm.em.getConnection();
  const tables = (
    await conn.execute<{ table_name: string }[]>(
      `select table_name from information_schema.tables where table_schema = 'public'
         and table_type = 'BASE TABLE' and table_name not like 'mikro_orm%' order by table_name`,
    )
  ).map((t) => t.table_name);
  const fingerprintSql = `select ${tables
    .map(
      (t) =>
        `(select count(*) || ':' || coalesce(md5(string_agg(x::text, ',' order by x::text)), '') from "${t}" x) as "${t}"`,
    )
    .join(', ')}`;
  const ids: Ids = new Map();
  const all: string[] = [];
  for (const table of tables) {
    const columns = await conn.execute<{ data_type: string }[]>(
      `select data_type from information_schema.columns where table_name = ? and column_name = 'id'`,
      [table],
    );
    if (columns[0]?.data_type !== 'uuid') continue;
    const rows = await conn.execute<{ id: string }[]>(`select id from "${table}" limit 40`);
    ids.set(
      table,
      rows.length > 0 ? rows.map((r) => r.id) : ['00000000-0000-4000-8000-000000000000'],
    );
    all.push(...rows.map((r) => r.id));
  }
  ids.set('*', all);
  const bases: Draw['bases'] = {
    SubmitNeedsStatementInput: {
      ...validStatementFields(0),
      roundId: world.tromsRoundId,
      partnershipId: world.tromsPartnershipIds[0],
    },
    UpdateNeedsStatementInput: { ...validStatementFields(1), id: ids.get('needs_statement')![0] },
    CreateOwnerInput: {
      orgnr: '986105174',
      name: 'Testkommune',
      ownership: 'PUBLIC',
      municipalityNumber: '5501',
      participationYears: [2024],
    },
    CreateInstitutionInput: { orgnr: '987654325', name: 'Testhøgskolen', kind: 'UNIVERSITY' },
  };
  // Mostly the county's adviser, who may call most mutations; sometimes a partnership, the
  // forum or nobody.
  const [admin, partnership, forum] = [
    await api.as('ADMIN', 'troms'),
    await api.as('PARTNERSHIP', 'troms', world.tromsPartnershipIds[0]),
    await api.as('FORUM', 'troms'),
  ];
  const identities = [admin, admin, admin, admin, admin, partnership, partnership, forum, {}];

  async function runsSettled(): Promise<void> {
    const conn = api.db.orm.em.getConnection();
    for (let i = 0; i < 600; i++) {
      const [active] = await conn.execute<{ n: number }[]>(
        `select count(*)::int as n from scenario_run where status in ('QUEUED', 'RUNNING')`,
      );
      if (active?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('a scenario run did not end within a minute');
  }

  const fingerprint = async () =>
    JSON.stringify(await api.db.orm.em.getConnection().execute(fingerprintSql));

  async function fuzz(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
    const query = operationOf(kind, field);
    await fc.assert(
      fc.asyncProperty(
        argsOf(field, { ids, bases }),
        fc.nat(identities.length - 1),
        async (args, who) => {
          const before = kind === 'mutation' ? await fingerprint() : '';
          const response = await api.graphql(query, args, identities[who]);
          seen.cases++;
          const errors = response.body.errors ?? [];
          const codes = errors.map((e) => String(e.extensions?.['code']));
          for (const code of codes) seen.codes.set(code, (seen.codes.get(code) ?? 0) + 1);
          for (const error of errors) {
            const key = `${field.name}: ${error.message.replace(/[0-9a-f-]{36}/g, '…').slice(0, 80)}`;
            seen.messages.set(key, (seen.messages.get(key) ?? 0) + 1);
          }
          expect(response.status, JSON.stringify(response.body)).toBeLessThan(500);
          for (const error of errors) {
            expect(TYPED_CODES, JSON.stringify(error)).toContain(error.extensions?.['code']);
            // The edge and the domain, not PostgreSQL, refuse bad values.
            expect(error.extensions?.['reason'], JSON.stringify(error)).not.toBe(
              'DATABASE_REFUSED_VALUE',
            );
          }
          if (errors.length === 0) {
            seen.accepted++;
            // A run taken runs on in the background: let it end before the next case's checksum.
            await runsSettled();
            return;
          }
          seen.refused++;
          if (kind === 'mutation') {
            const after = await fingerprint();
            if (after !== before) {
              const [b, a] = [JSON.parse(before)[0], JSON.parse(after)[0]] as Record<
                string,
                string
              >[];
              const changed = Object.keys(a!).filter((t) => a![t] !== b![t]);
              expect.fail(
                `${field.name} refused (${JSON.stringify(errors[0])}) yet changed ${changed.join(', ')}`,
              );
            }
          }
        },
      ),
      { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: true },
    );
  }

  return {
    api,
    schema,
    identities,
    fuzz,
    async close() {
      // What the fuzzing met, for the log: cases, refusals and their codes.
      console.info(
        `fuzz: ${seen.cases} cases, ${seen.accepted} accepted, ${seen.refused} refused`,
        Object.fromEntries(seen.codes),
      );
      if (process.env['FUZZ_MESSAGES']) {
        console.info(
          [...seen.messages]
            .sort((a, b) => b[1] - a[1])
            .map(([m, n]) => `${n}\t${m}`)
            .join('\n'),
        );
      }
      await api.close();
    },
  };
}
