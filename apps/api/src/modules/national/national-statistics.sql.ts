import { NationalDimension } from './national-dimension.js';

export interface NationalStatisticsQuery {
  groupBy: readonly NationalDimension[];
  years: readonly number[];
  counties: readonly string[];
  /**
   * The current year in Norway: a grant year's report is expected once the year has begun, as in
   * the reporting follow-up (the domain's assessFollowUp).
   */
  currentYear: number;
  /** Only these measures (default: all); the answer's unselected figures need none. */
  measures?: readonly Measure[];
}

/** The figures, as the statement's columns (a source sums its own and leaves the rest null). */
export const MEASURES = [
  'frame',
  'statements',
  'requested',
  'sami_statements',
  'decisions',
  'grants',
  'granted',
  'granted_later_years',
  'committed',
  'coordinator_granted',
  'funded_owners',
  'newcomer_owners',
  'granted_to_newcomers',
  'reports_expected',
  'reports_submitted',
  'reports_accepted',
  'reports_returned',
  'reported_received_owner',
  'reported_received_institution',
  'reported_spent_owner',
  'reported_spent_institution',
  'reported_coordinator_spent',
] as const;
export type Measure = (typeof MEASURES)[number];

/** Dimensions a frame can be told for: a round has a county and a year, nothing finer. */
const FRAME_DIMENSIONS: ReadonlySet<NationalDimension> = new Set([
  NationalDimension.COUNTY,
  NationalDimension.YEAR,
]);

/** What each dimension groups the facts by, and the columns it shows. */
const DIMENSION_SQL: Record<
  NationalDimension,
  { keys: Record<string, string>; labels: Record<string, string> }
> = {
  [NationalDimension.COUNTY]: {
    keys: { county_code: 'c.code' },
    labels: { county_name: 'c.name' },
  },
  [NationalDimension.YEAR]: { keys: { year: 'f.year' }, labels: {} },
  [NationalDimension.SECTOR]: { keys: { sector: 'f.sector' }, labels: {} },
  [NationalDimension.THEME]: { keys: { theme_id: 'f.theme_id' }, labels: {} },
  [NationalDimension.OWNERSHIP]: { keys: { ownership: 'f.ownership' }, labels: {} },
  [NationalDimension.INSTITUTION]: {
    keys: { institution_orgnr: 'i.orgnr' },
    labels: { institution_name: 'i.name', institution_kind: 'i.kind' },
  },
  [NationalDimension.DURATION]: { keys: { duration_years: 'f.duration_years' }, labels: {} },
};

/**
 * One SQL statement for the whole answer, over `national_fact`: the figures already summed per
 * county, year, sector, theme, ownership, institution and duration (and each round's frame by
 * county and year, apart), kept by the database's triggers at every commit that changes what they
 * are computed from (Migration20261203163600). The facts come from four sources, as before:
 *
 * - statements and their decisions, in the round's year (requests, Sámi perspectives, new grants,
 *   what they bind for later years, newcomer owners);
 * - commitments (one per decision and grant year), in the year they fall in (earlier rounds'
 *   amounts, coordinator funds, and a report expected once that year has begun: the facts count
 *   the commitments per year, the current year decides which of them expect a report);
 * - annual reports, in the grant year reported on (completeness and accounts per party);
 * - rounds, in their year (frames): in the groups only when grouped by county and year alone,
 *   always in the totals.
 *
 * `GROUPING SETS ((dimensions), ())` gives the groups and the totals in one pass. The totals are
 * over every fact row whatever the grouping, so they do not depend on it, and each group's figures
 * add up to them.
 */
export function nationalStatisticsSql(query: NationalStatisticsQuery): {
  sql: string;
  params: unknown[];
  /** The statement's columns, in order. */
  columns: string[];
} {
  const dims = query.groupBy;
  if (!Number.isInteger(query.currentYear)) throw new RangeError('currentYear must be an integer');
  const currentYear = query.currentYear;
  const measures = MEASURES.filter((m) => query.measures?.includes(m) ?? true);
  const filters = [
    query.years.length === 0 ? '' : 'f.year in (?)',
    query.counties.length === 0 ? '' : 'f.county_id in (select id from county where code in (?))',
  ].filter((w) => w !== '');

  const keys = dims.flatMap((d) => Object.entries(DIMENSION_SQL[d].keys));
  const labels = dims.flatMap((d) => Object.entries(DIMENSION_SQL[d].labels));
  const joins = [
    dims.includes(NationalDimension.COUNTY) ? 'join county c on c.id = f.county_id' : '',
    dims.includes(NationalDimension.INSTITUTION)
      ? 'left join institution i on i.id = f.institution_id'
      : '',
  ].filter((j) => j !== '');
  const frameInGroups = dims.every((d) => FRAME_DIMENSIONS.has(d));
  const grouped = keys.length > 0;
  const keyExprs = keys.map(([, e]) => e);
  // Frames stay out of the groups unless grouped by county and year alone: their rows form groups
  // of their own (is_frame), which are left out; the totals (grouping set ()) keep them.
  const groupingKeys = frameInGroups ? keyExprs : [...keyExprs, 'f.is_frame'];
  const measure = (m: Measure): string => {
    switch (m) {
      case 'frame':
        return `case when ${grouped ? `grouping(${keyExprs.join(', ')}) <> 0` : 'true'} or ${frameInGroups} then sum(f.frame) end::bigint as frame`;
      case 'reports_expected':
        return `coalesce(sum(case when f.year <= ${currentYear} then f.commitments else 0 end), 0)::bigint as reports_expected`;
      default:
        return `coalesce(sum(f.${m}), 0)::bigint as ${m}`;
    }
  };
  const columns = [
    `${grouped ? `grouping(${keyExprs.join(', ')}) <> 0` : 'true'} as is_total`,
    ...keys.map(([alias, expr]) => `${expr} as ${alias}`),
    ...labels.map(([alias, expr]) => `min(${expr}) as ${alias}`),
    ...measures.map(measure),
  ];
  const aggregate = `
    select ${columns.join(',\n           ')}
      from national_fact f
      ${joins.join('\n      ')}
     ${filters.length > 0 ? `where ${filters.join(' and ')}` : ''}
     ${grouped ? `group by grouping sets ((${groupingKeys.join(', ')}), ())` : ''}
     ${grouped && !frameInGroups ? 'having grouping(f.is_frame) <> 0 or not f.is_frame' : ''}`;

  const keyNames = keys.map(([alias]) => alias);
  const columnNames = [
    'is_total',
    ...keyNames,
    ...labels.map(([alias]) => alias),
    ...measures,
    ...(dims.includes(NationalDimension.THEME) ? ['theme_nb', 'theme_en'] : []),
  ];
  const order = `order by ${['s.is_total', ...keyNames.map((k) => `s.${k} nulls last`)].join(', ')}`;
  if (!dims.includes(NationalDimension.THEME)) {
    const sql = `select s.* from (${aggregate}) as s ${order}`;
    return { sql, params: bindingsInOrder(sql, query), columns: columnNames };
  }
  // Each theme's title from the newest plan naming it. One JSON path, not three nested
  // jsonb_array_elements: the planner guesses 100 rows per set-returning function, so the nested
  // form was estimated at 10 million rows and JIT-compiled (≈ 1 s) for eighty.
  const themeTitles = `
    theme_titles as (
      select distinct on (t ->> 'id') t ->> 'id' as id, t -> 'title' ->> 'nb' as nb,
             t -> 'title' ->> 'en' as en
        from plan_version pv,
             jsonb_path_query(pv.plan, 'strict $.versions[*].rules.themes[*].themes[*]') t
       order by t ->> 'id', pv.valid_from desc
    )`;
  const sql = `with ${themeTitles}
  select s.*, tt.nb as theme_nb, tt.en as theme_en
    from (${aggregate}) as s
    left join theme_titles tt on tt.id = s.theme_id
   ${order}`;
  return { sql, params: bindingsInOrder(sql, query), columns: columnNames };
}

/**
 * The filters' values for each `in (?)` placeholder of the finished text: years for a `.year in`
 * placeholder, county codes for a `code in` one.
 */
export function bindingsInOrder(sql: string, query: NationalStatisticsQuery): unknown[] {
  const bindings: unknown[] = [];
  for (const match of sql.matchAll(/(\.year|code) in \(\?\)/g)) {
    bindings.push(match[1] === 'code' ? [...query.counties] : [...query.years]);
  }
  return bindings;
}
