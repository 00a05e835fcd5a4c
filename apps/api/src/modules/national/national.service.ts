import type { EntityManager } from '@mikro-orm/postgresql';
import type { InstitutionKind, Sector } from '../../common/enums.js';
import { BadUserInputError, type Problem } from '../../errors/app-error.js';
import { EventLoopSlices } from './event-loop-slices.js';
import { toKroner } from './kroner.scalar.js';
import { MEASURES, nationalStatisticsSql, type Measure } from './national-statistics.sql.js';
import {
  NationalDimension,
  type NationalFigures,
  type NationalGroup,
  type NationalStatistics,
  type OwnershipGroup,
} from './national.types.js';

export interface NationalStatisticsArgs {
  groupBy: NationalDimension[];
  years?: number[] | null | undefined;
  counties?: string[] | null | undefined;
}

const MAX_FILTER_VALUES = 50;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const INT_MAX = 2_147_483_647;

/**
 * Groups mapped and completed per slice of the event loop, one slice at a time across all national
 * answers of this process: a seven-dimension answer (thousands of groups) never holds the main
 * thread for longer than a slice, so other requests go on between its slices.
 */
const SLICES = new EventLoopSlices();
const GROUPS_PER_SLICE = 64;

type Row = { is_total: boolean } & Record<Measure, string | null> & Record<string, unknown>;

/** Udir's national view: aggregates across counties, computed by PostgreSQL in one statement. */
export class NationalService {
  constructor(private readonly em: EntityManager) {}

  async statistics(args: NationalStatisticsArgs): Promise<NationalStatistics> {
    const query = validated(args);
    if (query.counties.length > 0) await this.assertCountiesExist(query.counties);
    const { sql, params } = nationalStatisticsSql({ ...query, currentYear: currentYearInNorway() });
    const rows = await this.em.execute<Row[]>(sql, [...params]);
    const totalsRow = rows.find((r) => r.is_total);
    const totals = totalsRow ? figuresOf(totalsRow) : figuresOf(emptyRow());
    const groups =
      query.groupBy.length === 0
        ? [groupOf(totalsRow ?? emptyRow(), [], totals)]
        : SLICES.map(
            rows.filter((r) => !r.is_total),
            GROUPS_PER_SLICE,
            (r) => groupOf(r, query.groupBy, figuresOf(r)),
          );
    return {
      groupBy: [...query.groupBy],
      years: [...query.years],
      counties: [...query.counties],
      groups,
      totals,
    };
  }

  private async assertCountiesExist(codes: readonly string[]): Promise<void> {
    const found = await this.em.execute<{ code: string }[]>(
      'select code from county where code in (?)',
      [[...codes]],
    );
    const known = new Set(found.map((f) => f.code));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length > 0) {
      throw invalid('counties', 'NATIONAL_UNKNOWN_COUNTY', {
        nb: `Ukjent fylke: ${unknown.join(', ')}.`,
        en: `Unknown county: ${unknown.join(', ')}.`,
      });
    }
  }
}

const NORWEGIAN_YEAR = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' });

/** The calendar year in Norway now (the year a grant year must have reached to owe a report). */
export function currentYearInNorway(now = new Date()): number {
  return Number(NORWEGIAN_YEAR.format(now));
}

function validated(args: NationalStatisticsArgs): {
  groupBy: NationalDimension[];
  years: number[];
  counties: string[];
} {
  const groupBy = args.groupBy;
  const duplicates = groupBy.filter((d, k) => groupBy.indexOf(d) !== k);
  if (duplicates.length > 0) {
    throw invalid('groupBy', 'NATIONAL_DUPLICATE_DIMENSION', {
      nb: `Samme dimensjon er oppgitt flere ganger: ${duplicates.join(', ')}.`,
      en: `A dimension is given more than once: ${duplicates.join(', ')}.`,
    });
  }
  const years = [...new Set(args.years ?? [])].sort((a, b) => a - b);
  const counties = [...new Set(args.counties ?? [])].sort();
  if (years.length > MAX_FILTER_VALUES || counties.length > MAX_FILTER_VALUES) {
    throw invalid(years.length > MAX_FILTER_VALUES ? 'years' : 'counties', 'NATIONAL_TOO_MANY', {
      nb: `Høyst ${MAX_FILTER_VALUES} verdier per filter.`,
      en: `At most ${MAX_FILTER_VALUES} values per filter.`,
    });
  }
  const badYear = years.find((y) => !Number.isInteger(y) || y < FIRST_YEAR || y > LAST_YEAR);
  if (badYear !== undefined) {
    throw invalid('years', 'NATIONAL_YEAR_OUT_OF_RANGE', {
      nb: `Året ${badYear} er utenfor ${FIRST_YEAR}–${LAST_YEAR}.`,
      en: `The year ${badYear} is outside ${FIRST_YEAR}–${LAST_YEAR}.`,
    });
  }
  const badCounty = counties.find((c) => c.trim() === '' || c.length > 40);
  if (badCounty !== undefined) {
    throw invalid('counties', 'NATIONAL_COUNTY_CODE_INVALID', {
      nb: 'Et fylke oppgis med sin kode (1–40 tegn).',
      en: 'A county is given by its code (1–40 characters).',
    });
  }
  return { groupBy: [...groupBy], years, counties };
}

function invalid(field: string, code: string, message: Problem['message']): BadUserInputError {
  const problems: Problem[] = [{ code, path: [field], message }];
  return new BadUserInputError(message.en, { field, problems });
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
