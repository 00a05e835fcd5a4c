import type { ValidationProblem } from '../common/validation-problem.js';
import { importProblem, type ImportProblem } from './table.js';

export const IMPORT_ENTITIES = [
  'OWNER',
  'UNIT',
  'INDICATOR_FIGURE',
  'COMMITMENT',
  'NEEDS_STATEMENT',
] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export type ChangeAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

/** One row's effect on the register: what it creates or changes, or that it changes nothing. */
export interface PlannedChange<T> {
  action: ChangeAction;
  /** The existing row's id (UPDATE, UNCHANGED); null for CREATE. */
  id: string | null;
  /** The spreadsheet row it comes from. */
  row: number;
  record: T;
}

export interface ImportSummaryLine {
  entity: ImportEntity;
  created: number;
  updated: number;
  unchanged: number;
}

/** What an import would do, and every problem it has; nothing is written while there are any. */
export interface ImportPlan {
  problems: ImportProblem[];
  summary: ImportSummaryLine[];
  /** Data rows read (blank rows not counted). */
  rows: number;
}

export function summarise<T>(
  entity: ImportEntity,
  changes: readonly PlannedChange<T>[],
): ImportSummaryLine {
  return {
    entity,
    created: changes.filter((c) => c.action === 'CREATE').length,
    updated: changes.filter((c) => c.action === 'UPDATE').length,
    unchanged: changes.filter((c) => c.action === 'UNCHANGED').length,
  };
}

/**
 * A record's validation problems at the row it came from: each field path is mapped to the
 * column the value was read from (the whole row when no column holds it).
 */
export function atRow(
  problems: readonly ValidationProblem[],
  row: number,
  columnOf: (path: readonly (string | number)[]) => { key: string; header: string } | null,
): ImportProblem[] {
  return problems.map((p) => {
    const column = columnOf(p.path);
    return importProblem(
      row,
      column?.header ?? null,
      column?.key ?? null,
      p.code,
      p.message.nb,
      p.message.en,
    );
  });
}

/** Problems in the order a person reads the file: by row, then column. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').localeCompare(b.column ?? '', 'nb') ||
      a.code.localeCompare(b.code),
  );
}
