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
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import {
  CONFIRM_STATEMENTS,
  file,
  PREVIEW_STATEMENTS,
  type Headers,
  type Preview,
} from './support/register-import.js';

// The round's needs-statement template over HTTP: downloaded, filled as a partnership would, and
// imported through the same preview and confirmation as the register's files.

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
