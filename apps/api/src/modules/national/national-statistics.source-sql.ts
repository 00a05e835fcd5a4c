import { NationalDimension } from './national.types.js';
import {
  bindingsInOrder,
  MEASURES,
  type Measure,
  type NationalStatisticsQuery,
} from './national-statistics.sql.js';

// The national statistics computed straight from the source tables (statements, decisions,
// commitments, annual reports, rounds), as the API did before the fact table: the reference the
// fact table's figures are tested against (e2e/national-facts.e2e-spec.ts) and the bench's
// comparison. The API answers from the facts (national-statistics.sql.ts).

/** Dimensions a frame can be told for: a round has a county and a year, nothing finer. */
const FRAME_DIMENSIONS: ReadonlySet<NationalDimension> = new Set([
  NationalDimension.COUNTY,
  NationalDimension.YEAR,
]);

/** What each dimension groups by in a source's rows, and the columns it shows. */
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
  [NationalDimension.OWNERSHIP]: { keys: { ownership: 'ow.ownership' }, labels: {} },
  [NationalDimension.INSTITUTION]: {
    keys: { institution_orgnr: 'i.orgnr' },
    labels: { institution_name: 'i.name', institution_kind: 'i.kind' },
  },
  [NationalDimension.DURATION]: { keys: { duration_years: 'f.duration_years' }, labels: {} },
};

interface Source {
  /** Rows with county_id, year, sector, theme_id, partnership_id, duration_years and measures. */
  rows: string;
  measures: readonly Measure[];
  /** Rounds have a county and a year, nothing finer. */
  countyAndYearOnly?: boolean;
}

/**
 * One SQL statement over the source tables. Four sources, each aggregated on its own with
 * `GROUPING SETS ((dimensions), ())` (the groups and the totals in one pass), then added up by
 * group. The sources' rows share the dimensions: county, budget year, and the needs statement's
 * sector, theme, partnership (its owners' ownership, its institution) and duration.
 *
 * - statements and their decisions, in the round's year (requests, Sámi perspectives, new grants,
 *   what they bind for later years, newcomer owners);
 * - commitments (one per decision and grant year), in the year they fall in (earlier rounds'
 *   amounts, coordinator funds, and a report expected once that year has begun);
 * - annual reports, in the grant year reported on (completeness and accounts per party);
 * - rounds, in their year (frames): in the groups only when grouped by county and year alone,
 *   always in the totals.
 *
 * Every source's totals are over all its rows whatever the grouping, so the totals do not depend
 * on it, and each group's figures add up to them.
 */
export function nationalStatisticsFromSourcesSql(query: NationalStatisticsQuery): {
  sql: string;
  params: unknown[];
} {
  const dims = query.groupBy;
  if (!Number.isInteger(query.currentYear)) throw new RangeError('currentYear must be an integer');
  const currentYear = query.currentYear;
  const byYear = (column: string) => (query.years.length === 0 ? 'true' : `${column} in (?)`);
  const byCounty = (column: string) =>
    query.counties.length === 0 ? 'true' : `${column} in (select id from county where code in (?))`;

  // A decision's funded and newcomer owners are written with it (the domain's decisionOwnerCounts:
  // isNewcomer on the owners' participation years and the plan's rule).
  const statements: Source = {
    measures: [
      'statements',
      'requested',
      'sami_statements',
      'decisions',
      'grants',
      'granted',
      'granted_later_years',
      'funded_owners',
      'newcomer_owners',
      'granted_to_newcomers',
    ],
    rows: `
      select ns.county_id, r.year, ns.sector, ns.theme_id, ns.partnership_id, ns.duration_years,
             ns.submitted::int as statements,
             case when ns.submitted then ns.requested_this_year else 0 end as requested,
             (ns.submitted and ns.addresses_sami)::int as sami_statements,
             (d.id is not null)::int as decisions,
             (coalesce(d.granted_this_year, 0) > 0)::int as grants,
             coalesce(d.granted_this_year, 0) as granted,
             coalesce(d.granted_total - d.granted_this_year, 0) as granted_later_years,
             coalesce(d.funded_owners, 0) as funded_owners,
             coalesce(d.newcomer_owners, 0) as newcomer_owners,
             case when d.newcomer_owners > 0 then d.granted_this_year else 0 end
               as granted_to_newcomers
        from (select ns.id, ns.county_id, ns.round_id, ns.sector, ns.theme_id, ns.partnership_id,
                     ns.duration_years, ns.status = 'SUBMITTED' as submitted,
                     ns.requested_this_year,
                     -- as btrim() not empty: a character other than a space (no copy per row)
                     ns.sami_perspectives ~ '[^ ]' as addresses_sami
                from needs_statement ns
               where ${byCounty('ns.county_id')}) as ns
        join round r on r.id = ns.round_id
        left join decision d on d.needs_statement_id = ns.id
       where ${byYear('r.year')}`,
  };

  const commitments: Source = {
    measures: ['committed', 'coordinator_granted', 'reports_expected'],
    rows: `
      select c.county_id, c.year, coalesce(ns.sector, c.sector) as sector, ns.theme_id,
             c.partnership_id, coalesce(ns.duration_years, c.duration_years) as duration_years,
             case when c.granted_year < c.year then c.amount else 0 end as committed,
             c.coordinator as coordinator_granted,
             (c.year <= ${currentYear})::int as reports_expected
        from commitment c
        left join statement_dims ns on ns.id = c.needs_statement_id
       where c.amount > 0 and ${byYear('c.year')} and ${byCounty('c.county_id')}`,
  };

  const counted = (column: string) =>
    `case when ar.status in ('SUBMITTED', 'ACCEPTED') then ar.${column} else 0 end`;
  const reports: Source = {
    measures: [
      'reports_submitted',
      'reports_accepted',
      'reports_returned',
      'reported_received_owner',
      'reported_received_institution',
      'reported_spent_owner',
      'reported_spent_institution',
      'reported_coordinator_spent',
    ],
    rows: `
      select ar.county_id, ar.year, ns.sector, ns.theme_id, ns.partnership_id, ns.duration_years,
             (ar.status in ('SUBMITTED', 'ACCEPTED'))::int as reports_submitted,
             (ar.status = 'ACCEPTED')::int as reports_accepted,
             (ar.status = 'RETURNED')::int as reports_returned,
             ${counted('received_owner')} as reported_received_owner,
             ${counted('received_institution')} as reported_received_institution,
             ${counted('spent_owner')} as reported_spent_owner,
             ${counted('spent_institution')} as reported_spent_institution,
             ${counted('coordinator_spent')} as reported_coordinator_spent
        from annual_report ar
        join statement_dims ns on ns.id = ar.needs_statement_id
       where ${byYear('ar.year')} and ${byCounty('ar.county_id')}`,
  };

  const frames: Source = {
    measures: ['frame'],
    countyAndYearOnly: true,
    rows: `
      select r.county_id, r.year, null::text as sector, null::text as theme_id,
             null::uuid as partnership_id, null::int as duration_years, r.frame
        from round r
       where ${byYear('r.year')} and ${byCounty('r.county_id')}`,
  };

  // The statements' dimensions for commitments and reports, read from their (wide) rows once.
  // The statements source reads the table itself: the planner then knows its rows (a CTE's are
  // a guess, which led it to look each decision up by index, 4 000 times).
  const statementDims = `
    statement_dims as materialized (
      select ns.id, ns.sector, ns.theme_id, ns.partnership_id, ns.duration_years
        from needs_statement ns
       where ${byCounty('ns.county_id')}
    )`;
  const themeTitles = `
    theme_titles as (
      select distinct on (t ->> 'id') t ->> 'id' as id, t -> 'title' ->> 'nb' as nb,
             t -> 'title' ->> 'en' as en
        from plan_version pv,
             jsonb_path_query(pv.plan, 'strict $.versions[*].rules.themes[*].themes[*]') t
       order by t ->> 'id', pv.valid_from desc
    )`;
  const ownership = `
    partnership_ownership as materialized (
      select po.partnership_id,
             case when bool_and(o.ownership = 'PUBLIC') then 'PUBLIC'
                  when bool_and(o.ownership = 'PRIVATE') then 'PRIVATE'
                  else 'MIXED' end as ownership
        from partnership_owner po
        join owner o on o.id = po.owner_id
       group by po.partnership_id
    )`;

  const keys = dims.flatMap((d) => Object.entries(DIMENSION_SQL[d].keys));
  const labels = dims.flatMap((d) => Object.entries(DIMENSION_SQL[d].labels));
  const joins = [
    dims.includes(NationalDimension.COUNTY) ? 'join county c on c.id = f.county_id' : '',
    dims.includes(NationalDimension.OWNERSHIP)
      ? 'left join partnership_ownership ow on ow.partnership_id = f.partnership_id'
      : '',
    dims.includes(NationalDimension.INSTITUTION)
      ? 'left join partnership pa on pa.id = f.partnership_id left join institution i on i.id = pa.institution_id'
      : '',
  ].filter((j) => j !== '');
  const frameInGroups = dims.every((d) => FRAME_DIMENSIONS.has(d));

  const aggregated = (source: Source) => {
    const grouped = keys.length > 0 && (!source.countyAndYearOnly || frameInGroups);
    const keyExprs = keys.map(([alias, expr]) => `${grouped ? expr : 'null'} as ${alias}`);
    const labelExprs = labels.map(
      ([alias, expr]) => `${grouped ? `min(${expr})` : 'null'} as ${alias}`,
    );
    const isTotal = grouped ? `grouping(${keys.map(([, e]) => e).join(', ')}) <> 0` : 'true';
    const sums = MEASURES.map((m) =>
      source.measures.includes(m) ? `sum(f.${m})::bigint as ${m}` : `null::bigint as ${m}`,
    );
    return `
    select ${[`${isTotal} as is_total`, ...keyExprs, ...labelExprs, ...sums].join(', ')}
      from (${source.rows}) as f
      ${grouped ? joins.join('\n      ') : ''}
      ${grouped ? `group by grouping sets ((${keys.map(([, e]) => e).join(', ')}), ())` : ''}`;
  };

  const ctes = [statementDims];
  if (dims.includes(NationalDimension.THEME)) ctes.push(themeTitles);
  if (dims.includes(NationalDimension.OWNERSHIP)) ctes.push(ownership);
  const keyNames = keys.map(([alias]) => alias);
  const outer = [
    's.is_total',
    ...keyNames.map((k) => `s.${k}`),
    ...labels.map(([alias]) => `min(s.${alias}) as ${alias}`),
    ...(dims.includes(NationalDimension.THEME)
      ? ['min(tt.nb) as theme_nb', 'min(tt.en) as theme_en']
      : []),
    ...MEASURES.map((m) =>
      m === 'frame'
        ? `case when s.is_total or ${frameInGroups} then sum(s.frame)::bigint end as frame`
        : `coalesce(sum(s.${m}), 0)::bigint as ${m}`,
    ),
  ];
  const sql = `with ${ctes.join(',')}
  select ${outer.join(',\n         ')}
    from (${[statements, commitments, reports, frames].map(aggregated).join('\n    union all')}) as s
    ${dims.includes(NationalDimension.THEME) ? 'left join theme_titles tt on tt.id = s.theme_id' : ''}
   group by ${['s.is_total', ...keyNames.map((k) => `s.${k}`)].join(', ')}
   order by ${['s.is_total', ...keyNames.map((k) => `s.${k} nulls last`)].join(', ')}`;
  return { sql, params: bindingsInOrder(sql, query) };
}
