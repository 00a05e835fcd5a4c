import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COUNTIES } from '../src/seeders/demo.seeder.js';
import type { TestApi } from '../test/test-server.js';
import type { NationalQueryVariables } from './gql/graphql.js';
import { type Headers } from './support/common.js';
import { n, QUERY, startNationalWorld, type NationalWorld } from './support/national-statistics.js';
import { gql } from './gql/index.js';

/** A few figures, some under an alias: the statement computes only what they need. */
const FEW = gql(`query NationalFew($groupBy: [NationalDimension!]!) {
  nationalStatistics(groupBy: $groupBy) {
    groups { county { code } year figures { granted share: samiShare reportCompleteness } }
    totals { committed }
  }
}`);

// The national view over HTTP on the demo data (three counties, 2024–2027, with reports). Every
// figure is checked against plain SQL written here, independently of the API's query: decisions'
// own per-year JSON rather than the commitment table, accounts lines rather than report totals.
// This file: the groups, and the input refused. (The data and totals: national-statistics-totals;
// kept answers: national-statistics-cache.)

describe('nationalStatistics on the demo data: groups and input', () => {
  let world: NationalWorld;
  let api: TestApi;
  let national: Headers;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    world.sql<T>(text, params);
  const statistics: NationalWorld['statistics'] = (groupBy, filters) =>
    world.statistics(groupBy, filters);

  beforeAll(async () => {
    world = await startNationalWorld();
    ({ api, national } = world);
  });

  afterAll(() => api.close());

  describe('groups', () => {
    it('per county and year match plain SQL of decisions, their years and the rounds', async () => {
      const { stats } = await statistics(['COUNTY', 'YEAR']);
      const granted = await sql<{ code: string; year: number; granted: string; n: string }>(
        `select c.code, r.year, sum(d.granted_this_year) as granted, count(*) as n
           from decision d join round r on r.id = d.round_id join county c on c.id = d.county_id
          group by c.code, r.year`,
      );
      const committed = await sql<{ code: string; year: number; committed: string }>(
        `select c.code, (y ->> 'year')::int as year, sum((y ->> 'amount')::bigint) as committed
           from decision d join round r on r.id = d.round_id join county c on c.id = d.county_id,
                jsonb_array_elements(d.granted_per_year) y
          where (y ->> 'year')::int > r.year
          group by 1, 2`,
      );
      const frames = await sql<{ code: string; year: number; frame: number }>(
        `select c.code, r.year, r.frame from round r join county c on c.id = r.county_id`,
      );
      const group = (code: string, year: number) =>
        stats.groups.find((g) => g.county?.code === code && g.year === year);
      for (const row of granted) {
        expect(group(row.code, row.year)?.figures).toMatchObject({
          granted: n(row.granted),
          decisions: n(row.n),
        });
      }
      for (const row of committed) {
        expect(group(row.code, row.year)?.figures.committed).toBe(n(row.committed));
      }
      for (const row of frames) expect(group(row.code, row.year)?.figures.frame).toBe(row.frame);
      // A year with commitments but no round yet has no frame.
      const later = stats.groups.filter(
        (g) => !frames.some((f) => f.code === g.county?.code && f.year === g.year),
      );
      expect(later.length).toBeGreaterThan(0);
      for (const g of later) expect(g.figures.frame).toBeNull();
      expect(group('troms', 2024)?.county?.name).toBe('Statsforvalteren i Troms (demo)');
    });

    it('per sector, ownership and institution match plain SQL', async () => {
      const bySector = (await statistics(['SECTOR'])).stats.groups;
      const sectors = await sql<{ sector: string; granted: string }>(
        `select ns.sector, sum(d.granted_this_year) as granted
           from decision d join needs_statement ns on ns.id = d.needs_statement_id group by ns.sector`,
      );
      for (const row of sectors) {
        expect(bySector.find((g) => g.sector === row.sector)?.figures.granted).toBe(n(row.granted));
      }

      const byOwnership = (await statistics(['OWNERSHIP'])).stats.groups;
      const ownership = await sql<{ kind: string; granted: string }>(
        `with kinds as (
           select po.partnership_id,
                  case when count(*) filter (where o.ownership = 'PRIVATE') = 0 then 'PUBLIC'
                       when count(*) filter (where o.ownership = 'PUBLIC') = 0 then 'PRIVATE'
                       else 'MIXED' end as kind
             from partnership_owner po join owner o on o.id = po.owner_id group by 1)
         select k.kind, sum(d.granted_this_year) as granted
           from decision d join kinds k on k.partnership_id = d.partnership_id group by k.kind`,
      );
      expect(ownership.length).toBeGreaterThanOrEqual(2);
      for (const row of ownership) {
        expect(byOwnership.find((g) => g.ownership === row.kind)?.figures.granted).toBe(
          n(row.granted),
        );
      }

      const byInstitution = (await statistics(['INSTITUTION'])).stats.groups;
      const institutions = await sql<{ orgnr: string; granted: string }>(
        `select i.orgnr, sum(d.granted_this_year) as granted
           from decision d join partnership p on p.id = d.partnership_id
           join institution i on i.id = p.institution_id group by i.orgnr`,
      );
      for (const row of institutions) {
        const g = byInstitution.find((x) => x.institution?.orgnr === row.orgnr);
        expect(g?.figures.granted).toBe(n(row.granted));
        expect(g?.institution?.name).toMatch(/\(demo\)$/);
      }
    });

    it('name each theme with its plan’s title', async () => {
      const { stats } = await statistics(['THEME']);
      const titles = new Map<string, string>();
      for (const county of DEMO_COUNTIES) {
        for (const version of county.plan.versions) {
          for (const sector of version.rules.themes) {
            for (const theme of sector.themes) titles.set(theme.id, theme.title.nb);
          }
        }
      }
      const themed = stats.groups.filter((g) => g.theme !== null);
      expect(themed.length).toBeGreaterThan(10);
      for (const g of themed) expect(g.theme?.titleNb).toBe(titles.get(g.theme!.id));
    });

    it('filter by years and counties', async () => {
      const { stats } = await statistics(['COUNTY'], {
        years: [2026, 2025],
        counties: ['troms', 'oslo-viken'],
      });
      expect(stats.years).toEqual([2025, 2026]);
      expect(stats.counties).toEqual(['oslo-viken', 'troms']);
      expect(stats.groups.map((g) => g.county?.code)).toEqual(['oslo-viken', 'troms']);
      const [row] = await sql(
        `select sum(d.granted_this_year) as granted, sum(r.frame) as never from decision d
           join round r on r.id = d.round_id join county c on c.id = d.county_id
          where r.year in (2025, 2026) and c.code in ('troms', 'oslo-viken')`,
      );
      const [frames] = await sql(
        `select sum(r.frame) as frame from round r join county c on c.id = r.county_id
          where r.year in (2025, 2026) and c.code in ('troms', 'oslo-viken')`,
      );
      expect(stats.totals.granted).toBe(n(row?.['granted']));
      expect(stats.totals.frame).toBe(n(frames?.['frame']));
    });
  });

  describe('a few figures', () => {
    it('are the same as with every figure (the statement computes only those asked for)', async () => {
      const { stats } = await statistics(['COUNTY', 'YEAR']);
      const { body } = await api.graphql(FEW, { groupBy: ['COUNTY', 'YEAR'] }, national);
      expect(body.errors).toBeUndefined();
      const answer = body.data!.nationalStatistics;
      expect(answer.totals).toEqual({ committed: stats.totals.committed });
      expect(answer.groups).toEqual(
        stats.groups.map((g) => ({
          county: { code: g.county!.code },
          year: g.year,
          figures: {
            granted: g.figures.granted,
            share: g.figures.samiShare,
            reportCompleteness: g.figures.reportCompleteness,
          },
        })),
      );
      expect(answer.groups.length).toBeGreaterThan(5);
    });
  });

  describe('input', () => {
    it('refuses a dimension given twice, an unknown county and a year out of range', async () => {
      const cases: Array<[NationalQueryVariables, string]> = [
        [{ groupBy: ['YEAR', 'YEAR'] }, 'groupBy'],
        [{ groupBy: [], counties: ['atlantis'] }, 'counties'],
        [{ groupBy: [], years: [1066] }, 'years'],
      ];
      for (const [variables, field] of cases) {
        const { body } = await api.graphql(QUERY, variables, national);
        const error = body.errors?.[0];
        expect(error?.extensions?.['code']).toBe('BAD_USER_INPUT');
        expect(error?.extensions?.['field']).toBe(field);
        const [problem] = error?.extensions?.['problems'] as Array<{
          path: string[];
          message: { nb: string; en: string };
        }>;
        expect(problem?.path).toEqual([field]);
        expect(problem?.message.nb.length).toBeGreaterThan(5);
        expect(problem?.message.en.length).toBeGreaterThan(5);
        expect(body.data ?? null).toBeNull();
      }
    });

    it('sums beyond a 32-bit Int exactly (the Kroner scalar)', async () => {
      const em = api.db.orm.em.getConnection();
      await em.execute(`update round set frame = 2147483000 where year = 2027`);
      const { stats } = await statistics(['YEAR'], { years: [2027] });
      const [row] = await sql(`select sum(frame)::text as frame from round where year = 2027`);
      expect(stats.totals.frame).toBe(Number(row?.['frame']));
      expect(stats.totals.frame).toBeGreaterThan(2 ** 31);
      expect(Number.isSafeInteger(stats.totals.frame)).toBe(true);
    });
  });
});
