import {
  generateDemoRound,
  TEMPLATE_COLUMNS,
  TEMPLATE_SHEET,
  themeCodes,
  TROMS_PLAN_2026_2029,
  resolvePlanVersion,
  type NeedsStatement,
} from '@kompetansemidler/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi, type TypedOperation } from '../test/test-server.js';
import { gql } from './gql/index.js';

// Imports into the register over HTTP, as the admin sends them: a preview names every problem by
// row and column and writes nothing; a confirmation writes all of it in one transaction, or
// nothing. Then the round's needs-statement template: downloaded, filled, imported.

type Headers = Record<string, string>;
interface Problem {
  file: string | null;
  row: number | null;
  column: string | null;
  code: string;
  message: { nb: string };
}
interface Preview {
  rows: number;
  canConfirm: boolean;
  fingerprint: string;
  summary: { entity: string; created: number; updated: number; unchanged: number }[];
  problems: Problem[];
  statements: { title: string; partnershipName: string | null }[];
}
interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const PREVIEW =
  gql(`mutation RegisterImport1($input: PreviewRegisterImportInput!) { previewRegisterImport(input: $input) {
  rows canConfirm fingerprint summary { entity created updated unchanged }
  problems { file row column code message { nb } } statements { title partnershipName } } }`);
const CONFIRM =
  gql(`mutation RegisterImport2($input: ConfirmRegisterImportInput!) { confirmRegisterImport(input: $input) {
  summary { entity created updated unchanged } ids } }`);
const PREVIEW_STATEMENTS =
  gql(`mutation RegisterImport3($input: PreviewNeedsStatementImportInput!) { previewNeedsStatementImport(input: $input) {
  rows canConfirm fingerprint summary { entity created updated unchanged }
  problems { file row column code message { nb } } statements { title partnershipName } } }`);
const CONFIRM_STATEMENTS =
  gql(`mutation RegisterImport4($input: ConfirmNeedsStatementImportInput!) { confirmNeedsStatementImport(input: $input) {
  summary { entity created } ids } }`);

const OWNER_A = '986105174';
const OWNER_B = '922530890';
const UNIT_A = '987654325';

const csv = (rows: (string | number)[][]) => rows.map((r) => r.join(';')).join('\r\n');
const file = (fileName: string, content: Buffer | string) => ({
  fileName,
  contentBase64: Buffer.from(content).toString('base64'),
});

async function xlsx(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Eiere');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

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

describe('the needs-statement template', () => {
  let api: TestApi;
  let world: SmallWorld;
  let troms: Headers;
  const plan = resolvePlanVersion(TROMS_PLAN_2026_2029, TROMS_PLAN_2026_2029.versions[0]!.id);

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 2, earlier: 2, nordland: 1 });
    troms = await api.as('ADMIN', 'troms');
  });

  afterAll(() => api.close());

  async function template(): Promise<ExcelJS.Workbook> {
    const { body } = await api.graphql(
      gql(
        `query RegisterImport5($id: ID!) { needsStatementTemplate(roundId: $id) { fileName contentType contentBase64 } }`,
      ),
      { id: world.tromsRoundId },
      troms,
    );
    expect(body.data!.needsStatementTemplate.fileName).toBe('behovsmelding-mal-2027.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(
        body.data!.needsStatementTemplate.contentBase64,
        'base64',
      ) as unknown as ArrayBuffer,
    );
    return workbook;
  }

  /** Fills the template's value cells by their keys, as a partnership would. */
  async function filled(
    ns: NeedsStatement,
    partnershipName: string,
    change: Record<string, string | number> = {},
  ) {
    const workbook = await template();
    const sheet = workbook.getWorksheet(TEMPLATE_SHEET)!;
    const codes = themeCodes(plan.rules);
    const values: Record<string, string | number> = {
      partnership: partnershipName,
      title: 'Importert arbeid',
      sector: {
        KINDERGARTEN: 'Barnehage',
        SCHOOL: 'Skole',
        TEAM_AROUND_CHILD: 'Laget rundt barnet',
      }[ns.sector!],
      themeId: codes.find((c) => c.themeId === ns.themeId && c.depth === 0)!.code,
      themeItemIds: ns.themeItemIds
        .map((id) => codes.find((c) => c.itemId === id)!.code)
        .join(', '),
      localNeeds: ns.localNeeds,
      'goals.longTerm.0': ns.goals.longTerm[0]!.text,
      'goals.subGoals.0': ns.goals.subGoals[0]!.text,
      'measures.0.kind': 'Gjennomføre',
      'measures.0.description': ns.measures[0]!.description,
      'measures.0.goals': 'L1, D1',
      durationYears: 1,
      'budget.0.owner': 200_000,
      'budget.0.institution': 100_000,
      'ownContribution.description': ns.ownContribution.description,
      samiPerspectives: ns.samiPerspectives,
      collectiveLearning: ns.collectiveLearning,
      teacherEducationFeedback: ns.teacherEducationFeedback,
      'coordinator.requested': 'Nei',
      'continuation.continuesEarlierWork': 'Nei',
      'participants.kindergartenStaff': 'Ja',
      'participants.schoolStaff': 'Ja',
      'participants.otherServices': 'PPT',
      contactName: 'Kari Nordmann',
      contactEmail: 'kari@example.no',
      ...change,
    };
    sheet.eachRow((row) => {
      const key = String(row.getCell(TEMPLATE_COLUMNS.key + 1).value ?? '');
      if (key in values) row.getCell(TEMPLATE_COLUMNS.value + 1).value = values[key]!;
    });
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('downloads the round’s template with the plan’s themes and the county’s partnerships', async () => {
    const workbook = await template();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Behovsmelding', 'Lister', 'Temaer']);
    const lists = workbook.getWorksheet('Lister')!;
    const partnerships = await api.db.orm.em
      .getConnection()
      .execute<{ name: string }[]>(
        `select p.name from partnership p join county c on c.id = p.county_id where c.code = 'troms' order by p.name`,
      );
    const listed: string[] = [];
    lists.getColumn(1).eachCell((cell, row) => {
      if (row > 1 && cell.value !== null) listed.push(String(cell.value));
    });
    expect(listed).toEqual(partnerships.map((p) => p.name));
  });

  it('imports filled templates checked as the form is: the faulty cell by row, then all submitted', async () => {
    const demo = generateDemoRound({ seed: 7, statements: 3, year: 2027 });
    const partnerships = await api.db.orm.em
      .getConnection()
      .execute<{ name: string }[]>('select name from partnership where id = ?', [
        world.tromsPartnershipIds[0],
      ]);
    const name = partnerships[0]!.name;
    const ns = demo.needsStatements[0]!;
    const before = await api.db.orm.em
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from needs_statement');
    const bad = await filled(ns, name, { 'budget.0.owner': 'mye', samiPerspectives: '' });
    const good = await filled(ns, name);
    const files = [file('bad.xlsx', bad), file('good.xlsx', good)];
    const preview = (
      await api.graphql(
        PREVIEW_STATEMENTS,
        { input: { roundId: world.tromsRoundId, files } },
        troms,
      )
    ).body.data!.previewNeedsStatementImport;
    expect(preview.canConfirm).toBe(false);
    expect(preview.problems.map((p) => [p.file, p.code, p.column])).toEqual([
      ['bad.xlsx', 'IMPORT_VALUE_UNREADABLE', 'B (Budsjett 2027: eier (kr))'],
      ['bad.xlsx', 'NS_REQUIRED_PART_MISSING', 'B (Hvordan samiske perspektiver ivaretas)'],
    ]);
    expect(preview.problems[0]!.row).toBeGreaterThan(1);
    const refused = await api.graphql(
      CONFIRM_STATEMENTS,
      { input: { roundId: world.tromsRoundId, files, fingerprint: preview.fingerprint } },
      troms,
    );
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');

    const cleanFiles = [
      file('good.xlsx', good),
      file('good-2.xlsx', await filled(ns, name, { title: 'Importert arbeid 2' })),
    ];
    const clean = (
      await api.graphql(
        PREVIEW_STATEMENTS,
        { input: { roundId: world.tromsRoundId, files: cleanFiles } },
        troms,
      )
    ).body.data!.previewNeedsStatementImport;
    expect(clean.problems).toEqual([]);
    expect(clean.statements.map((s) => s.partnershipName)).toEqual([name, name]);
    const done = await api.graphql(
      CONFIRM_STATEMENTS,
      { input: { roundId: world.tromsRoundId, files: cleanFiles, fingerprint: clean.fingerprint } },
      troms,
    );
    expect(done.body.errors).toBeUndefined();
    const ids = done.body.data!.confirmNeedsStatementImport.ids;
    expect(ids).toHaveLength(2);
    const stored = await api.db.orm.em
      .getConnection()
      .execute<{ title: string; status: string; requested_this_year: number }[]>(
        `select title, status, requested_this_year from needs_statement where id in (?, ?) order by title`,
        ids,
      );
    expect(stored).toEqual([
      { title: 'Importert arbeid', status: 'SUBMITTED', requested_this_year: 300_000 },
      { title: 'Importert arbeid 2', status: 'SUBMITTED', requested_this_year: 300_000 },
    ]);
    const after = await api.db.orm.em
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from needs_statement');
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n) + 2);
    // A decided round takes no statements without the office's override: none are written.
    const decided = await api.graphql(
      PREVIEW_STATEMENTS,
      { input: { roundId: world.tromsEarlierRoundId, files: cleanFiles } },
      troms,
    );
    const fingerprint = (decided.body.data as { previewNeedsStatementImport: Preview })
      .previewNeedsStatementImport.fingerprint;
    const wrongPhase = await api.graphql(
      CONFIRM_STATEMENTS,
      { input: { roundId: world.tromsEarlierRoundId, files: cleanFiles, fingerprint } },
      troms,
    );
    expect(['WRONG_PHASE', 'VALIDATION_FAILED']).toContain(
      wrongPhase.body.errors?.[0]?.extensions?.['code'],
    );
    const final = await api.db.orm.em
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from needs_statement');
    expect(final[0]!.n).toBe(after[0]!.n);
    // Another county cannot read Troms' round.
    const other = await api.graphql(
      gql(`query RegisterImport6($id: ID!) { needsStatementTemplate(roundId: $id) { fileName } }`),
      { id: world.tromsRoundId },
      await api.as('ADMIN', 'nordland'),
    );
    expect(other.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
