import 'reflect-metadata';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalStatisticsFromSourcesSql } from '../src/modules/national/national-statistics.source-sql.js';
import {
  nationalStatisticsSql,
  type NationalStatisticsQuery,
} from '../src/modules/national/national-statistics.sql.js';
import { currentYearInNorway } from '../src/modules/national/national.service.js';
import { NationalDimension as D } from '../src/modules/national/national.types.js';
import { DemoSeeder } from '../src/seeders/demo.seeder.js';
import { startTestApi, type TestApi } from '../test/test-server.js';

// The fact table (`national_fact`, kept by the statistics triggers) against the very same
// statistics computed straight from the source tables, on the demo data, after inserts, updates
// and deletes of every kind the figures read: statements, decisions, commitments, reports, owners,
// partnerships and rounds; by the owner and by the API's own role under row-level security; in
// concurrent transactions of one county, rolled back, and truncated.

const GROUPINGS: D[][] = [
  [],
  ...Object.values(D).map((d) => [d]),
  [D.COUNTY, D.YEAR],
  [D.SECTOR, D.THEME, D.DURATION],
  [D.OWNERSHIP, D.INSTITUTION],
  Object.values(D),
];
const SEVEN = Object.values(D);

type Client = pg.Client;

/** knex's `in (?)` with an array, as node-postgres takes it. */
function pgText(sql: string): string {
  let n = 0;
  return sql.replace(/in \(\?\)/g, '= any(?)').replace(/\?/g, () => `$${++n}`);
}

/** Rows with their columns in one order (the two statements name the same columns in another). */
function normalized(rows: Array<Record<string, unknown>>): string[] {
  return rows.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b))));
}

describe('national facts', () => {
  let api: TestApi;
  let owner: Client;
  const clients: Client[] = [];

  async function connect(url: string): Promise<Client> {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    clients.push(client);
    return client;
  }

  async function one<T>(client: Client, sql: string, params: unknown[] = []): Promise<T> {
    const { rows } = await client.query(sql, params);
    return rows[0] as T;
  }

  /** Both statements' answers for one query, read on `client` (inside its transaction, if any). */
  async function both(client: Client, query: NationalStatisticsQuery) {
    const facts = nationalStatisticsSql(query);
    const sources = nationalStatisticsFromSourcesSql(query);
    const [a, b] = [
      await client.query(pgText(facts.sql), facts.params),
      await client.query(pgText(sources.sql), sources.params),
    ];
    return { facts: normalized(a.rows), sources: normalized(b.rows) };
  }

  /** Every grouping unfiltered, and the seven dimensions filtered by year and by county. */
  async function expectAgreement(client: Client = owner): Promise<void> {
    const currentYear = currentYearInNorway();
    const queries: NationalStatisticsQuery[] = [
      ...GROUPINGS.map((groupBy) => ({ groupBy, years: [], counties: [], currentYear })),
      { groupBy: SEVEN, years: [2025, 2026], counties: [], currentYear },
      { groupBy: SEVEN, years: [], counties: ['troms'], currentYear },
      { groupBy: [D.COUNTY, D.YEAR], years: [2024], counties: ['nordland'], currentYear },
    ];
    for (const query of queries) {
      const { facts, sources } = await both(client, query);
      expect(facts, `grouped by ${query.groupBy.join(', ') || 'nothing'}`).toEqual(sources);
    }
  }

  const factRows = async (client: Client = owner) =>
    (await client.query('select * from national_fact order by id')).rows.map((r) => {
      const { id: _id, ...rest } = r as Record<string, unknown>;
      return rest;
    });

  const countyId = async (code: string) =>
    (await one<{ id: string }>(owner, 'select id from county where code = $1', [code])).id;

  beforeAll(async () => {
    api = await startTestApi();
    await api.db.orm.getSeeder().seed(DemoSeeder);
    owner = await connect(api.db.url);
  });

  afterAll(async () => {
    for (const client of clients) await client.end().catch(() => undefined);
    await api.close();
  });

  it('hold the demo data’s figures at their grain: every grouping agrees with the source tables', async () => {
    const { n } = await one<{ n: number }>(owner, 'select count(*)::int as n from national_fact');
    // Far fewer rows than the sources' (statements, decisions, commitments, reports).
    const { sources } = await one<{ sources: number }>(
      owner,
      `select (select count(*) from needs_statement) + (select count(*) from commitment)
              + (select count(*) from annual_report) + (select count(*) from round) as sources`,
    );
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(Number(sources));
    await expectAgreement();
  });

  it('follow inserts, updates and deletes of statements, decisions, commitments and reports', async () => {
    const troms = await countyId('troms');
    // A statement copied under a new id, with another sector and duration, and its decision.
    const [source] = (
      await owner.query(
        `select ns.id, d.id as decision_id from needs_statement ns
           join decision d on d.needs_statement_id = ns.id
          where ns.county_id = $1 and d.granted_this_year > 0
            and not exists (select 1 from annual_report ar where ar.decision_id = d.id)
          order by ns.id limit 1`,
        [troms],
      )
    ).rows as Array<{ id: string; decision_id: string }>;
    const { id: copy } = await one<{ id: string }>(
      owner,
      `insert into needs_statement
         select (jsonb_populate_record(null::needs_statement, to_jsonb(ns) || jsonb_build_object(
                   'id', gen_random_uuid(), 'sector', 'TEAM_AROUND_CHILD', 'duration_years', 3,
                   'requested_this_year', 123457))).*
           from needs_statement ns where ns.id = $1
       returning id`,
      [source!.id],
    );
    await owner.query(
      `insert into decision
         select (jsonb_populate_record(null::decision, to_jsonb(d) || jsonb_build_object(
                   'id', gen_random_uuid(), 'needs_statement_id', $2::uuid,
                   'granted_this_year', 77001, 'granted_total', 150002, 'newcomer_owners', 1))).*
           from decision d where d.id = $1`,
      [source!.decision_id, copy],
    );
    await expectAgreement();

    // The copy withdrawn and moved to another theme; a decision granting more, one granting nothing.
    await owner.query(
      `update needs_statement set status = 'WITHDRAWN', theme_id = 'moved-theme' where id = $1`,
      [copy],
    );
    await owner.query(
      `update decision set granted_this_year = granted_this_year + 5000,
              granted_total = granted_total + 9000, funded_owners = funded_owners + 1
        where id = $1`,
      [source!.decision_id],
    );
    await owner.query(
      `update decision set granted_this_year = 0, granted_total = 0, newcomer_owners = 0
        where id = (select id from decision where county_id = $1 and granted_this_year > 0
                       and id <> $2 order by id limit 1)`,
      [troms, source!.decision_id],
    );
    await expectAgreement();

    // The copy's decision and the copy deleted; a decision deleted and put back.
    await owner.query('delete from decision where needs_statement_id = $1', [copy]);
    await owner.query('delete from needs_statement where id = $1', [copy]);
    await owner.query(
      'create temporary table saved_decision as select * from decision where id = $1',
      [source!.decision_id],
    );
    await owner.query('delete from decision where id = $1', [source!.decision_id]);
    await expectAgreement();
    await owner.query('insert into decision select * from saved_decision');
    await owner.query('drop table saved_decision');

    // Commitments: one moved a year on, one down to nothing, one deleted.
    const commitments = (
      await owner.query(
        `select id from commitment where county_id = $1 and amount > 0 order by id limit 3`,
        [troms],
      )
    ).rows as Array<{ id: string }>;
    await owner.query('update commitment set year = year + 1 where id = $1', [commitments[0]!.id]);
    await owner.query('update commitment set amount = 0 where id = $1', [commitments[1]!.id]);
    await owner.query('delete from commitment where id = $1', [commitments[2]!.id]);
    // Reports: one returned, one accepted, one deleted (with its accounts lines).
    const reports = (await owner.query(`select id from annual_report order by id limit 3`))
      .rows as Array<{ id: string }>;
    await owner.query(`update annual_report set status = 'RETURNED' where id = $1`, [
      reports[0]!.id,
    ]);
    await owner.query(
      `update annual_report set status = 'ACCEPTED', spent_owner = spent_owner + 1 where id = $1`,
      [reports[1]!.id],
    );
    await owner.query('delete from annual_report where id = $1', [reports[2]!.id]);
    // A round's frame.
    await owner.query(`update round set frame = frame + 250000 where county_id = $1`, [troms]);
    await expectAgreement();
  });

  it('follow owners’ ownership, a partnership’s owners and its institution', async () => {
    const nordland = await countyId('nordland');
    const { owner_id: ownerId } = await one<{ owner_id: string }>(
      owner,
      `select po.owner_id from partnership_owner po join partnership p on p.id = po.partnership_id
        where p.county_id = $1 order by po.owner_id limit 1`,
      [nordland],
    );
    await owner.query(
      `update owner set ownership = case ownership when 'PUBLIC' then 'PRIVATE' else 'PUBLIC' end
        where id = $1`,
      [ownerId],
    );
    await owner.query(
      `delete from partnership_owner where (partnership_id, owner_id) = (
         select partnership_id, owner_id from partnership_owner po
           join partnership p on p.id = po.partnership_id
          where p.county_id = $1 and po.owner_id <> $2
          order by partnership_id, owner_id limit 1)`,
      [nordland, ownerId],
    );
    await owner.query(
      `update partnership set institution_id = (
         select id from institution where county_id = $1 order by id desc limit 1)
        where id = (select id from partnership where county_id = $1 order by id limit 1)`,
      [nordland],
    );
    await expectAgreement();
  });

  it('are written by the API’s own role under row-level security, which cannot write them itself', async () => {
    const troms = await countyId('troms');
    const app = await connect(api.db.appUrl);
    await app.query('begin');
    await app.query(`select set_config('kompetansemidler.county_id', $1, true)`, [troms]);
    await app.query(
      `update decision set granted_this_year = granted_this_year + 3100
        where id = (select id from decision where granted_this_year > 0 order by id limit 1)`,
    );
    await app.query('commit');
    await expectAgreement();

    // Bound to a county, the role reads that county's facts alone, and writes none.
    await app.query('begin');
    await app.query(`select set_config('kompetansemidler.county_id', $1, true)`, [troms]);
    const seen = await app.query('select distinct county_id from national_fact');
    expect(seen.rows).toEqual([{ county_id: troms }]);
    await expect(
      app.query('update national_fact set granted = granted + 1 where county_id = $1', [troms]),
    ).rejects.toThrow(/permission denied/);
    await app.query('rollback');
    await app.query('begin');
    await app.query(`select set_config('kompetansemidler.county_id', $1, true)`, [troms]);
    await expect(app.query(`select national_fact_refresh_all()`)).rejects.toThrow(
      /permission denied/,
    );
    await app.query('rollback');
  });

  it('change nothing for a rolled-back write, and follow concurrent writers of one county', async () => {
    const before = await factRows();
    await owner.query('begin');
    await owner.query('update decision set granted_this_year = granted_this_year + 1');
    await owner.query(`delete from annual_report where status = 'ACCEPTED'`);
    await owner.query('rollback');
    expect(await factRows()).toEqual(before);

    // Two transactions of one county, each changing its own decision: the second to commit
    // recomputes the county after the first's commit, so both changes are in the facts.
    const oslo = await countyId('oslo-viken');
    const decisions = (
      await owner.query(
        `select id from decision where county_id = $1 and granted_this_year > 0 order by id limit 2`,
        [oslo],
      )
    ).rows as Array<{ id: string }>;
    const [first, second] = [await connect(api.db.url), await connect(api.db.url)];
    for (const [client, decision] of [
      [first, decisions[0]!],
      [second, decisions[1]!],
    ] as const) {
      await client.query('begin');
      await client.query(
        'update decision set granted_this_year = granted_this_year + 4321 where id = $1',
        [decision.id],
      );
    }
    await Promise.all([first.query('commit'), second.query('commit')]);
    await expectAgreement();
  });

  it('are recomputed on a truncate (inside its transaction)', async () => {
    await owner.query('begin');
    // cascade: repayment claims refer to the reports
    await owner.query('truncate accounts_line, annual_report cascade');
    await expectAgreement(owner);
    const { reports } = await one<{ reports: string }>(
      owner,
      'select sum(reports_submitted + reports_returned) as reports from national_fact',
    );
    expect(Number(reports)).toBe(0);
    await owner.query('rollback');
    await expectAgreement();
  });
});
