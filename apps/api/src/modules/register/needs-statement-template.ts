import {
  SECTOR_LABELS,
  TEMPLATE_COLUMNS,
  TEMPLATE_LISTS_SHEET,
  TEMPLATE_SHEET,
  TEMPLATE_THEMES_SHEET,
  type NeedsStatementTemplate,
} from '@kompetansemidler/domain';
import ExcelJS from 'exceljs';

const INPUT_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF8DC' },
};
const HEADING_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDDE5ED' },
};
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFB0B0B0' } },
  bottom: { style: 'thin', color: { argb: 'FFB0B0B0' } },
  left: { style: 'thin', color: { argb: 'FFB0B0B0' } },
  right: { style: 'thin', color: { argb: 'FFB0B0B0' } },
};

const column = (index: number) => String.fromCharCode(65 + index);

/**
 * The template as an xlsx workbook: the statement sheet (label, value to fill in, hint, and a
 * hidden key column the import reads rows by), the plan's themes and items with their codes, and
 * the lists the choices come from (drop-downs in the value column).
 */
export async function templateWorkbook(template: NeedsStatementTemplate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kompetansemidler';
  workbook.created = new Date(Date.UTC(template.roundYear - 1, 11, 1));
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET);
  const lists = workbook.addWorksheet(TEMPLATE_LISTS_SHEET);
  const themes = workbook.addWorksheet(TEMPLATE_THEMES_SHEET);

  const listRange = new Map<string, string>();
  template.lists.forEach((list, index) => {
    const col = column(index);
    lists.getColumn(index + 1).width = Math.min(
      80,
      Math.max(14, ...list.values.map((v) => v.length + 2), list.title.length + 2),
    );
    const title = lists.getCell(`${col}1`);
    title.value = list.title;
    title.font = { bold: true };
    list.values.forEach((value, k) => {
      lists.getCell(`${col}${k + 2}`).value = value;
    });
    if (list.values.length > 0) {
      listRange.set(
        list.key,
        `'${TEMPLATE_LISTS_SHEET}'!$${col}$2:$${col}$${list.values.length + 1}`,
      );
    }
  });

  sheet.getColumn(TEMPLATE_COLUMNS.label + 1).width = 48;
  sheet.getColumn(TEMPLATE_COLUMNS.value + 1).width = 70;
  sheet.getColumn(TEMPLATE_COLUMNS.hint + 1).width = 55;
  const keyColumn = sheet.getColumn(TEMPLATE_COLUMNS.key + 1);
  keyColumn.width = 12;
  keyColumn.hidden = true;
  for (const line of template.lines) {
    const row = sheet.addRow([]);
    const label = row.getCell(TEMPLATE_COLUMNS.label + 1);
    if (line.kind !== 'field') {
      label.value = line.text;
      if (line.kind === 'title') label.font = { bold: true, size: 14 };
      if (line.kind === 'note') label.font = { italic: true };
      if (line.kind === 'heading') {
        label.font = { bold: true };
        for (let c = 1; c <= 3; c++) row.getCell(c).fill = HEADING_FILL;
      }
      continue;
    }
    const { field } = line;
    label.value = field.required ? `${field.label} *` : field.label;
    label.alignment = { vertical: 'top', wrapText: true };
    const value = row.getCell(TEMPLATE_COLUMNS.value + 1);
    value.fill = INPUT_FILL;
    value.border = THIN;
    value.alignment = { vertical: 'top', wrapText: true };
    value.protection = { locked: false };
    if (field.kind === 'kroner' || field.kind === 'integer') value.numFmt = '# ##0';
    if (field.kind === 'longText') row.height = 60;
    const range = field.list ? listRange.get(field.list) : undefined;
    if (range) {
      value.dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [range],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: field.label,
        error: 'Velg en verdi fra listen.',
      };
    }
    if (field.hint) {
      const hint = row.getCell(TEMPLATE_COLUMNS.hint + 1);
      hint.value = field.hint;
      hint.font = { italic: true, color: { argb: 'FF555555' } };
      hint.alignment = { vertical: 'top', wrapText: true };
    }
    row.getCell(TEMPLATE_COLUMNS.key + 1).value = field.key;
  }

  themes.columns = [
    { header: 'Kode', width: 10 },
    { header: 'Sektor', width: 20 },
    { header: 'Tema og underpunkter', width: 100 },
  ];
  themes.getRow(1).font = { bold: true };
  for (const theme of template.themes) {
    const row = themes.addRow([
      theme.code,
      SECTOR_LABELS[theme.sector].nb,
      `${'   '.repeat(theme.depth)}${theme.title}`,
    ]);
    if (theme.depth === 0) row.font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
