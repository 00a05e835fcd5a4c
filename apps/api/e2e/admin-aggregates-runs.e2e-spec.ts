import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmallWorld } from '../test/fixtures.js';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import { closeTromsRound, RUN, startAggregatesWorld } from './support/admin-aggregates.js';
import { codeOf, sqlOn, type Headers } from './support/common.js';

// The runs of the engine the admin follows: one at a time per round, freed after a crash,
// refused before recording when invalid, and kept to the office. (The round's figures:
// admin-aggregates-round; scenario totals and reports: admin-aggregates-scenarios.)

describe('aggregates for the admin: the engine’s runs, one at a time per round', () => {
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;
  let forum: Headers;

  beforeAll(async () => {
    const ctx = await startAggregatesWorld();
    ({ api, world, admin, forum } = ctx);
    // Scenarios run on a closed round.
    const closed = await closeTromsRound(ctx);
    expect(closed.body.errors).toBeUndefined();
  });

  afterAll(() => api.close());

  const sql = <T>(query: string, params: unknown[] = []): Promise<T[]> =>
    sqlOn<T>(api, query, params);

  it('refuses a second run of a round while one is in progress, and frees the round after a crash', async () => {
    const [round] = await sql<{ county_id: string }>('select county_id from round where id = ?', [
      world.tromsRoundId,
    ]);
    const activeId = crypto.randomUUID();
    // A run in progress (as another server instance would have recorded it).
    await sql(
      `insert into scenario_run (id, county_id, round_id, name, method, cut_rule, status, requested_by,
         requested_by_name, started_at, lease_until)
       values (?, ?, ?, 'Pågår', 'OPTIMAL', 'PROPORTIONAL', 'RUNNING', 'someone', 'Kari Rådgiver', now(),
         now() + interval '1 hour')`,
      [activeId, round!.county_id, world.tromsRoundId],
    );
    const before = await sql<{ n: string }>(
      'select count(*) as n from scenario where round_id = ?',
      [world.tromsRoundId],
    );
    const refused = await api.runScenario(
      { roundId: world.tromsRoundId, name: 'For tidlig', method: 'RANKED' },
      admin,
      RUN,
    );
    expect(codeOf(refused.body.errors)).toBe('SCENARIO_RUN_IN_PROGRESS');
    const extensions = refused.body.errors![0]!.extensions!;
    expect(extensions).toMatchObject({
      runId: activeId,
      runName: 'Pågår',
      status: 'RUNNING',
      requestedByName: 'Kari Rådgiver',
    });
    expect(extensions['problems']).toEqual([
      {
        code: 'SCENARIO_RUN_IN_PROGRESS',
        path: ['roundId'],
        message: { nb: expect.stringContaining('Pågår'), en: expect.stringContaining('Pågår') },
      },
    ]);
    const after = await sql<{ n: string }>(
      'select count(*) as n from scenario where round_id = ?',
      [world.tromsRoundId],
    );
    expect(after[0]!.n).toBe(before[0]!.n);
    const active = await api.graphql(
      gql(
        `query AdminAggregates9($id: ID!) { round(id: $id) { activeScenarioRun { id status } } }`,
      ),
      { id: world.tromsRoundId },
      admin,
    );
    expect(active.body.data!.round.activeScenarioRun).toEqual({ id: activeId, status: 'RUNNING' });

    // The server that ran it stopped renewing its lease: the next run marks it INTERRUPTED and
    // goes ahead.
    await sql(`update scenario_run set lease_until = now() - interval '1 second' where id = ?`, [
      activeId,
    ]);
    const next = await api.runScenario(
      { roundId: world.tromsRoundId, name: 'Etter krasj', method: 'RANKED' },
      admin,
      RUN,
    );
    expect(next.body.errors).toBeUndefined();
    const [stale] = await sql<{ status: string; error_code: string }>(
      'select status, error_code from scenario_run where id = ?',
      [activeId],
    );
    expect(stale).toEqual({ status: 'FAILED', error_code: 'INTERRUPTED' });
  });

  it('never lets two runs of a round overlap, however many are asked for at once', async () => {
    const results = await Promise.all(
      ['A', 'B', 'C'].map((name) =>
        api.runScenario(
          { roundId: world.tromsRoundId, name: `Samtidig ${name}`, method: 'OPTIMAL' },
          admin,
          RUN,
        ),
      ),
    );
    const done = results.filter((r) => !r.body.errors);
    const refused = results.filter((r) => r.body.errors);
    expect(done.length).toBeGreaterThanOrEqual(1);
    for (const r of refused) expect(codeOf(r.body.errors)).toBe('SCENARIO_RUN_IN_PROGRESS');
    const runs = await sql<{ created_at: Date; finished_at: Date }>(
      `select created_at, finished_at from scenario_run
        where round_id = ? and name like 'Samtidig %' and status = 'DONE' order by created_at`,
      [world.tromsRoundId],
    );
    expect(runs).toHaveLength(done.length);
    for (let k = 1; k < runs.length; k++) {
      expect(runs[k]!.created_at.getTime()).toBeGreaterThanOrEqual(
        runs[k - 1]!.finished_at.getTime(),
      );
    }
  });

  it('refuses a run with invalid parameters before recording it, and leaves the round free', async () => {
    const runId = crypto.randomUUID();
    const failed = await api.runScenario(
      { roundId: world.tromsRoundId, name: 'Ugyldig', minFundedShare: 2, runId },
      admin,
      RUN,
    );
    expect(codeOf(failed.body.errors)).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(failed.body.errors)).toContain('minFundedShare');
    const stored = await sql<{ n: number }>(
      'select count(*)::int as n from scenario_run where id = ?',
      [runId],
    );
    expect(stored[0]!.n).toBe(0);
    const round = await api.graphql(
      gql(`query AdminAggregates10($id: ID!) { round(id: $id) { activeScenarioRun { id } } }`),
      { id: world.tromsRoundId },
      admin,
    );
    expect(round.body.errors).toBeUndefined();
    expect(round.body.data!.round.activeScenarioRun).toBeNull();
  });

  it('keeps runs to the office: the forum, partnerships, anonymous callers and other counties see none', async () => {
    const [any] = await sql<{ id: string }>('select id from scenario_run limit 1');
    const asForum = await api.graphql(
      gql(`query AdminAggregates13($id: ID!) { scenarioRun(id: $id) { id } }`),
      { id: any!.id },
      forum,
    );
    expect(codeOf(asForum.body.errors)).toBe('FORBIDDEN');
    const partnership = await api.as('PARTNERSHIP', 'troms', world.tromsPartnershipIds[0]);
    const asPartnership = await api.graphql(
      gql(`query AdminAggregates14($id: ID!) { scenarioRun(id: $id) { id } }`),
      { id: any!.id },
      partnership,
    );
    expect(codeOf(asPartnership.body.errors)).toBe('FORBIDDEN');
    const anonymous = await api.graphql(
      gql(`query AdminAggregates15($id: ID!) { scenarioRun(id: $id) { id } }`),
      {
        id: any!.id,
      },
    );
    expect(codeOf(anonymous.body.errors)).toBe('UNAUTHENTICATED');
    const nordland = await api.as('ADMIN', 'nordland');
    const other = await api.graphql(
      gql(`query AdminAggregates16($id: ID!) { scenarioRun(id: $id) { id } }`),
      { id: any!.id },
      nordland,
    );
    expect(codeOf(other.body.errors)).toBe('NOT_FOUND');
  });
});
