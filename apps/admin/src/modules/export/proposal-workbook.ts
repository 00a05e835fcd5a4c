import type ExcelJSModule from 'exceljs';

type ExcelJS = typeof ExcelJSModule;

/** One statement's line in a sector sheet. Amounts are whole kroner from the API. */
export interface WorkbookLine {
  title: string;
  partnership: string;
  owners: string;
  institution: string;
  theme: string;
  durationYears: number | null;
  requestedThisYear: number;
  grantedThisYear: number;
  /** Granted ÷ requested in percent, as the API computed it. */
  fundedPercent: number;
  status: string;
  explanation: string;
  adjustmentReason: string | null;
}

export interface WorkbookSector {
  /** Sheet name (≤ 31 characters, e.g. "Barnehage"). */
  name: string;
  lines: WorkbookLine[];
  /** The sector's totals from the API's constraint report. */
  requestedThisYear: number | null;
  grantedThisYear: number | null;
}

export interface WorkbookConstraint {
  group: string;
  label: string;
  /** Kroner. */
  amount: number;
  /** Kroner; the cap or the band's upper edge. */
  limit: number | null;
  lower: number | null;
  /** Percent of the frame, as the API reports it. */
  percent: number | null;
  ok: boolean;
  /** The verdict in words: Innenfor, Brutt, Brutt, overstyrt, Advarsel (an assumption), Til informasjon. */
  verdict: string;
  note: string;
}

export interface ProposalWorkbookData {
  title: string;
  roundYear: number;
  scenarioName: string;
  method: string;
  createdAt: Date;
  /**
   * The overview's amounts. `grantedNew` becomes the sum of the sector sheets' totals and
   * `leftover` frame − committed − granted, as formulas, so the sheets always agree.
   */
  totals: {
    label: string;
    amount: number;
    key?: 'frame' | 'committed' | 'grantedNew' | 'leftover';
  }[];
  sectors: WorkbookSector[];
  constraints: WorkbookConstraint[];
  labels: WorkbookLabels;
}

/** The workbook's column headings and fixed words, from i18n. */
export interface WorkbookLabels {
  overviewSheet: string;
  constraintSheet: string;
  title: string;
  partnership: string;
  owners: string;
  institution: string;
  theme: string;
  durationYears: string;
  requested: string;
  granted: string;
  fundedPercent: string;
  status: string;
  explanation: string;
  adjustmentReason: string;
  total: string;
  group: string;
  constraint: string;
  amount: string;
  lower: string;
  limit: string;
  percent: string;
  ok: string;
  note: string;
  yes: string;
  no: string;
  scenario: string;
  method: string;
  round: string;
  createdAt: string;
}

const KRONER = '#,##0 "kr"';
const PERCENT = '0.0 "%"';

/** Excel allows ≤ 31 characters and none of []:*?/\ in a sheet name. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/**
 * The proposal for the forum meeting as an xlsx workbook: an overview, one sheet per sector and
 * the constraint report. Amounts are numbers with a kroner format, never text.
 */
export function buildProposalWorkbook(excel: ExcelJS, data: ProposalWorkbookData) {
  const { labels } = data;
  const workbook = new excel.Workbook();
  workbook.creator = 'Kompetansemidler';
  workbook.created = data.createdAt;
  workbook.title = data.title;

  const overview = workbook.addWorksheet(sheetName(labels.overviewSheet));
  overview.columns = [{ width: 36 }, { width: 22 }];
  overview.addRow([data.title]).font = { bold: true, size: 14 };
  overview.addRow([labels.round, data.roundYear]);
  overview.addRow([labels.scenario, data.scenarioName]);
  overview.addRow([labels.method, data.method]);
  const created = overview.addRow([labels.createdAt, data.createdAt]);
  created.getCell(2).numFmt = 'dd.mm.yyyy';
  overview.addRow([]);
  const totalRows = data.totals.map((total) => {
    const row = overview.addRow([total.label, total.amount]);
    row.getCell(2).numFmt = KRONER;
    return { total, row };
  });

  /** Each sector sheet's granted total: its cell and the value it sums to. */
  const sectorTotals: { ref: string; value: number }[] = [];
  for (const sector of data.sectors) {
    const sheet = workbook.addWorksheet(sheetName(sector.name), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = [
      { header: labels.title, key: 'title', width: 40 },
      { header: labels.partnership, key: 'partnership', width: 30 },
      { header: labels.owners, key: 'owners', width: 30 },
      { header: labels.institution, key: 'institution', width: 26 },
      { header: labels.theme, key: 'theme', width: 26 },
      { header: labels.durationYears, key: 'durationYears', width: 8 },
      { header: labels.requested, key: 'requested', width: 16, style: { numFmt: KRONER } },
      { header: labels.granted, key: 'granted', width: 16, style: { numFmt: KRONER } },
      { header: labels.fundedPercent, key: 'fundedPercent', width: 10, style: { numFmt: PERCENT } },
      { header: labels.status, key: 'status', width: 16 },
      { header: labels.explanation, key: 'explanation', width: 60 },
      { header: labels.adjustmentReason, key: 'adjustmentReason', width: 40 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const line of sector.lines) {
      sheet.addRow({
        title: line.title,
        partnership: line.partnership,
        owners: line.owners,
        institution: line.institution,
        theme: line.theme,
        durationYears: line.durationYears,
        requested: line.requestedThisYear,
        granted: line.grantedThisYear,
        fundedPercent: line.fundedPercent,
        status: line.status,
        explanation: line.explanation,
        adjustmentReason: line.adjustmentReason ?? '',
      });
    }
    // The sums are formulas over the lines; their cached results are what the lines add up to.
    const first = 2;
    const last = sheet.rowCount;
    const sumOf = (column: string, pick: (l: WorkbookLine) => number) =>
      last >= first
        ? {
            formula: `SUM(${column}${first}:${column}${last})`,
            result: sector.lines.reduce((a, l) => a + pick(l), 0),
          }
        : 0;
    const requested = sumOf('G', (l) => l.requestedThisYear);
    const granted = sumOf('H', (l) => l.grantedThisYear);
    const total = sheet.addRow({ title: labels.total, requested, granted });
    total.font = { bold: true };
    sectorTotals.push({
      ref: `'${sheet.name.replace(/'/g, "''")}'!H${total.number}`,
      value: typeof granted === 'number' ? granted : granted.result,
    });
  }

  const cellOf = (key: string) => totalRows.find((r) => r.total.key === key)?.row.getCell(2);
  const grantedCell = cellOf('grantedNew');
  if (grantedCell && sectorTotals.length > 0) {
    grantedCell.value = {
      formula: sectorTotals.map((s) => s.ref).join('+'),
      result: sectorTotals.reduce((a, s) => a + s.value, 0),
    };
  }
  const [frameCell, committedCell, leftoverCell] = ['frame', 'committed', 'leftover'].map(cellOf);
  if (frameCell && committedCell && grantedCell && leftoverCell) {
    const amount = (cell: typeof frameCell) => {
      const v = cell.value;
      return typeof v === 'number' ? v : Number((v as { result?: number }).result ?? 0);
    };
    leftoverCell.value = {
      formula: `${frameCell.address}-${committedCell.address}-${grantedCell.address}`,
      result: amount(frameCell) - amount(committedCell) - amount(grantedCell),
    };
  }

  const report = workbook.addWorksheet(sheetName(labels.constraintSheet), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  report.columns = [
    { header: labels.group, key: 'group', width: 24 },
    { header: labels.constraint, key: 'label', width: 36 },
    { header: labels.amount, key: 'amount', width: 16, style: { numFmt: KRONER } },
    { header: labels.lower, key: 'lower', width: 16, style: { numFmt: KRONER } },
    { header: labels.limit, key: 'limit', width: 16, style: { numFmt: KRONER } },
    { header: labels.percent, key: 'percent', width: 10, style: { numFmt: PERCENT } },
    { header: labels.ok, key: 'ok', width: 10 },
    { header: labels.note, key: 'note', width: 60 },
  ];
  report.getRow(1).font = { bold: true };
  for (const c of data.constraints) {
    report.addRow({
      group: c.group,
      label: c.label,
      amount: c.amount,
      lower: c.lower ?? undefined,
      limit: c.limit ?? undefined,
      percent: c.percent ?? undefined,
      ok: c.verdict,
      note: c.note,
    });
  }
  return workbook;
}
