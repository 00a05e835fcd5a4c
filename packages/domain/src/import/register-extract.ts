import type { Ownership } from '../plan/sector.js';
import { normaliseYears, validateOwner, type OwnerRecord } from '../register/owner-record.js';
import { comparableText } from '../register/register-problem.js';
import { validateUnit, type UnitKind, type UnitRecord } from '../register/unit-record.js';
import {
  atRow,
  sortProblems,
  summarise,
  type ImportPlan,
  type PlannedChange,
} from './import-plan.js';
import {
  isBlankRow,
  labelsOf,
  matchColumns,
  readOrgnr,
  readOwnership,
  readUnitKind,
  readYears,
  RowReader,
  type ColumnSpec,
  type Table,
} from './table.js';

export type RegisterColumn =
  | 'ownerOrgnr'
  | 'ownerName'
  | 'ownership'
  | 'municipality'
  | 'participation'
  | 'unitName'
  | 'unitKind'
  | 'registerId';

/**
 * The columns of a register extract (from NSR/NBR or the office's own list): one row per unit
 * with its owner, or one row per owner with the unit columns left empty.
 */
export const REGISTER_EXTRACT_COLUMNS: readonly ColumnSpec<RegisterColumn>[] = [
  {
    key: 'ownerOrgnr',
    labels: [
      'Eiers organisasjonsnummer',
      'Eier organisasjonsnummer',
      'Organisasjonsnummer eier',
      'Eiers orgnr',
      'Eier orgnr',
      'Orgnr eier',
      'Organisasjonsnummer',
      'Orgnr',
    ],
    required: true,
  },
  {
    key: 'ownerName',
    labels: ['Eiers navn', 'Eier', 'Navn eier', 'Eier navn', 'Navn'],
    required: true,
  },
  { key: 'ownership', labels: ['Eierform', 'Eierskap', 'Offentlig/privat'], required: true },
  {
    key: 'municipality',
    labels: ['Kommunenummer', 'Kommunenr', 'Kommune nr', 'Kommune'],
    required: true,
  },
  {
    key: 'participation',
    labels: ['Deltatt år', 'Deltakelse', 'Deltatt', 'Deltakelsesår'],
  },
  {
    key: 'unitName',
    labels: ['Enhetens navn', 'Enhet', 'Navn enhet', 'Enhetsnavn', 'Barnehage/skole'],
  },
  { key: 'unitKind', labels: ['Enhetstype', 'Type', 'Skoleslag', 'Barnehage eller skole'] },
  {
    key: 'registerId',
    labels: [
      'NSR/NBR-id',
      'NSR-id',
      'NBR-id',
      'Enhetens organisasjonsnummer',
      'Organisasjonsnummer enhet',
      'Orgnr enhet',
      'Enhet orgnr',
    ],
  },
];

const LABELS = labelsOf(REGISTER_EXTRACT_COLUMNS);

/** What the register holds now, as the import compares with it. */
export interface RegisterSnapshot {
  municipalities: readonly { number: string; name: string }[];
  owners: readonly {
    id: string;
    orgnr: string;
    name: string;
    ownership: Ownership;
    municipalityNumber: string | null;
    participationYears: readonly number[];
    archived: boolean;
  }[];
  units: readonly {
    id: string;
    ownerOrgnr: string;
    name: string;
    kind: UnitKind;
    registerId: string | null;
    archived: boolean;
  }[];
}

export interface UnitChange extends UnitRecord {
  ownerOrgnr: string;
}

export interface RegisterImportPlan extends ImportPlan {
  owners: PlannedChange<OwnerRecord>[];
  units: PlannedChange<UnitChange>[];
}

const OWNER_FIELD: Record<string, RegisterColumn> = {
  orgnr: 'ownerOrgnr',
  name: 'ownerName',
  ownership: 'ownership',
  municipalityNumber: 'municipality',
  participationYears: 'participation',
};
const UNIT_FIELD: Record<string, RegisterColumn> = {
  name: 'unitName',
  kind: 'unitKind',
  registerId: 'registerId',
  ownerId: 'ownerOrgnr',
};

/**
 * What a register extract would change: owners by organisation number and units by register id
 * (or by owner and name), each checked by the register's rules, every problem at its row and
 * column. Rows of the same owner must agree on it.
 */
export function planRegisterImport(table: Table, snapshot: RegisterSnapshot): RegisterImportPlan {
  const { columns, problems } = matchColumns(table, REGISTER_EXTRACT_COLUMNS);
  const plan: RegisterImportPlan = { owners: [], units: [], problems, summary: [], rows: 0 };
  if (problems.some((p) => p.code !== 'IMPORT_COLUMN_TWICE')) return plan;

  const existingOwners = new Map(snapshot.owners.map((o) => [o.orgnr, o]));
  const municipalityNumbers = new Set(snapshot.municipalities.map((m) => m.number));
  const fileOwners = new Map<string, { record: OwnerRecord; row: number }>();
  const fileRegisterIds = new Map<string, number>();
  const matchedUnits = new Set<string>();

  for (let r = 1; r < table.length; r++) {
    const cells = table[r] ?? [];
    if (isBlankRow(cells)) continue;
    plan.rows += 1;
    const row = new RowReader(cells, r + 1, columns, LABELS);
    const unit = readRow(row, snapshot, fileOwners, fileRegisterIds);
    plan.problems.push(...row.problems);
    if (!unit) continue;
    const match =
      (unit.registerId !== null
        ? snapshot.units.find((u) => u.registerId === unit.registerId)
        : undefined) ??
      snapshot.units.find(
        (u) =>
          !matchedUnits.has(u.id) &&
          u.ownerOrgnr === unit.ownerOrgnr &&
          comparableText(u.name) === comparableText(unit.name),
      );
    if (match) matchedUnits.add(match.id);
    const merged: UnitChange = {
      ...unit,
      registerId: unit.registerId ?? match?.registerId ?? null,
    };
    const takenRegisterIds = new Set(
      snapshot.units
        .filter((u) => u.registerId !== null && u.id !== match?.id)
        .map((u) => u.registerId as string),
    );
    const unitProblems = validateUnit(merged, {
      owner: { archived: existingOwners.get(unit.ownerOrgnr)?.archived ?? false },
      takenRegisterIds,
    });
    plan.problems.push(
      ...atRow(unitProblems, row.rowNumber, (path) => column(row, UNIT_FIELD, path)),
    );
    plan.units.push({
      action: !match ? 'CREATE' : sameUnit(match, merged) ? 'UNCHANGED' : 'UPDATE',
      id: match?.id ?? null,
      row: row.rowNumber,
      record: merged,
    });
  }

  for (const [orgnr, { record, row }] of fileOwners) {
    const existing = existingOwners.get(orgnr);
    const merged: OwnerRecord = {
      ...record,
      participationYears: normaliseYears([
        ...(existing?.participationYears ?? []),
        ...record.participationYears,
      ]),
    };
    const ownerProblems = validateOwner(
      { ...record, participationYears: normaliseYears(record.participationYears) },
      {
        municipalityNumbers,
        takenOrgnrs: new Set(),
      },
    );
    plan.problems.push(
      ...atRow(ownerProblems, row, (path) => ({
        key: OWNER_FIELD[String(path[0])] ?? 'ownerOrgnr',
        header: columnHeader(columns.header, OWNER_FIELD[String(path[0])] ?? 'ownerOrgnr'),
      })),
    );
    plan.owners.push({
      action: !existing ? 'CREATE' : sameOwner(existing, merged) ? 'UNCHANGED' : 'UPDATE',
      id: existing?.id ?? null,
      row,
      record: merged,
    });
  }
  plan.owners.sort((a, b) => a.row - b.row);
  plan.problems = sortProblems(plan.problems);
  plan.summary = [summarise('OWNER', plan.owners), summarise('UNIT', plan.units)];
  return plan;
}

/**
 * Reads one row: its owner (added to the file's owners, or checked against the row that first
 * named it) and its unit, if the row has one. Problems go to the row's reader.
 */
function readRow(
  row: RowReader<RegisterColumn>,
  snapshot: RegisterSnapshot,
  fileOwners: Map<string, { record: OwnerRecord; row: number }>,
  fileRegisterIds: Map<string, number>,
): UnitChange | null {
  const orgnr = row.parsed(
    'ownerOrgnr',
    readOrgnr,
    { nb: 'ni siffer', en: 'nine digits' },
    { required: true },
  );
  const name = row.text('ownerName', { required: true });
  const ownership = row.parsed(
    'ownership',
    readOwnership,
    { nb: '«offentlig» eller «privat»', en: '"offentlig" (public) or "privat" (private)' },
    { required: true },
  );
  const municipality = row.text('municipality');
  const years = row.parsed('participation', readYears, {
    nb: 'årstall skilt med komma, for eksempel 2022, 2024',
    en: 'years separated by commas, e.g. 2022, 2024',
  });
  const unitName = row.text('unitName');
  const unitKind = row.parsed('unitKind', readUnitKind, {
    nb: '«barnehage» eller «skole»',
    en: '"barnehage" (kindergarten) or "skole" (school)',
  });
  const registerId = row.parsed('registerId', readOrgnr, {
    nb: 'enhetens organisasjonsnummer (ni siffer)',
    en: "the unit's organisation number (nine digits)",
  });
  if (orgnr === null || name === null || ownership === null) return null;
  const record: OwnerRecord = {
    orgnr,
    name,
    ownership,
    municipalityNumber: municipality
      ? resolveMunicipality(municipality, snapshot.municipalities)
      : null,
    participationYears: years ?? [],
  };
  if (!takeOwner(record, row, fileOwners)) return null;
  const unreadable = (key: RegisterColumn) => row.problems.some((p) => p.path[1] === key);
  // An owner's row (no unit), unless a unit column held something unreadable.
  if (unitName === null && unitKind === null && registerId === null) return null;
  if (unitName === null) missing(row, 'unitName');
  if (unitKind === null && !unreadable('unitKind')) missing(row, 'unitKind');
  if (unitName === null || unitKind === null) return null;
  if (registerId !== null) {
    const first = fileRegisterIds.get(registerId);
    if (first !== undefined) {
      row.add(
        'registerId',
        'IMPORT_ROW_REPEATED',
        `NSR/NBR-id ${registerId} står også på rad ${first}.`,
        `The NSR/NBR id ${registerId} is also on row ${first}.`,
      );
      return null;
    }
    fileRegisterIds.set(registerId, row.rowNumber);
  }
  return { ownerOrgnr: orgnr, name: unitName, kind: unitKind, registerId };
}

/** The owner of a row: the first row naming an orgnr defines it; later rows must agree. */
function takeOwner(
  record: OwnerRecord,
  row: RowReader<RegisterColumn>,
  fileOwners: Map<string, { record: OwnerRecord; row: number }>,
): OwnerRecord | null {
  const first = fileOwners.get(record.orgnr);
  if (!first) {
    fileOwners.set(record.orgnr, { record, row: row.rowNumber });
    return record;
  }
  const conflicts: RegisterColumn[] = [];
  if (comparableText(first.record.name) !== comparableText(record.name))
    conflicts.push('ownerName');
  if (first.record.ownership !== record.ownership) conflicts.push('ownership');
  if (
    record.municipalityNumber !== null &&
    first.record.municipalityNumber !== record.municipalityNumber
  ) {
    conflicts.push('municipality');
  }
  for (const key of conflicts) {
    row.add(
      key,
      'IMPORT_ROW_CONFLICT',
      `Eieren ${record.orgnr} har en annen verdi i «${row.header(key)}» på rad ${first.row}.`,
      `The owner ${record.orgnr} has another value in "${row.header(key)}" on row ${first.row}.`,
    );
  }
  if (conflicts.length > 0) return null;
  first.record = {
    ...first.record,
    participationYears: [...first.record.participationYears, ...record.participationYears],
  };
  return first.record;
}

function missing(row: RowReader<RegisterColumn>, key: RegisterColumn): void {
  row.add(
    key,
    'IMPORT_VALUE_REQUIRED',
    `Kolonnen «${row.header(key)}» er tom, men raden har en enhet.`,
    `The column "${row.header(key)}" is empty, but the row has a unit.`,
  );
}

function column(
  row: RowReader<RegisterColumn>,
  fields: Record<string, RegisterColumn>,
  path: readonly (string | number)[],
): { key: string; header: string } | null {
  const key = fields[String(path[0])];
  return key ? { key, header: row.header(key) } : null;
}

function columnHeader(headers: Partial<Record<RegisterColumn, string>>, key: RegisterColumn) {
  return headers[key] ?? LABELS[key];
}

/** `5501`, `5501 Tromsø` or `Tromsø` as a kommunenummer (the text itself when none matches). */
export function resolveMunicipality(
  text: string,
  municipalities: readonly { number: string; name: string }[],
): string {
  const number = /^(\d{4})\b/.exec(text)?.[1];
  if (number) return number;
  const byName = municipalities.find((m) => comparableText(m.name) === comparableText(text));
  return byName?.number ?? text;
}

function sameOwner(existing: RegisterSnapshot['owners'][number], record: OwnerRecord): boolean {
  return (
    existing.name === record.name &&
    existing.ownership === record.ownership &&
    existing.municipalityNumber === record.municipalityNumber &&
    normaliseYears(existing.participationYears).join() === record.participationYears.join()
  );
}

function sameUnit(existing: RegisterSnapshot['units'][number], record: UnitChange): boolean {
  return (
    existing.name === record.name &&
    existing.kind === record.kind &&
    existing.registerId === record.registerId &&
    existing.ownerOrgnr === record.ownerOrgnr
  );
}
