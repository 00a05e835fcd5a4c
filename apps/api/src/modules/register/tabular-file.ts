import type { Cell, Table } from '@kompetansemidler/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BadUserInputError } from '../../errors/app-error.js';

/** A file the office uploads: its name (for the kind and messages) and its bytes as base64. */
export interface UploadedFile {
  fileName: string;
  contentBase64: string;
}

/** The largest file an import takes (a county's register extract is far smaller). */
export const MAX_IMPORT_FILE_BYTES = 4 * 1024 * 1024;

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The file's bytes, refused when it is not base64, empty or too large (BAD_USER_INPUT). */
export function fileBytes(file: UploadedFile, field = 'file'): Buffer {
  const text = file.contentBase64.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw new BadUserInputError('The file’s content is not base64.', { field });
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0) throw new BadUserInputError('The file is empty.', { field });
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new BadUserInputError(
      `The file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB.`,
      { field },
    );
  }
  return bytes;
}

export function isXlsx(bytes: Buffer): boolean {
  return bytes.subarray(0, 4).equals(XLSX_MAGIC);
}

/** An xlsx workbook from the file's bytes (BAD_USER_INPUT when it cannot be read). */
export async function readWorkbook(bytes: Buffer, field = 'file'): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new BadUserInputError('The file is not a readable xlsx workbook.', { field });
  }
  return workbook;
}

/** A worksheet's rows as plain cells (formulas as their results, rich text as its text). */
export function sheetTable(sheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = plainCell(cell.value);
    });
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
}

function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return plainCell(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return null;
}

/**
 * The first sheet of an xlsx file, or a CSV file's rows: the delimiter is read from the header
 * (`;` as Excel writes it in Norway, `,` or tab), the text as UTF-8 or else Windows-1252.
 */
export async function readTable(file: UploadedFile, field = 'file'): Promise<Table> {
  const bytes = fileBytes(file, field);
  if (isXlsx(bytes)) {
    const workbook = await readWorkbook(bytes, field);
    const sheet = workbook.worksheets[0];
    return sheet ? sheetTable(sheet) : [];
  }
  const text = decodeText(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  try {
    return parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][];
  } catch (error) {
    throw new BadUserInputError(
      `The file is neither an xlsx workbook nor readable CSV (${(error as Error).message}).`,
      { field },
    );
  }
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
