import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi, type TypedOperation } from '../test/test-server.js';
import {
  CONFIRM,
  csv,
  file,
  OWNER_A,
  OWNER_B,
  PREVIEW,
  UNIT_A,
  xlsx,
  type GraphQLBody,
  type Headers,
} from './support/register-import.js';

// Imports into the register over HTTP, as the admin sends them: a preview names every problem by
// row and column and writes nothing; a confirmation writes all of it in one transaction, or
// nothing. The round's needs-statement template: needs-statement-template.e2e-spec.ts.

describe('imports into the register', () => {
  let api: TestApi;
  let world: SmallWorld;
  let troms: Headers;
  let nordland: Headers;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 3, earlier: 3, nordland: 2 });
    troms = await api.as('ADMIN', 'troms');
    nordland = await api.as('ADMIN', 'nordland');
  });

  afterAll(() => api.close());

  const rows = async (sql: string, params: unknown[] = []) =>
    api.db.orm.em.getConnection().execute<Record<string, unknown>[]>(sql, params);
  const counts = async () =>
    rows(
      `select (select count(*) from owner) as owners, (select count(*) from unit) as units,
              (select count(*) from sector_indicator) as figures, (select count(*) from commitment) as commitments,
              (select count(*) from needs_statement) as statements, (select count(*) from audit_log) as audits`,
    );

  /** POSTs to the import route, as the admin sends files. */
  async function upload<TResult, TVariables>(
    query: TypedOperation<TResult, TVariables>,
    variables: TVariables,
    as: Headers,
  ) {
    const response = await fetch(`${api.server.url}/graphql/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as },
      body: JSON.stringify({ query: String(query), variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLBody<TResult> };
  }

  const extract = [
    [
      'Eiers organisasjonsnummer',
      'Eiers navn',
      'Eierform',
      'Kommunenummer',
      'Enhetens navn',
      'Enhetstype',
      'NSR/NBR-id',
    ],
    [OWNER_A, 'Importkommunen', 'offentlig', '5501', 'Importskolen', 'skole', UNIT_A],
    [OWNER_A, 'Importkommunen', 'offentlig', '5501', 'Importbarnehagen', 'barnehage', ''],
    [OWNER_B, 'Privat barnehage AS', 'privat', 'Tromsø', 'Privat barnehage', 'barnehage', ''],
  ];

  it('previews a register extract with a faulty row: names the row, writes nothing', async () => {
    const before = await counts();
    const faulty = await xlsx([...extract, ['986105175', 'Feil AS', 'privat', '5501', '', '', '']]);
    const { status, body } = await upload(
      PREVIEW,
      { input: { kind: 'REGISTER', file: file('eiere.xlsx', faulty) } },
      troms,
    );
    expect(status).toBe(200);
    const preview = body.data!.previewRegisterImport;
    expect(preview.canConfirm).toBe(false);
    expect(preview.rows).toBe(4);
    expect(preview.problems).toEqual([
      {
        file: null,
        row: 5,
        column: 'Eiers organisasjonsnummer',
        code: 'REG_ORGNR_INVALID',
        message: {
          nb: '«986105175» er ikke et gyldig organisasjonsnummer (ni siffer med riktig kontrollsiffer).',
        },
      },
    ]);
    const confirm = await upload(
      CONFIRM,
      {
        input: {
          kind: 'REGISTER',
          file: file('eiere.xlsx', faulty),
          fingerprint: preview.fingerprint,
        },
      },
      troms,
    );
    expect(confirm.body.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ code: 'REG_ORGNR_INVALID', row: 5, column: 'Eiers organisasjonsnummer' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('writes a clean extract whole on confirmation, audited, and only what the preview showed', async () => {
    // Excel in Norway saves CSV with semicolons in Windows-1252.
    const clean = Buffer.from(csv(extract), 'latin1');
    const preview = (
      await upload(PREVIEW, { input: { kind: 'REGISTER', file: file('eiere.csv', clean) } }, troms)
    ).body.data!.previewRegisterImport;
    expect(preview.problems).toEqual([]);
    expect(preview.summary).toEqual([
      { entity: 'OWNER', created: 2, updated: 0, unchanged: 0 },
      { entity: 'UNIT', created: 3, updated: 0, unchanged: 0 },
    ]);
    const wrong = await upload(
      CONFIRM,
      { input: { kind: 'REGISTER', file: file('eiere.csv', clean), fingerprint: 'feil' } },
      troms,
    );
    expect(wrong.body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IMPORT_CHANGED',
    });
    const done = await upload(
      CONFIRM,
      {
        input: {
          kind: 'REGISTER',
          file: file('eiere.csv', clean),
          fingerprint: preview.fingerprint,
        },
      },
      troms,
    );
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data!.confirmRegisterImport.ids).toHaveLength(5);
    const owners = await rows(
      `select o.name, m.number, count(u.id) as units from owner o
         join municipality m on m.id = o.municipality_id left join unit u on u.owner_id = o.id
        where o.orgnr in (?, ?) group by o.name, m.number order by o.name`,
      [OWNER_A, OWNER_B],
    );
    expect(owners).toEqual([
      { name: 'Importkommunen', number: '5501', units: '2' },
      { name: 'Privat barnehage AS', number: '5501', units: '1' },
    ]);
    const audited = await rows(
      `select count(*) as n from audit_log where action = 'importRegister'`,
    );
    expect(audited[0]!['n']).toBe('5');
    // The same file again changes nothing, and the old preview no longer holds.
    const again = await upload(
      CONFIRM,
      {
        input: {
          kind: 'REGISTER',
          file: file('eiere.csv', clean),
          fingerprint: preview.fingerprint,
        },
      },
      troms,
    );
    expect(again.body.errors?.[0]?.extensions?.['reason']).toBe('IMPORT_CHANGED');
    // Nordland's register is its own: the same file creates Nordland's owners, Troms' stay.
    const nordlandPreview = (
      await upload(
        PREVIEW,
        { input: { kind: 'REGISTER', file: file('eiere.csv', clean) } },
        nordland,
      )
    ).body.data!.previewRegisterImport;
    expect(nordlandPreview.problems.map((p) => p.code)).toContain('REG_MUNICIPALITY_UNKNOWN');
  });

  it('imports indicator tables and earlier commitments', async () => {
    const figures = csv([
      ['Kommunenummer', 'Eiers organisasjonsnummer', 'Indikator', 'Sektor', 'År', 'Verdi', 'Kilde'],
      ['5501', '', 'ito-pupils', 'skole', 2027, '7,5', 'GSI'],
      [
        '',
        OWNER_B,
        'Mange dispensasjoner fra utdanningskravet i barnehage',
        'barnehage',
        2027,
        '4',
        '',
      ],
    ]);
    const preview = (
      await upload(
        PREVIEW,
        { input: { kind: 'INDICATORS', file: file('tall.csv', figures) } },
        troms,
      )
    ).body.data!.previewRegisterImport;
    expect(preview.problems).toEqual([]);
    const done = await upload(
      CONFIRM,
      {
        input: {
          kind: 'INDICATORS',
          file: file('tall.csv', figures),
          fingerprint: preview.fingerprint,
        },
      },
      troms,
    );
    expect(done.body.errors).toBeUndefined();
    expect(
      await rows(
        `select s.source from sector_indicator s join owner o on o.id = s.owner_id where o.orgnr = ?`,
        [OWNER_B],
      ),
    ).toEqual([{ source: 'tall.csv' }]);

    const [partnership] = await rows('select name from partnership where id = ?', [
      world.tromsPartnershipIds[1],
    ]);
    const commitments = csv([
      [
        'Partnerskap',
        'Sektor',
        'Varighet',
        'Vedtaksår',
        'År',
        'Eiers del',
        'Kompetansemiljøets del',
      ],
      [String(partnership!['name']), 'skole', 2, 2025, 2025, '100 000', '50 000'],
      [String(partnership!['name']), 'skole', 2, 2025, 2026, '100 000', '50 000'],
    ]);
    const refused = (
      await upload(
        PREVIEW,
        { input: { kind: 'COMMITMENTS', file: file('låste.csv', commitments) } },
        troms,
      )
    ).body.data!.previewRegisterImport;
    expect(refused.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'År', 'REG_COMMITMENT_YEAR_DECIDED'],
    ]);
    const fixed = commitments
      .replace(/;2;2025;2026;/, ';3;2025;2027;')
      .replace(/;2;2025;2025;/, ';3;2025;2025;');
    const ok = (
      await upload(
        PREVIEW,
        { input: { kind: 'COMMITMENTS', file: file('låste.csv', fixed) } },
        troms,
      )
    ).body.data!.previewRegisterImport;
    expect(ok.problems).toEqual([]);
    expect(ok.summary).toEqual([{ entity: 'COMMITMENT', created: 2, updated: 0, unchanged: 0 }]);
    const written = await upload(
      CONFIRM,
      {
        input: { kind: 'COMMITMENTS', file: file('låste.csv', fixed), fingerprint: ok.fingerprint },
      },
      troms,
    );
    expect(written.body.errors).toBeUndefined();
    expect(
      await rows(
        'select year, amount from commitment where granted_in_round_id is null order by year',
      ),
    ).toEqual([
      { year: 2025, amount: 150_000 },
      { year: 2027, amount: 150_000 },
    ]);
  });

  it('takes only import mutations on the import route, and larger files only there', async () => {
    const other = await upload('mutation { __typename }', {}, troms);
    expect(other.status).toBe(200);
    const query = await upload('query { rounds { totalCount } }', {}, troms);
    expect(query.status).toBe(400);
    expect(query.body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    const big = csv([
      extract[0]!,
      ...Array.from({ length: 3000 }, (_, k) => [
        OWNER_A,
        'Importkommunen',
        'offentlig',
        '5501',
        `Skole ${k}`,
        'skole',
        '',
      ]),
    ]);
    const small = await api.graphql(
      PREVIEW,
      { input: { kind: 'REGISTER', file: file('stor.csv', big) } },
      troms,
    );
    expect(small.status).toBe(413);
    const large = await upload(
      PREVIEW,
      { input: { kind: 'REGISTER', file: file('stor.csv', big) } },
      troms,
    );
    expect(large.body.data!.previewRegisterImport.summary[1]).toMatchObject({ created: 3000 });
    const unreadable = await upload(
      PREVIEW,
      { input: { kind: 'REGISTER', file: { fileName: 'x.xlsx', contentBase64: 'UEsDBA==' } } },
      troms,
    );
    expect(unreadable.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
    });
    const forum = await upload(
      PREVIEW,
      { input: { kind: 'REGISTER', file: file('x.csv', 'a;b') } },
      await api.as('FORUM', 'troms'),
    );
    expect(forum.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
