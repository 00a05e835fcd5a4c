import type { PlanRules } from '../plan/plan.schema.js';
import type { Sector } from '../plan/sector.js';
import {
  validateEarlierCommitment,
  type EarlierCommitmentContext,
  type EarlierCommitmentRecord,
} from '../register/earlier-commitment.js';
import { comparableText } from '../register/register-problem.js';
import {
  atRow,
  sortProblems,
  summarise,
  type ImportPlan,
  type PlannedChange,
} from './import-plan.js';
import {
  importProblem,
  isBlankRow,
  labelsOf,
  matchColumns,
  readSector,
  RowReader,
  type ColumnSpec,
  type Table,
} from './table.js';

export type CommitmentColumn =
  | 'partnership'
  | 'workId'
  | 'sector'
  | 'durationYears'
  | 'grantedYear'
  | 'year'
  | 'amount'
  | 'owner'
  | 'institution'
  | 'coordinator';

/** The columns of a table of earlier commitments: one year of one grant per row. */
export const COMMITMENT_TABLE_COLUMNS: readonly ColumnSpec<CommitmentColumn>[] = [
  { key: 'partnership', labels: ['Partnerskap'], required: true },
  { key: 'workId', labels: ['Utviklingsarbeid', 'Arbeid', 'Arbeids-id', 'Arbeidets id'] },
  { key: 'sector', labels: ['Sektor'], required: true },
  { key: 'durationYears', labels: ['Varighet', 'Varighet år', 'Antall år'], required: true },
  { key: 'grantedYear', labels: ['Vedtaksår', 'Innvilget år', 'Tildelt år'], required: true },
  { key: 'year', labels: ['År', 'Gjelder år', 'Budsjettår'], required: true },
  { key: 'amount', labels: ['Beløp', 'Sum'] },
  { key: 'owner', labels: ['Eiers del', 'Eier'], required: true },
  {
    key: 'institution',
    labels: ['Kompetansemiljøets del', 'Kompetansemiljø', 'UHs del', 'UH', 'Institusjon'],
    required: true,
  },
  { key: 'coordinator', labels: ['Koordinator', 'Koordinatormidler', 'Koordinatordel'] },
];

const LABELS = labelsOf(COMMITMENT_TABLE_COLUMNS);

const FIELD: Record<string, CommitmentColumn> = {
  partnershipId: 'partnership',
  workId: 'workId',
  sector: 'sector',
  durationYears: 'durationYears',
  grantedYear: 'grantedYear',
  year: 'year',
  amount: 'amount',
  owner: 'owner',
  institution: 'institution',
  coordinator: 'coordinator',
};

export interface CommitmentSnapshot {
  rules: Pick<PlanRules, 'sectors' | 'durations'>;
  partnerships: readonly { id: string; name: string }[];
  firstRoundYear: number | null;
  rounds: readonly NonNullable<EarlierCommitmentContext['round']>[];
  /** What all the county's commitments bind per year now (decided grants included). */
  committedByYear: ReadonlyMap<number, number>;
  /** The commitments registered as earlier ones (those an import may update). */
  earlier: readonly (EarlierCommitmentRecord & { id: string })[];
}

export interface CommitmentImportPlan extends ImportPlan {
  commitments: PlannedChange<EarlierCommitmentRecord>[];
}

/** The work id of an earlier grant when the table names none: one per partnership, year and sector. */
export function defaultEarlierWorkId(
  partnershipId: string,
  grantedYear: number,
  sector: Sector,
): string {
  return `tidligere-${grantedYear}-${sector.toLowerCase()}-${partnershipId.slice(0, 8)}`;
}

export function earlierCommitmentKey(
  c: Pick<EarlierCommitmentRecord, 'partnershipId' | 'workId' | 'year'>,
): string {
  return `${c.partnershipId}|${c.workId}|${c.year}`;
}

/**
 * What a table of earlier commitments would change. Partnerships are named as in the register;
 * a row for a partnership, work and year already registered updates it. Each row is checked by the
 * earlier-commitment rules, the frame with the rows before it in the file counted in.
 */
export function planCommitmentImport(
  table: Table,
  snapshot: CommitmentSnapshot,
): CommitmentImportPlan {
  const { columns, problems } = matchColumns(table, COMMITMENT_TABLE_COLUMNS);
  const plan: CommitmentImportPlan = { commitments: [], problems, summary: [], rows: 0 };
  if (problems.some((p) => p.code !== 'IMPORT_COLUMN_TWICE')) return plan;

  const existing = new Map(snapshot.earlier.map((c) => [earlierCommitmentKey(c), c]));
  const committed = new Map(snapshot.committedByYear);
  const fileKeys = new Map<string, number>();

  for (let r = 1; r < table.length; r++) {
    const cells = table[r] ?? [];
    if (isBlankRow(cells)) continue;
    plan.rows += 1;
    const row = new RowReader(cells, r + 1, columns, LABELS);
    const name = row.text('partnership', { required: true });
    const partnerships = name
      ? snapshot.partnerships.filter(
          (p) => p.id === name || comparableText(p.name) === comparableText(name),
        )
      : [];
    if (name && partnerships.length !== 1) {
      row.add(
        'partnership',
        'IMPORT_VALUE_UNREADABLE',
        partnerships.length === 0
          ? `Partnerskapet «${name}» finnes ikke i registeret.`
          : `Flere partnerskap heter «${name}»; gi dem ulike navn i registeret først.`,
        partnerships.length === 0
          ? `The partnership "${name}" is not in the register.`
          : `Several partnerships are called "${name}"; give them different names first.`,
      );
    }
    const sector = row.parsed(
      'sector',
      readSector,
      {
        nb: '«barnehage», «skole» eller «laget rundt barnet»',
        en: 'kindergarten, school or team around the child',
      },
      { required: true },
    );
    const durationYears = row.integer('durationYears', { required: true });
    const grantedYear = row.integer('grantedYear', { required: true });
    const year = row.integer('year', { required: true });
    const owner = row.kroner('owner', { required: true });
    const institution = row.kroner('institution', { required: true });
    const amount = row.kroner('amount');
    const coordinator = row.kroner('coordinator') ?? 0;
    const workText = row.text('workId');
    plan.problems.push(...row.problems);
    const partnership = partnerships.length === 1 ? partnerships[0] : undefined;
    if (
      !partnership ||
      sector === null ||
      durationYears === null ||
      grantedYear === null ||
      year === null ||
      owner === null ||
      institution === null ||
      row.problems.length > 0
    ) {
      continue;
    }
    const record: EarlierCommitmentRecord = {
      partnershipId: partnership.id,
      workId: workText ?? defaultEarlierWorkId(partnership.id, grantedYear, sector),
      sector,
      durationYears,
      grantedYear,
      year,
      amount: amount ?? owner + institution,
      owner,
      institution,
      coordinator,
    };
    const key = earlierCommitmentKey(record);
    const first = fileKeys.get(key);
    if (first !== undefined) {
      plan.problems.push(
        importProblem(
          row.rowNumber,
          row.header('year'),
          'year',
          'IMPORT_ROW_REPEATED',
          `Rad ${first} har allerede samme partnerskap, utviklingsarbeid og år.`,
          `Row ${first} already has the same partnership, development work and year.`,
        ),
      );
      continue;
    }
    fileKeys.set(key, row.rowNumber);
    const match = existing.get(key);
    const others = (committed.get(year) ?? 0) - (match?.amount ?? 0);
    const rowProblems = validateEarlierCommitment(record, {
      rules: snapshot.rules,
      partnershipExists: true,
      firstRoundYear: snapshot.firstRoundYear,
      round: snapshot.rounds.find((rd) => rd.year === year) ?? null,
      committedInYear: others,
    });
    plan.problems.push(
      ...atRow(rowProblems, row.rowNumber, (path) => {
        const column = FIELD[String(path[0])];
        return column ? { key: column, header: row.header(column) } : null;
      }),
    );
    if (rowProblems.length === 0) committed.set(year, others + record.amount);
    plan.commitments.push({
      action: !match ? 'CREATE' : sameCommitment(match, record) ? 'UNCHANGED' : 'UPDATE',
      id: match?.id ?? null,
      row: row.rowNumber,
      record,
    });
  }
  plan.problems = sortProblems(plan.problems);
  plan.summary = [summarise('COMMITMENT', plan.commitments)];
  return plan;
}

function sameCommitment(a: EarlierCommitmentRecord, b: EarlierCommitmentRecord): boolean {
  return (
    a.sector === b.sector &&
    a.durationYears === b.durationYears &&
    a.grantedYear === b.grantedYear &&
    a.amount === b.amount &&
    a.owner === b.owner &&
    a.institution === b.institution &&
    a.coordinator === b.coordinator
  );
}
