import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, type Problem } from '../../errors/app-error.js';
import { rowsOf, statisticsFromRows, type ValidatedQuery } from './national-statistics.mapping.js';
import { MEASURES, nationalStatisticsSql, type Measure } from './national-statistics.sql.js';
import type { NationalDimension, NationalStatistics } from './national.types.js';

export interface NationalStatisticsArgs {
  groupBy: NationalDimension[];
  years?: number[] | null | undefined;
  counties?: string[] | null | undefined;
}

const MAX_FILTER_VALUES = 50;
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The statement's rows as one JSON text (PostgreSQL writes it; no row is parsed here). */
export interface NationalRowsJson {
  query: ValidatedQuery;
  /** The statement's columns; each row is an array of their values, in this order. */
  columns: string[];
  rowsJson: string;
}

/** Udir's national view: aggregates across counties, computed by PostgreSQL in one statement. */
export class NationalService {
  constructor(private readonly em: EntityManager) {}

  /**
   * The statement's rows, validated and computed, as one JSON text made by PostgreSQL: the main
   * thread only receives a string, and the national statistics thread turns it into the answer.
   */
  async rowsJson(
    args: NationalStatisticsArgs,
    measures: readonly Measure[] = MEASURES,
  ): Promise<NationalRowsJson> {
    const query = validated(args);
    if (query.counties.length > 0) await this.assertCountiesExist(query.counties);
    const { sql, params, columns } = nationalStatisticsSql({
      ...query,
      currentYear: currentYearInNorway(),
      measures,
    });
    // One JSON text of the rows as arrays (the column names once, not once per row). The aggregate
    // keeps its subquery's order (PostgreSQL's documented behaviour for a sorted subquery): the
    // groups stay in the order of their dimensions.
    const [row] = await this.em.execute<Array<{ rows: string }>>(
      `select coalesce(json_agg(json_build_array(${columns.map((c) => `s.${c}`).join(', ')})), '[]')::text as rows
         from (${sql}) as s`,
      [...params],
    );
    return { query, columns, rowsJson: row?.rows ?? '[]' };
  }

  /** The whole answer as objects, on this thread (tests and the reference the thread is held to). */
  async statistics(args: NationalStatisticsArgs): Promise<NationalStatistics> {
    const { query, columns, rowsJson } = await this.rowsJson(args);
    return statisticsFromRows(rowsOf(columns, rowsJson), query);
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

function validated(args: NationalStatisticsArgs): ValidatedQuery {
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
