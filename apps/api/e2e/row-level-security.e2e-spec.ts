import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlRows } from '../src/common/sql.js';
import { Role } from '../src/modules/auth/role.js';
import { scopeToViewer } from '../src/server/request-context.js';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';

// PostgreSQL's row-level security under the ORM's tenant filter: every connection a county-bound
// request takes from the pool, and every transaction of an EntityManager scoped to a county, runs
// as kompetansemidler_app with its county set, and the policies hold it to that county's rows
// whatever SQL it sends.

describe('row-level security for county-bound callers', () => {
  let api: TestApi;
  let world: SmallWorld;
  let troms: string;
  let nordland: string;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm);
    const counties = await sqlRows<{ id: string; code: string }>(
      api.db.orm.em.fork(),
      'select id, code from county',
    );
    troms = counties.find((c) => c.code === 'troms')!.id;
    nordland = counties.find((c) => c.code === 'nordland')!.id;
  });

  afterAll(async () => {
    await api?.close();
  });

  function adminOf(countyId: string): EntityManager {
    const em = api.db.orm.em.fork();
    scopeToViewer(em, {
      subject: 'rls-test',
      name: 'RLS',
      role: Role.ADMIN,
      county: { id: countyId, code: 'x', name: 'x' },
      partnershipId: null,
    });
    return em;
  }

  it('runs as the application role and sees only its county’s rows, even through raw SQL', async () => {
    await adminOf(troms).transactional(async (em) => {
      const [who] = await sqlRows<{ role: string }>(em, 'select current_user as role');
      expect(who!.role).toBe('kompetansemidler_app');
      const counties = await sqlRows<{ county_id: string }>(
        em,
        'select distinct county_id from needs_statement',
      );
      expect(counties).toEqual([{ county_id: troms }]);
      const [other] = await sqlRows<{ n: string }>(
        em,
        'select count(*) as n from round where id = ?',
        [world.nordlandRoundId],
      );
      expect(Number(other!.n)).toBe(0);
    });
  });

  it('changes nothing of another county and refuses rows written for it', async () => {
    await adminOf(troms).transactional(async (em) => {
      const [updated] = await sqlRows<{ n: string }>(
        em,
        `with changed as (update round set frame = frame + 1 where county_id = ? returning 1)
         select count(*) as n from changed`,
        [nordland],
      );
      expect(Number(updated!.n)).toBe(0);
    });
    await expect(
      adminOf(troms).transactional((em) =>
        sqlRows(
          em,
          `insert into audit_log (county_id, actor_subject, actor_name, actor_role, action,
             entity_type, entity_id) values (?, 'x', 'x', 'ADMIN', 'forged', 'Round', 'x')`,
          [nordland],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('leaves sessions that are not a county’s (migrations, seeders, national) their own rights', async () => {
    await api.db.orm.em.fork().transactional(async (em) => {
      const counties = await sqlRows<{ county_id: string }>(
        em,
        'select distinct county_id from needs_statement order by county_id',
      );
      expect(counties.map((c) => c.county_id).sort()).toEqual([troms, nordland].sort());
    });
  });

  it('holds every query of a county-bound caller to its county, outside transactions too', async () => {
    const conn = api.db.orm.em.getConnection();
    const admin = await api.as('ADMIN', 'troms');
    const read = async () => {
      const one = await api.graphql<{ round: { id: string } }>(
        `query($id: ID!) { round(id: $id) { id } }`,
        { id: world.tromsRoundId },
        admin,
      );
      const list = await api.graphql<{ rounds: { totalCount: number } }>(
        `{ rounds { totalCount } }`,
        {},
        admin,
      );
      return { one: one.body, list: list.body };
    };
    const before = await read();
    expect(before.one.data?.round.id).toBe(world.tromsRoundId);
    expect(before.list.data?.rounds.totalCount).toBeGreaterThan(0);
    // A policy that hides every round from the application role: the ORM's filter alone would
    // still show the caller its own round, so its absence proves the reads ran under the policies.
    await conn.execute(
      `create policy rls_hide_rounds on round as restrictive for select to kompetansemidler_app using (false)`,
    );
    try {
      const hidden = await read();
      expect(hidden.one.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(hidden.list.data?.rounds.totalCount).toBe(0);
      // Udir's national reads are not a county's: no transaction, the connecting user's rights.
      const national = await api.graphql<{
        nationalStatistics: { totals: { statements: number } };
      }>(
        `{ nationalStatistics(groupBy: [COUNTY]) { totals { statements } } }`,
        {},
        await api.as('NATIONAL'),
      );
      expect(national.body.errors).toBeUndefined();
      expect(national.body.data?.nationalStatistics.totals.statements).toBeGreaterThan(0);
    } finally {
      await conn.execute(`drop policy rls_hide_rounds on round`);
    }
    expect(await read()).toEqual(before);
  });

  it('holds every statement of a mutation to the county: its reads, and the answer it reads back', async () => {
    const conn = api.db.orm.em.getConnection();
    const admin = await api.as('ADMIN', 'troms');
    const frame = () =>
      api.graphql(
        `mutation($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }`,
        { input: { roundId: world.tromsRoundId, frame: 41_000_000 } },
        admin,
      );
    const run = () =>
      api.graphql<{ runScenario: { id: string } | null }>(
        `mutation($input: RunScenarioInput!) { runScenario(input: $input) { id } }`,
        {
          input: {
            roundId: world.tromsRoundId,
            name: 'RLS svar',
            method: 'RANKED',
            override: { reason: 'Prøvekjøring før fristen' },
          },
        },
        admin,
      );
    await conn.execute(
      `create policy rls_hide_rounds on round as restrictive for select to kompetansemidler_app using (false)`,
    );
    try {
      expect((await frame()).body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect((await run()).body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    } finally {
      await conn.execute(`drop policy rls_hide_rounds on round`);
    }
    // runScenario reads its stored scenario back in the request's own transaction, after the run.
    await conn.execute(
      `create policy rls_hide_scenarios on scenario as restrictive for select to kompetansemidler_app using (false)`,
    );
    try {
      const hidden = await run();
      expect(hidden.body.data?.runScenario ?? null).toBeNull();
      expect(hidden.body.errors).toHaveLength(1);
    } finally {
      await conn.execute(`drop policy rls_hide_scenarios on scenario`);
    }
    const [stored] = await sqlRows<{ n: string }>(
      api.db.orm.em.fork(),
      `select count(*) as n from scenario_run where name = 'RLS svar' and status = 'DONE'`,
    );
    expect(Number(stored!.n)).toBe(1);
    expect((await frame()).body.errors).toBeUndefined();
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
      const admin = await api.as('ADMIN', 'troms');
      const frame = await api.graphql(
        `mutation($input: SetRoundFrameInput!) { setRoundFrame(input: $input) { frame } }`,
        { input: { roundId: world.tromsRoundId, frame: 40_000_000 } },
        admin,
      );
      expect(frame.body.errors).toBeUndefined();
      const run = await api.graphql(
        `mutation($input: RunScenarioInput!) { runScenario(input: $input) { id } }`,
        {
          input: {
            roundId: world.tromsRoundId,
            name: 'RLS',
            method: 'RANKED',
            override: { reason: 'Prøvekjøring før fristen' },
          },
        },
        admin,
      );
      expect(run.body.errors).toBeUndefined();
      const seen = await sqlRows<{ role: string; county: string }>(
        api.db.orm.em.fork(),
        'select role, county from rls_seen',
      );
      // The frame's audit entry (the request's transaction) and the run's (the solver thread's).
      expect(seen).toEqual([
        { role: 'kompetansemidler_app', county: troms },
        { role: 'kompetansemidler_app', county: troms },
      ]);
    } finally {
      await conn.execute(`drop trigger rls_note on audit_log`);
      await conn.execute(`drop function rls_note()`);
      await conn.execute(`drop table rls_seen`);
    }
  });
});
