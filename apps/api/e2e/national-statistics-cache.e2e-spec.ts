import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import { QUERY, startNationalWorld, type NationalWorld } from './support/national-statistics.js';

// The national view over HTTP on the demo data (three counties, 2024–2027, with reports). Every
// figure is checked against plain SQL written here, independently of the API's query: decisions'
// own per-year JSON rather than the commitment table, accounts lines rather than report totals.
// This file: the kept (cached) answers and what invalidates them. (The data and totals:
// national-statistics-totals; groups and input: national-statistics-groups.)

describe('nationalStatistics on the demo data: kept answers', () => {
  let world: NationalWorld;
  let api: TestApi;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    world.sql<T>(text, params);
  const statistics: NationalWorld['statistics'] = (groupBy, filters) =>
    world.statistics(groupBy, filters);

  beforeAll(async () => {
    world = await startNationalWorld();
    ({ api } = world);
  });

  afterAll(() => api.close());

  describe('kept answers', () => {
    const version = async (countyCode: string) => {
      const [row] = await sql<{ generation: string }>(
        `select v.generation from national_statistics_version v
           join county c on c.id::text = v.scope where c.code = ?`,
        [countyCode],
      );
      return Number(row?.generation ?? 0);
    };

    it('are given again while nothing changes: one SQL statement, the data’s version', async () => {
      const first = await statistics(['COUNTY', 'SECTOR'], { years: [2025] });
      const again = await statistics(['COUNTY', 'SECTOR'], { years: [2025] });
      expect(again.stats).toEqual(first.stats);
      expect(again.sqlStatements).toBe(1);
    });

    it('are given to NATIONAL callers only: anyone else runs the query and is refused', async () => {
      await statistics(['COUNTY'], { years: [2026] });
      const admin = await api.as('ADMIN', 'troms');
      const { body } = await api.graphql(QUERY, { groupBy: ['COUNTY'], years: [2026] }, admin);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const anonymous = await api.graphql(QUERY, { groupBy: ['COUNTY'], years: [2026] }, {});
      expect(anonymous.body.data).toBeNull();
      expect(anonymous.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('are computed again after any committed write, and not after a rolled-back one', async () => {
      const before = await statistics(['YEAR'], { years: [2025] });
      const [decision] = await sql<{ id: string; county_id: string }>(
        `select d.id, d.county_id from decision d join round r on r.id = d.round_id
          where r.year = 2025 and d.granted_this_year > 0 order by d.id limit 1`,
      );
      const connection = api.db.orm.em.getConnection();

      await api.db.orm.em
        .fork()
        .transactional(async (em) => {
          await em
            .getConnection()
            .execute(
              'update decision set granted_this_year = granted_this_year + 1000 where id = ?',
              [decision!.id],
              'run',
              em.getTransactionContext(),
            );
          throw new Error('rolled back');
        })
        .catch((error: unknown) => expect(String(error)).toContain('rolled back'));
      const unchanged = await statistics(['YEAR'], { years: [2025] });
      expect(unchanged.sqlStatements, 'still the kept answer').toBe(1);
      expect(unchanged.stats).toEqual(before.stats);

      await connection.execute(
        'update decision set granted_this_year = granted_this_year + 1000 where id = ?',
        [decision!.id],
      );
      try {
        const after = await statistics(['YEAR'], { years: [2025] });
        expect(after.sqlStatements, 'computed again').toBe(2);
        expect(after.stats.totals.granted).toBe(before.stats.totals.granted + 1000);
      } finally {
        await connection.execute(
          'update decision set granted_this_year = granted_this_year - 1000 where id = ?',
          [decision!.id],
        );
      }
      expect((await statistics(['YEAR'], { years: [2025] })).stats).toEqual(before.stats);
    });

    it('follow a change made through the API (the round’s frame)', async () => {
      const [round] = await sql<{ id: string; year: number; frame: string; version: number }>(
        `select r.id, r.year, r.frame, r.version from round r join county c on c.id = r.county_id
          where c.code = 'troms' and r.status not in ('DECIDED', 'REPORTING') order by r.year limit 1`,
      );
      expect(round, 'a round before its decisions').toBeDefined();
      const before = await statistics(['COUNTY', 'YEAR'], { years: [round!.year] });
      const troms = () =>
        before.stats.groups.find((g) => g.county?.code === 'troms' && g.year === round!.year);
      expect(troms()?.figures.frame).toBe(Number(round!.frame));

      const admin = await api.as('ADMIN', 'troms');
      const { body } = await api.graphql(
        gql(
          `mutation NationalStatisticsFrame($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }`,
        ),
        { input: { roundId: round!.id, frame: Number(round!.frame) + 500_000 } },
        admin,
      );
      expect(body.errors).toBeUndefined();
      const after = await statistics(['COUNTY', 'YEAR'], { years: [round!.year] });
      const group = after.stats.groups.find(
        (g) => g.county?.code === 'troms' && g.year === round!.year,
      );
      expect(group?.figures.frame).toBe(Number(round!.frame) + 500_000);
      expect(after.stats.totals.frame).toBe(before.stats.totals.frame! + 500_000);
    });

    it('are invalidated by a write to any table the figures read, once per transaction and county', async () => {
      const [troms] = await sql<{ id: string }>(`select id from county where code = 'troms'`);
      const one = async (table: string) =>
        (
          await sql<{ id: string }>(`select id from ${table} where county_id = ? limit 1`, [
            troms!.id,
          ])
        )[0]!.id;
      const touches: Array<[string, string, unknown[]]> = [
        ['county', 'update county set name = name where id = ?', [troms!.id]],
        [
          'plan_version',
          'update plan_version set plan = plan where id = ?',
          [await one('plan_version')],
        ],
        ['owner', 'update owner set name = name where id = ?', [await one('owner')]],
        [
          'institution',
          'update institution set name = name where id = ?',
          [await one('institution')],
        ],
        [
          'partnership',
          'update partnership set name = name where id = ?',
          [await one('partnership')],
        ],
        [
          'partnership_owner',
          'update partnership_owner set owner_id = owner_id where partnership_id = ?',
          [await one('partnership')],
        ],
        ['round', 'update round set frame = frame where county_id = ?', [troms!.id]],
        ['commitment', 'update commitment set amount = amount where county_id = ?', [troms!.id]],
        [
          'needs_statement',
          'update needs_statement set title = title where county_id = ?',
          [troms!.id],
        ],
        ['decision', 'update decision set version = version where county_id = ?', [troms!.id]],
        [
          'annual_report',
          'update annual_report set status = status where county_id = ?',
          [troms!.id],
        ],
      ];
      for (const [table, text, params] of touches) {
        const before = await version('troms');
        const others = await version('nordland');
        await sql(text, params);
        expect(await version('troms'), table).toBe(before + 1);
        expect(await version('nordland'), `${table}: another county`).toBe(others);
      }
      const before = await version('troms');
      const reading = await sql(`select count(*) from scenario where county_id = ?`, [troms!.id]);
      expect(reading).toHaveLength(1);
      expect(await version('troms'), 'a read changes nothing').toBe(before);
    });
  });
});
