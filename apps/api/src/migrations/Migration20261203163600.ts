import { Migration } from '@mikro-orm/migrations';

const COUNTY = `nullif(current_setting('kompetansemidler.county_id', true), '')::uuid`;
const NATIONAL = `current_setting('kompetansemidler.scope', true) = 'national'`;

/** The figures a fact row sums (the frame apart: null on rows that are not a round's). */
const MEASURES = [
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
  'committed',
  'coordinator_granted',
  'commitments',
  'reports_submitted',
  'reports_accepted',
  'reports_returned',
  'reported_received_owner',
  'reported_received_institution',
  'reported_spent_owner',
  'reported_spent_institution',
  'reported_coordinator_spent',
] as const;
type Measure = (typeof MEASURES)[number];

/** A source's select list: its own figures, 0 for the others'. */
function figures(own: Partial<Record<Measure, string>>): string {
  return MEASURES.map((m) => `${own[m] ?? '0'} as ${m}`).join(', ');
}

const counted = (column: string) =>
  `case when ar.status in ('SUBMITTED', 'ACCEPTED') then ar.${column} else 0 end`;

/**
 * The four sources of the national statistics for one county (`county`), as the statistics
 * computed them from the source tables: statements with their decisions in their round's year,
 * commitments in the year they fall in, annual reports in the grant year reported on, and rounds'
 * frames (apart, `is_frame`). Each row carries the dimensions: year, sector, theme, partnership and
 * duration.
 */
const SOURCES = `
  with statement_dims as materialized (
    select ns.id, ns.sector, ns.theme_id, ns.partnership_id, ns.duration_years
      from needs_statement ns
     where ns.county_id = county
  ),
  source as (
    select r.year, ns.sector, ns.theme_id, ns.partnership_id, ns.duration_years,
           false as is_frame, null::bigint as frame,
           ${figures({
             statements: 'ns.submitted::int',
             requested: 'case when ns.submitted then ns.requested_this_year else 0 end',
             sami_statements: '(ns.submitted and ns.addresses_sami)::int',
             decisions: '(d.id is not null)::int',
             grants: '(coalesce(d.granted_this_year, 0) > 0)::int',
             granted: 'coalesce(d.granted_this_year, 0)',
             granted_later_years: 'coalesce(d.granted_total - d.granted_this_year, 0)',
             funded_owners: 'coalesce(d.funded_owners, 0)',
             newcomer_owners: 'coalesce(d.newcomer_owners, 0)',
             granted_to_newcomers:
               'case when d.newcomer_owners > 0 then d.granted_this_year else 0 end',
           })}
      from (select ns.id, ns.round_id, ns.sector, ns.theme_id, ns.partnership_id,
                   ns.duration_years, ns.status = 'SUBMITTED' as submitted,
                   ns.requested_this_year, ns.sami_perspectives ~ '[^ ]' as addresses_sami
              from needs_statement ns
             where ns.county_id = county) as ns
      join round r on r.id = ns.round_id
      left join decision d on d.needs_statement_id = ns.id
    union all
    select c.year, coalesce(ns.sector, c.sector), ns.theme_id, c.partnership_id,
           coalesce(ns.duration_years, c.duration_years), false, null::bigint,
           ${figures({
             committed: 'case when c.granted_year < c.year then c.amount else 0 end',
             coordinator_granted: 'c.coordinator',
             commitments: '1',
           })}
      from commitment c
      left join statement_dims ns on ns.id = c.needs_statement_id
     where c.county_id = county and c.amount > 0
    union all
    select ar.year, ns.sector, ns.theme_id, ns.partnership_id, ns.duration_years, false,
           null::bigint,
           ${figures({
             reports_submitted: `(ar.status in ('SUBMITTED', 'ACCEPTED'))::int`,
             reports_accepted: `(ar.status = 'ACCEPTED')::int`,
             reports_returned: `(ar.status = 'RETURNED')::int`,
             reported_received_owner: counted('received_owner'),
             reported_received_institution: counted('received_institution'),
             reported_spent_owner: counted('spent_owner'),
             reported_spent_institution: counted('spent_institution'),
             reported_coordinator_spent: counted('coordinator_spent'),
           })}
      from annual_report ar
      join statement_dims ns on ns.id = ar.needs_statement_id
     where ar.county_id = county
    union all
    select r.year, null, null, null, null, true, r.frame, ${figures({})}
      from round r
     where r.county_id = county
  ),
  ownership as (
    select po.partnership_id,
           case when bool_and(o.ownership = 'PUBLIC') then 'PUBLIC'
                when bool_and(o.ownership = 'PRIVATE') then 'PRIVATE'
                else 'MIXED' end as ownership
      from partnership_owner po
      join owner o on o.id = po.owner_id
     where po.partnership_id in (select p.id from partnership p where p.county_id = county)
     group by po.partnership_id
  )`;

/**
 * National statistics from a fact table (`national_fact`): the figures summed at the finest grain
 * the seven dimensions need (county, year, sector, theme, ownership, institution, duration; frames
 * by county and year), so an aggregate reads a few thousand rows instead of joining statements,
 * decisions, commitments and reports.
 *
 * Kept by the triggers that already version the statistics (Migration20261201220000): the first
 * write in a transaction to a county's data raises the county's version at commit and now also
 * recomputes the county's facts from the source tables (`national_fact_refresh`), so the facts are
 * those of the committed data, whoever writes (the API, a seeder, plain SQL), and a rolled-back
 * write changes nothing. Concurrent writers of one county take turns on its version row, which is
 * locked first, and each recomputes from a snapshot taken after the other's commit (READ
 * COMMITTED). A truncate of a tracked table recomputes every county.
 *
 * The recomputing functions run with their owner's rights (`security definer`): they read every
 * row of the county whatever the writer's row-level security, and they alone write the facts. The
 * API's role may only read them: a county's own rows in a transaction bound to it, every county's
 * in the national scope.
 */
export class Migration20261203163600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "national_fact" ("id" bigserial primary key, "county_id" uuid not null, "year" int not null, "sector" text null, "theme_id" varchar(100) null, "ownership" varchar(10) null, "institution_id" uuid null, "duration_years" smallint null, "is_frame" boolean not null, "frame" bigint null, ${MEASURES.map((m) => `"${m}" bigint not null`).join(', ')});`,
    );
    this.addSql(
      `create unique index "national_fact_grain_unique" on "national_fact" ("county_id", "year", "sector", "theme_id", "ownership", "institution_id", "duration_years", "is_frame") nulls not distinct;`,
    );
    this.addSql(`
      create function national_fact_refresh(county uuid) returns void
      language plpgsql security definer set search_path = public, pg_temp as $$
      begin
        delete from national_fact f where f.county_id = county;
        insert into national_fact (county_id, year, sector, theme_id, ownership, institution_id,
                                   duration_years, is_frame, frame, ${MEASURES.join(', ')})
        ${SOURCES}
        select county, s.year, s.sector, s.theme_id, ow.ownership, pa.institution_id,
               s.duration_years, s.is_frame, sum(s.frame),
               ${MEASURES.map((m) => `sum(s.${m})`).join(', ')}
          from source s
          left join ownership ow on ow.partnership_id = s.partnership_id
          left join partnership pa on pa.id = s.partnership_id
         group by s.year, s.sector, s.theme_id, ow.ownership, pa.institution_id,
                  s.duration_years, s.is_frame;
      end $$;`);
    this.addSql(`
      create function national_fact_refresh_all() returns void
      language plpgsql security definer set search_path = public, pg_temp as $$
      declare
        c uuid;
      begin
        delete from national_fact;
        for c in select id from county loop
          perform national_fact_refresh(c);
        end loop;
      end $$;`);
    this.addSql(`
      create or replace function national_statistics_bump(county text) returns void language plpgsql as $$
      declare
        touched text := coalesce(current_setting('national_statistics.touched', true), '');
        is_first boolean;
      begin
        if county is null then
          return;
        end if;
        is_first := position(',' || county || ',' in touched) = 0;
        -- A county's facts once per transaction, at its commit (its writes are all done then); a
        -- truncate's at every truncate (a later one in the transaction changes them again).
        if not is_first and county <> '*' then
          return;
        end if;
        if is_first then
          insert into national_statistics_version as v (scope, generation) values (county, 1)
            on conflict (scope) do update set generation = v.generation + 1;
          perform set_config('national_statistics.touched',
            case when touched = '' then ',' else touched end || county || ',', true);
        end if;
        if county = '*' then
          perform national_fact_refresh_all();
        else
          perform national_fact_refresh(county::uuid);
        end if;
      end $$;`);
    // Only the triggers write the facts; the API's role reads them under row-level security.
    this.addSql(`revoke all on function national_fact_refresh(uuid) from public;`);
    this.addSql(`revoke all on function national_fact_refresh_all() from public;`);
    this.addSql(`grant execute on function national_fact_refresh(uuid) to kompetansemidler_app;`);
    this.addSql(`revoke all on table "national_fact" from kompetansemidler_app;`);
    this.addSql(`revoke all on sequence "national_fact_id_seq" from kompetansemidler_app;`);
    this.addSql(`grant select on table "national_fact" to kompetansemidler_app;`);
    this.addSql(`alter table "national_fact" enable row level security;`);
    this.addSql(`
      create policy county_rows on "national_fact" for select to kompetansemidler_app
        using (county_id = ${COUNTY});`);
    this.addSql(`
      create policy national_read on "national_fact" for select to kompetansemidler_app
        using (${NATIONAL});`);
    this.addSql(`select national_fact_refresh_all();`);
    this.addSql(`analyze "national_fact";`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      create or replace function national_statistics_bump(county text) returns void language plpgsql as $$
      declare
        touched text := coalesce(current_setting('national_statistics.touched', true), '');
      begin
        if county is null or position(',' || county || ',' in touched) > 0 then
          return;
        end if;
        insert into national_statistics_version as v (scope, generation) values (county, 1)
          on conflict (scope) do update set generation = v.generation + 1;
        perform set_config('national_statistics.touched',
          case when touched = '' then ',' else touched end || county || ',', true);
      end $$;`);
    this.addSql('drop function national_fact_refresh_all();');
    this.addSql('drop function national_fact_refresh(uuid);');
    this.addSql('drop table "national_fact";');
  }
}
