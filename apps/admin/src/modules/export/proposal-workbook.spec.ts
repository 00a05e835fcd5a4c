// @vitest-environment node
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buildProposalWorkbook,
  sheetName,
  type ProposalWorkbookData,
} from './proposal-workbook.js';

const labels = {
  overviewSheet: 'Oversikt',
  constraintSheet: 'Begrensninger',
  title: 'Tittel',
  partnership: 'Partnerskap',
  owners: 'Eiere',
  institution: 'UH',
  theme: 'Tema',
  durationYears: 'År',
  requested: 'Søkt',
  granted: 'Tildelt',
  fundedPercent: 'Andel',
  status: 'Status',
  explanation: 'Begrunnelse',
  adjustmentReason: 'Justering',
  total: 'Sum',
  group: 'Gruppe',
  constraint: 'Begrensning',
  amount: 'Beløp',
  lower: 'Nedre',
  limit: 'Øvre',
  percent: 'Prosent',
  ok: 'Innenfor',
  note: 'Merknad',
  yes: 'Ja',
  no: 'Nei',
  scenario: 'Scenario',
  method: 'Metode',
  round: 'Runde',
  createdAt: 'Laget',
};

const line = (title: string, requested: number, granted: number) => ({
  title,
  partnership: 'P',
  owners: 'Tromsø kommune',
  institution: 'UiT',
  theme: 'Tema 1',
  durationYears: 2,
  requestedThisYear: requested,
  grantedThisYear: granted,
  fundedPercent: Math.round((granted / requested) * 10000) / 100,
  status: 'Redusert',
  explanation: 'Fordi.',
  adjustmentReason: null,
});

const data: ProposalWorkbookData = {
  title: 'Forslag til fordeling 2026',
  roundYear: 2026,
  scenarioName: 'Hovedforslag',
  method: 'Rangert',
  createdAt: new Date('2026-03-01T10:00:00Z'),
  totals: [
    { key: 'frame', label: 'Ramme', amount: 10_000_000 },
    { key: 'committed', label: 'Låste midler', amount: 2_000_000 },
    { key: 'grantedNew', label: 'Tildelt nye i år', amount: 1_300_000 },
    { key: 'leftover', label: 'Ikke fordelt', amount: 6_700_000 },
  ],
  sectors: [
    {
      name: 'Barnehage',
      lines: [line('A', 1_000_000, 800_000), line('B', 500_000, 500_000)],
      requestedThisYear: 1_500_000,
      grantedThisYear: 1_300_000,
    },
    { name: 'Skole', lines: [], requestedThisYear: null, grantedThisYear: null },
  ],
  constraints: [
    {
      group: 'Sektor',
      label: 'Barnehage',
      amount: 3_500_000,
      lower: 3_000_000,
      limit: 4_000_000,
      percent: 35,
      ok: true,
      verdict: 'Innenfor',
      note: '',
    },
  ],
  labels,
};

describe('buildProposalWorkbook', () => {
  it('has an overview, one sheet per sector and the constraint report', async () => {
    const buffer = await buildProposalWorkbook(ExcelJS, data).xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(buffer);
    expect(read.worksheets.map((w) => w.name)).toEqual([
      'Oversikt',
      'Barnehage',
      'Skole',
      'Begrensninger',
    ]);
    const sector = read.getWorksheet('Barnehage')!;
    expect(sector.getRow(1).getCell(7).value).toBe('Søkt');
    expect(sector.getRow(2).getCell(1).value).toBe('A');
    // Amounts are numbers with a kroner format, not text.
    expect(sector.getRow(2).getCell(7).value).toBe(1_000_000);
    expect(sector.getRow(2).getCell(8).value).toBe(800_000);
    expect(sector.getRow(2).getCell(8).numFmt).toBe('#,##0 "kr"');
    expect(sector.getRow(4).getCell(1).value).toBe('Sum');
    // Sums are formulas over the lines, with the values they add up to cached.
    expect(sector.getRow(4).getCell(7).value).toEqual({
      formula: 'SUM(G2:G3)',
      result: 1_500_000,
    });
    expect(sector.getRow(4).getCell(8).value).toEqual({
      formula: 'SUM(H2:H3)',
      result: 1_300_000,
    });
    expect(read.getWorksheet('Skole')!.getRow(2).getCell(8).value).toBe(0);
    // The overview's granted is the sector sheets' totals; the leftover follows from it.
    const overview = read.getWorksheet('Oversikt')!;
    const amountCell = (label: string) => {
      let cell: ExcelJS.Cell | null = null;
      overview.eachRow((row) => {
        if (row.getCell(1).value === label) cell = row.getCell(2);
      });
      return cell!.value;
    };
    expect(amountCell('Tildelt nye i år')).toEqual({
      formula: "'Barnehage'!H4+'Skole'!H2",
      result: 1_300_000,
    });
    expect(amountCell('Ikke fordelt')).toEqual({ formula: 'B7-B8-B9', result: 6_700_000 });
    expect(overview.getRow(5).getCell(2).numFmt).toBe('dd.mm.yyyy');
    const report = read.getWorksheet('Begrensninger')!;
    expect(report.getRow(2).getCell(3).value).toBe(3_500_000);
    expect(report.getRow(2).getCell(7).value).toBe('Innenfor');
  });

  it('makes sheet names Excel accepts', () => {
    expect(sheetName('Laget rundt barnet: skole/barnehage [test]')).toBe(
      'Laget rundt barnet  skole barne',
    );
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});
