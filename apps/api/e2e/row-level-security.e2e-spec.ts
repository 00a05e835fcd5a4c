import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/modules/auth/role.js';
import { scopeToViewer } from '../src/server/request-context.js';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

// PostgreSQL's row-level security under the ORM's tenant filter: the API connects as
// kompetansemidler_api (neither superuser nor table owner); a county-bound request runs in one
// transaction bound to its county, as does every transaction of an EntityManager scoped to a
// county, and the policies hold it to that county's rows whatever SQL it sends.

describe('row-level security for county-bound callers', () => {
  let api: TestApi;
  let world: SmallWorld;
  let troms: string;
  let nordland: string;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm);
    const counties = await api.db.orm.em
      .fork()
      .execute<{ id: string; code: string }[]>('select id, code from county');
    troms = counties.find((c) => c.code === 'troms')!.id;
    nordland = counties.find((c) => c.code === 'nordland')!.id;
  });

  afterAll(async () => {
    await api?.close();
  });

  function adminOf(countyId: string): EntityManager {
    const em = api.db.appOrm.em.fork();
    scopeToViewer(em, {
      subject: 'rls-test',
      name: 'RLS',
      role: Role.ADMIN,
      county: { id: countyId, code: 'x', name: 'x' },
      partnershipId: null,
    });
    return em;
  }

  /**
   * Runs `work` while an extra policy hides every row of `table` from the application role: the
   * ORM's filter alone would still show the caller its county's rows, so their absence proves the
   * statements ran under the policies.
   */
  async function whileHidden(table: string, work: () => Promise<void>): Promise<void> {
    const conn = api.db.orm.em.getConnection();
    await conn.execute(
      `create policy rls_hidden on ${table} as restrictive for select to kompetansemidler_app using (false)`,
    );
    try {
      await work();
    } finally {
      await conn.execute(`drop policy rls_hidden on ${table}`);
    }
  }

  const setFrame = async (frame: number) =>
    api.graphql(
      gql(
        `mutation RowLevelSecurity2($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }`,
      ),
      { input: { roundId: world.tromsRoundId, frame } },
      await api.as('ADMIN', 'troms'),
    );

  const runScenario = async (name: string) =>
    api.runScenario(
      {
        roundId: world.tromsRoundId,
        name,
        method: 'RANKED',
        override: { reason: 'Prøvekjøring før fristen' },
      },
      await api.as('ADMIN', 'troms'),
    );

  it('runs as the application role and sees only its county’s rows, even through raw SQL', async () => {
    await adminOf(troms).transactional(async (em) => {
      const [who] = await em.execute<{ role: string }[]>('select current_user as role');
      expect(who!.role).toBe('kompetansemidler_api');
      const counties = await em.execute<{ county_id: string }[]>(
        'select distinct county_id from needs_statement',
      );
      expect(counties).toEqual([{ county_id: troms }]);
      const [other] = await em.execute<{ n: string }[]>(
        'select count(*) as n from round where id = ?',
        [world.nordlandRoundId],
      );
      expect(Number(other!.n)).toBe(0);
    });
  });

  it('changes nothing of another county and refuses rows written for it', async () => {
    await adminOf(troms).transactional(async (em) => {
      const [updated] = await em.execute<{ n: string }[]>(
        `with changed as (update round set frame = frame + 1 where county_id = ? returning 1)
         select count(*) as n from changed`,
        [nordland],
      );
      expect(Number(updated!.n)).toBe(0);
    });
    await expect(
      adminOf(troms).transactional((em) =>
        em.execute(
          `insert into audit_log (county_id, actor_subject, actor_name, actor_role, action,
             entity_type, entity_id) values (?, 'x', 'x', 'ADMIN', 'forged', 'Round', 'x')`,
          [nordland],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('leaves sessions that are not a county’s (migrations, seeders, national) their own rights', async () => {
    await api.db.orm.em.fork().transactional(async (em) => {
      const counties = await em.execute<{ county_id: string }[]>(
        'select distinct county_id from needs_statement order by county_id',
      );
      expect(counties.map((c) => c.county_id).sort()).toEqual([troms, nordland].sort());
    });
  });

  it('holds every query of a county-bound caller to its county, outside transactions too', async () => {
    const admin = await api.as('ADMIN', 'troms');
    const read = async () => {
      const one = await api.graphql(
        gql(`query RowLevelSecurity1($id: ID!) { round(id: $id) { id } }`),
        { id: world.tromsRoundId },
        admin,
      );
      const list = await api.graphql(
        gql(`query RowLevelSecurity3 { rounds { totalCount } }`),
        {},
        admin,
      );
      return { one: one.body, list: list.body };
    };
    const before = await read();
    expect(before.one.data?.round.id).toBe(world.tromsRoundId);
    expect(before.list.data?.rounds.totalCount).toBeGreaterThan(0);
    await whileHidden('round', async () => {
      const hidden = await read();
      expect(hidden.one.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(hidden.list.data?.rounds.totalCount).toBe(0);
      // Udir's national reads run as the API's role too, under the same policies (the national
      // scope reads every county's rows the policies let it): they read the national facts.
      await whileHidden('national_fact', async () => {
        const national = await api.graphql(
          gql(
            `query RowLevelSecurity4 { nationalStatistics(groupBy: [COUNTY]) { totals { statements } } }`,
          ),
          {},
          await api.as('NATIONAL'),
        );
        expect(national.body.errors).toBeUndefined();
        expect(national.body.data?.nationalStatistics.totals.statements).toBe(0);
      });
    });
    // (Another grouping: the answer above is kept while the data's version stays the same.)
    const national = await api.graphql(
      gql(
        `query RowLevelSecurity5 { nationalStatistics(groupBy: [SECTOR]) { totals { statements } } }`,
      ),
      {},
      await api.as('NATIONAL'),
    );
    expect(national.body.data?.nationalStatistics.totals.statements).toBeGreaterThan(0);
    expect(await read()).toEqual(before);
  });

  it('holds every statement of a mutation to the county: its reads, and the answer it reads back', async () => {
    await whileHidden('round', async () => {
      expect((await setFrame(41_000_000)).body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect((await runScenario('RLS svar')).body.errors?.[0]?.extensions?.['code']).toBe(
        'NOT_FOUND',
      );
    });
    // The run is stored in the county's transaction: the ORM reads the scenario it inserts back,
    // which the policies refuse while scenarios are hidden from the county, so nothing is stored
    // and the run is FAILED.
    await whileHidden('scenario', async () => {
      const hidden = await runScenario('RLS svar');
      expect(hidden.body.data).toBeUndefined();
      expect(hidden.body.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    });
    const stored = await api.db.orm.em
      .fork()
      .execute<{ status: string }[]>(`select status from scenario_run where name = 'RLS svar'`);
    expect(stored).toEqual([{ status: 'FAILED' }]);
    expect((await setFrame(41_000_000)).body.errors).toBeUndefined();
  });

  it('holds the API’s own mutations to the caller’s county (they run as the application role)', async () => {
    const conn = api.db.orm.em.getConnection();
    await conn.execute(`create table rls_seen (role text, county text)`);
    await conn.execute(`grant insert on rls_seen to kompetansemidler_app`);
    await conn.execute(`create function rls_note() returns trigger language plpgsql as $$
      begin
        insert into rls_seen values (current_user, current_setting('kompetansemidler.county_id', true));
        return new;
      end $$`);
    await conn.execute(
      `create trigger rls_note after insert on audit_log for each row execute function rls_note()`,
    );
    try {
      expect((await setFrame(40_000_000)).body.errors).toBeUndefined();
      const run = await runScenario('RLS');
      expect(run.body.errors).toBeUndefined();
      const seen = await api.db.orm.em
        .fork()
        .execute<{ role: string; county: string }[]>('select role, county from rls_seen');
      // The frame's audit entry (the request's transaction) and the run's (stored in the background).
      expect(seen).toEqual([
        { role: 'kompetansemidler_api', county: troms },
        { role: 'kompetansemidler_api', county: troms },
      ]);
    } finally {
      await conn.execute(`drop trigger rls_note on audit_log`);
      await conn.execute(`drop function rls_note()`);
      await conn.execute(`drop table rls_seen`);
    }
  });
});
