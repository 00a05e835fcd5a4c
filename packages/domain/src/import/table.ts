import type { ValidationProblem } from '../common/validation-problem.js';
import { OWNERSHIPS, SECTORS, type Ownership, type Sector } from '../plan/sector.js';
import { normaliseOrgnr } from '../register/owner-record.js';
import { UNIT_KINDS, type UnitKind } from '../register/unit-record.js';

/** A cell as a spreadsheet or CSV file gives it. */
export type Cell = string | number | boolean | Date | null;

/** A sheet as rows of cells; the first row holds the column headers. */
export type Table = readonly (readonly Cell[])[];

export type ImportProblemCode =
  | 'IMPORT_EMPTY'
  | 'IMPORT_COLUMN_MISSING'
  | 'IMPORT_COLUMN_TWICE'
  | 'IMPORT_VALUE_REQUIRED'
  | 'IMPORT_VALUE_UNREADABLE'
  | 'IMPORT_ROW_CONFLICT'
  | 'IMPORT_ROW_REPEATED'
  | 'IMPORT_TOO_MANY_ROWS';

/**
 * A problem of an imported file, where a person finds it: the spreadsheet row (1 is the header;
 * null for the file as a whole) and the column as its header reads (null for the whole row). The
 * path is [row, field key], so a problem also reads as a validation problem.
 */
export interface ImportProblem extends ValidationProblem {
  row: number | null;
  column: string | null;
}

/** Most data rows one import takes (a county's register extract is a few thousand rows). */
export const MAX_IMPORT_ROWS = 20_000;

/** A column an import reads: its key, and the header texts (any case, spacing) it is known by. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  /** The header the office's template uses; the first is shown in messages. */
  labels: readonly string[];
  required?: boolean;
}

/** Where each known column is, and its header as written. */
export interface ColumnMap<K extends string> {
  index: Partial<Record<K, number>>;
  header: Partial<Record<K, string>>;
}

/** A header as compared: lower case, without punctuation, parentheses or repeated spaces. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function importProblem(
  row: number | null,
  column: string | null,
  key: string | null,
  code: string,
  nb: string,
  en: string,
): ImportProblem {
  const path: (string | number)[] = [];
  if (row !== null) path.push(row);
  if (key !== null) path.push(key);
  return { code, path, message: { nb, en }, row, column };
}

/** Finds the columns of `specs` in the header row; every missing required column is a problem. */
export function matchColumns<K extends string>(
  table: Table,
  specs: readonly ColumnSpec<K>[],
): { columns: ColumnMap<K>; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const columns: ColumnMap<K> = { index: {}, header: {} };
  const header = table[0] ?? [];
  if (table.length === 0 || header.every((cell) => cellText(cell) === '')) {
    problems.push(
      importProblem(
        null,
        null,
        null,
        'IMPORT_EMPTY',
        'Filen er tom: første rad må ha kolonneoverskriftene.',
        'The file is empty: its first row must hold the column headers.',
      ),
    );
    return { columns, problems };
  }
  header.forEach((cell, index) => {
    const text = cellText(cell);
    const normal = normaliseHeader(text);
    if (normal === '') return;
    const spec = specs.find((s) => s.labels.some((label) => normaliseHeader(label) === normal));
    if (!spec) return;
    if (columns.index[spec.key] !== undefined) {
      problems.push(
        importProblem(
          1,
          text,
          spec.key,
          'IMPORT_COLUMN_TWICE',
          `Kolonnen «${text}» finnes to ganger; bare den første leses.`,
          `The column "${text}" appears twice; only the first is read.`,
        ),
      );
      return;
    }
    columns.index[spec.key] = index;
    columns.header[spec.key] = text;
  });
  for (const spec of specs) {
    if (spec.required && columns.index[spec.key] === undefined) {
      problems.push(
        importProblem(
          1,
          spec.labels[0] ?? spec.key,
          spec.key,
          'IMPORT_COLUMN_MISSING',
          `Filen mangler kolonnen «${spec.labels[0]}».`,
          `The file lacks the column "${spec.labels[0]}".`,
        ),
      );
    }
  }
  if (table.length - 1 > MAX_IMPORT_ROWS) {
    problems.push(
      importProblem(
        null,
        null,
        null,
        'IMPORT_TOO_MANY_ROWS',
        `Filen har ${table.length - 1} rader; del den opp i filer på høyst ${MAX_IMPORT_ROWS} rader.`,
        `The file has ${table.length - 1} rows; split it into files of at most ${MAX_IMPORT_ROWS} rows.`,
      ),
    );
  }
  return { columns, problems };
}

/** A cell's text as a person reads it (numbers without grouping, dates as ISO dates). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nei';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return cell.replace(/\u00a0/g, ' ').trim();
}

/** Whether a row has nothing in it (trailing blank rows of a sheet are skipped). */
export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every((cell) => cellText(cell) === '');
}

/**
 * Reads the cells of one data row. Each reader gives a value, or null for an empty cell; an
 * unreadable or missing required value becomes a problem at its row and column.
 */
export class RowReader<K extends string> {
  readonly problems: ImportProblem[] = [];

  constructor(
    private readonly row: readonly Cell[],
    /** The spreadsheet row number (the header is row 1). */
    readonly rowNumber: number,
    private readonly columns: ColumnMap<K>,
    private readonly labels: Record<K, string>,
  ) {}

  /** The header of a column as the file writes it (the template's name when it is absent). */
  header(key: K): string {
    return this.columns.header[key] ?? this.labels[key];
  }

  has(key: K): boolean {
    return this.columns.index[key] !== undefined;
  }

  raw(key: K): Cell {
    const index = this.columns.index[key];
    return index === undefined ? null : (this.row[index] ?? null);
  }

  text(key: K, options: { required?: boolean } = {}): string | null {
    const text = cellText(this.raw(key));
    if (text === '') {
      if (options.required) this.missing(key);
      return null;
    }
    return text;
  }

  /** A value read with `parse`; `expected` says in words what the cell should hold. */
  parsed<T>(
    key: K,
    parse: (cell: Cell, text: string) => T | undefined,
    expected: { nb: string; en: string },
    options: { required?: boolean } = {},
  ): T | null {
    const cell = this.raw(key);
    const text = cellText(cell);
    if (text === '') {
      if (options.required) this.missing(key);
      return null;
    }
    const value = parse(cell, text);
    if (value === undefined) {
      this.add(
        key,
        'IMPORT_VALUE_UNREADABLE',
        `«${text}» i kolonnen «${this.header(key)}» kan ikke leses: skriv ${expected.nb}.`,
        `"${text}" in the column "${this.header(key)}" cannot be read: write ${expected.en}.`,
      );
      return null;
    }
    return value;
  }

  integer(key: K, options: { required?: boolean } = {}): number | null {
    return this.parsed(key, readInteger, { nb: 'et heltall', en: 'a whole number' }, options);
  }

  kroner(key: K, options: { required?: boolean } = {}): number | null {
    return this.parsed(
      key,
      readInteger,
      { nb: 'hele kroner, for eksempel 250 000', en: 'whole kroner, e.g. 250 000' },
      options,
    );
  }

  decimal(key: K, options: { required?: boolean } = {}): number | null {
    return this.parsed(
      key,
      readDecimal,
      { nb: 'et tall, for eksempel 12,5', en: 'a number, e.g. 12.5' },
      options,
    );
  }

  add(key: K | null, code: string, nb: string, en: string): void {
    this.problems.push(
      importProblem(this.rowNumber, key === null ? null : this.header(key), key, code, nb, en),
    );
  }

  private missing(key: K): void {
    this.add(
      key,
      'IMPORT_VALUE_REQUIRED',
      `Kolonnen «${this.header(key)}» er tom.`,
      `The column "${this.header(key)}" is empty.`,
    );
  }
}

const GROUPED_INTEGER = /^[+-]?\d{1,3}(?:[ .]\d{3})+$/;

/** A whole number: `250000`, `250 000`, `250.000`, `250 000 kr`, or a number cell. */
export function readInteger(cell: Cell, text: string): number | undefined {
  if (typeof cell === 'number') return Number.isSafeInteger(cell) ? cell : undefined;
  const bare = text.replace(/\s*(kr|nok|,-)\.?$/i, '').trim();
  const digits = GROUPED_INTEGER.test(bare) ? bare.replace(/[ .]/g, '') : bare;
  if (!/^[+-]?\d+$/.test(digits)) return undefined;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A number with a decimal comma or point: `12,5`, `1 234,5`, `12.5`, or a number cell. */
export function readDecimal(cell: Cell, text: string): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const bare = text.replace(/\s*%$/, '').replace(/[\s\u00a0]/g, '');
  const normal = bare.includes(',') ? bare.replace(/\./g, '').replace(',', '.') : bare;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normal)) return undefined;
  return Number(normal);
}

/** An organisation number as written (spaces removed); checked by the register's rules. */
export function readOrgnr(cell: Cell, text: string): string | undefined {
  if (typeof cell === 'number') return Number.isSafeInteger(cell) ? String(cell) : undefined;
  const digits = normaliseOrgnr(text);
  return /^\d+$/.test(digits) ? digits : undefined;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', 'true', 'sann', '1']);
const NO = new Set(['nei', 'n', 'no', 'false', 'usann', '0']);

export function readYesNo(cell: Cell, text: string): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  const t = text.toLocaleLowerCase('nb');
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

const OWNERSHIP_WORDS: Record<string, Ownership> = {
  offentlig: 'PUBLIC',
  kommunal: 'PUBLIC',
  kommune: 'PUBLIC',
  public: 'PUBLIC',
  privat: 'PRIVATE',
  private: 'PRIVATE',
  ikkekommunal: 'PRIVATE',
};

export function readOwnership(_cell: Cell, text: string): Ownership | undefined {
  const key = normaliseHeader(text).replace(/\s/g, '');
  if ((OWNERSHIPS as readonly string[]).includes(text.toUpperCase())) {
    return text.toUpperCase() as Ownership;
  }
  return OWNERSHIP_WORDS[key];
}

const SECTOR_WORDS: Record<string, Sector> = {
  barnehage: 'KINDERGARTEN',
  skole: 'SCHOOL',
  grunnskole: 'SCHOOL',
  lagetrundtbarnet: 'TEAM_AROUND_CHILD',
  lrb: 'TEAM_AROUND_CHILD',
};

export function readSector(_cell: Cell, text: string): Sector | undefined {
  if ((SECTORS as readonly string[]).includes(text.toUpperCase())) {
    return text.toUpperCase() as Sector;
  }
  return SECTOR_WORDS[normaliseHeader(text).replace(/\s/g, '')];
}

const UNIT_KIND_WORDS: Record<string, UnitKind> = {
  barnehage: 'KINDERGARTEN',
  skole: 'SCHOOL',
  grunnskole: 'SCHOOL',
};

export function readUnitKind(_cell: Cell, text: string): UnitKind | undefined {
  if ((UNIT_KINDS as readonly string[]).includes(text.toUpperCase())) {
    return text.toUpperCase() as UnitKind;
  }
  return UNIT_KIND_WORDS[normaliseHeader(text).replace(/\s/g, '')];
}

/** Years written as `2022, 2024` or `2022–2024` (a span gives every year in it). */
export function readYears(cell: Cell, text: string): number[] | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? [cell] : undefined;
  const years: number[] = [];
  for (const part of text.split(/[,;\s]+/).filter((p) => p !== '')) {
    const span = /^(\d{4})[-–](\d{4})$/.exec(part);
    if (span) {
      const from = Number(span[1]);
      const to = Number(span[2]);
      if (to < from || to - from > 50) return undefined;
      for (let y = from; y <= to; y++) years.push(y);
    } else if (/^\d{4}$/.test(part)) {
      years.push(Number(part));
    } else {
      return undefined;
    }
  }
  return years;
}

/** The labels of a spec list by key (what a RowReader names a column when the file lacks it). */
export function labelsOf<K extends string>(specs: readonly ColumnSpec<K>[]): Record<K, string> {
  return Object.fromEntries(specs.map((s) => [s.key, s.labels[0] ?? s.key])) as Record<K, string>;
}
