// Rows of the national statement (nationalStatisticsSql) turned into the answer's plain objects:
// pure code, run in the national statistics thread (national-statistics.worker.ts).
import type { InstitutionKind, Sector } from '../../common/enums.js';
import { toKroner } from './kroner.scalar.js';
import { MEASURES, type Measure } from './national-statistics.sql.js';
import { NationalDimension } from './national-dimension.js';
import type {
  NationalFigures,
  NationalGroup,
  NationalStatistics,
  OwnershipGroup,
} from './national.types.js';

const INT_MAX = 2_147_483_647;

/** One row of the statement: a group's (or the totals') keys, labels and measures. */
export type Row = { is_total: boolean } & Record<Measure, string | number | null> &
  Record<string, unknown>;

/** What was asked for, validated: the dimensions in order, the years and counties (sorted). */
export interface ValidatedQuery {
  groupBy: NationalDimension[];
  years: number[];
  counties: string[];
}

/** The answer from the statement's rows: the groups in the rows' order, and the totals. */
export function statisticsFromRows(
  rows: readonly Row[],
  query: ValidatedQuery,
): NationalStatistics {
  const totalsRow = rows.find((r) => r.is_total);
  const totals = figuresOf(totalsRow ?? emptyRow());
  const groups =
    query.groupBy.length === 0
      ? [groupOf(totalsRow ?? emptyRow(), [], totals)]
      : rows.filter((r) => !r.is_total).map((r) => groupOf(r, query.groupBy, figuresOf(r)));
  return {
    groupBy: [...query.groupBy],
    years: [...query.years],
    counties: [...query.counties],
    groups,
    totals,
  };
}

/** Figures that are a share of two measures; every other figure is its own measure, in snake case. */
const SHARES: Record<string, Measure[]> = {
  samiShare: ['sami_statements', 'statements'],
  newcomerShare: ['newcomer_owners', 'funded_owners'],
  reportCompleteness: ['reports_submitted', 'reports_expected'],
};

/**
 * The measures the statement must compute for these NationalFigures fields (`__typename` needs
 * none); all of them for a field it does not know.
 */
export function measuresFor(figureFields: Iterable<string>): Measure[] {
  const needed = new Set<Measure>();
  for (const field of figureFields) {
    if (field === '__typename') continue;
    const snake = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as Measure;
    const measures = SHARES[field] ?? (MEASURES.includes(snake) ? [snake] : [...MEASURES]);
    for (const m of measures) needed.add(m);
  }
  return MEASURES.filter((m) => needed.has(m));
}

/** The rows of a JSON text of arrays (one per row, values in the order of `columns`). */
export function rowsOf(columns: readonly string[], rowsJson: string): Row[] {
  const arrays = JSON.parse(rowsJson) as unknown[][];
  return arrays.map((values) => {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) row[columns[c]!] = values[c];
    return row as Row;
  });
}

export function emptyFigures(): NationalFigures {
  return figuresOf(emptyRow());
}

function emptyRow(): Row {
  return { is_total: true, ...Object.fromEntries(MEASURES.map((m) => [m, null])) } as Row;
}

function count(value: unknown): number {
  const n = toKroner(value);
  if (n > INT_MAX) throw new RangeError(`${n} does not fit a GraphQL Int.`);
  return n;
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

function figuresOf(row: Row): NationalFigures {
  const statements = count(row.statements);
  const samiStatements = count(row.sami_statements);
  const fundedOwners = count(row.funded_owners);
  const newcomerOwners = count(row.newcomer_owners);
  const reportsExpected = count(row.reports_expected);
  const reportsSubmitted = count(row.reports_submitted);
  return {
    frame: row.frame === null ? null : toKroner(row.frame),
    statements,
    requested: toKroner(row.requested),
    samiStatements,
    samiShare: share(samiStatements, statements),
    decisions: count(row.decisions),
    grants: count(row.grants),
    granted: toKroner(row.granted),
    grantedLaterYears: toKroner(row.granted_later_years),
    committed: toKroner(row.committed),
    coordinatorGranted: toKroner(row.coordinator_granted),
    fundedOwners,
    newcomerOwners,
    newcomerShare: share(newcomerOwners, fundedOwners),
    grantedToNewcomers: toKroner(row.granted_to_newcomers),
    reportsExpected,
    reportsSubmitted,
    reportsAccepted: count(row.reports_accepted),
    reportsReturned: count(row.reports_returned),
    reportCompleteness: share(reportsSubmitted, reportsExpected),
    reportedReceivedOwner: toKroner(row.reported_received_owner),
    reportedReceivedInstitution: toKroner(row.reported_received_institution),
    reportedSpentOwner: toKroner(row.reported_spent_owner),
    reportedSpentInstitution: toKroner(row.reported_spent_institution),
    reportedCoordinatorSpent: toKroner(row.reported_coordinator_spent),
  };
}

function groupOf(
  row: Row,
  groupBy: readonly NationalDimension[],
  figures: NationalFigures,
): NationalGroup {
  const has = (d: NationalDimension) => groupBy.includes(d);
  const text = (key: string) => (typeof row[key] === 'string' ? (row[key] as string) : null);
  const int = (key: string) =>
    row[key] === null || row[key] === undefined ? null : count(row[key]);
  const countyCode = text('county_code');
  const themeId = text('theme_id');
  const orgnr = text('institution_orgnr');
  return {
    county:
      has(NationalDimension.COUNTY) && countyCode
        ? { code: countyCode, name: text('county_name') ?? countyCode }
        : null,
    year: has(NationalDimension.YEAR) ? int('year') : null,
    sector: has(NationalDimension.SECTOR) ? (text('sector') as Sector | null) : null,
    theme:
      has(NationalDimension.THEME) && themeId
        ? { id: themeId, titleNb: text('theme_nb'), titleEn: text('theme_en') }
        : null,
    ownership: has(NationalDimension.OWNERSHIP)
      ? (text('ownership') as OwnershipGroup | null)
      : null,
    institution:
      has(NationalDimension.INSTITUTION) && orgnr
        ? {
            orgnr,
            name: text('institution_name') ?? orgnr,
            kind: text('institution_kind') as InstitutionKind,
          }
        : null,
    durationYears: has(NationalDimension.DURATION) ? int('duration_years') : null,
    figures,
  };
}
