import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validStatementFields, type SmallWorld } from '../test/fixtures.js';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import { codeOf, type Headers } from './support/common.js';
import {
  ADJUST,
  CLOSE,
  countRowsOn,
  RUN,
  startRoundWorld,
  SUBMIT,
  UPDATE,
  WITHDRAW,
  type ScenarioResult,
} from './support/round-workflow.js';

// A round over HTTP, first half: statements → the round closed → scenarios run, stored, replayed
// and adjusted. (The forum, decisions and split answers: round-workflow-decisions.)

describe('a whole round over HTTP: statements → scenarios', () => {
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;
  let partnership: Headers;
  let partnershipId: string;

  beforeAll(async () => {
    ({ api, world, admin, partnership, partnershipId } = await startRoundWorld());
  });

  afterAll(() => api.close());

  const countRows = (from: string, params: unknown[] = []) => countRowsOn(api, from, params);

  let statementId = '';
  let statementVersion = 0;

  it('takes a valid needs statement from the partnership', async () => {
    const { body } = await api.graphql(
      SUBMIT,
      { input: { roundId: world.tromsRoundId, ...validStatementFields(0) } },
      partnership,
    );
    expect(body.errors).toBeUndefined();
    statementId = body.data!.submitNeedsStatement.id;
    statementVersion = body.data!.submitNeedsStatement.version;
    expect(body.data!.submitNeedsStatement.requestedThisYear).toBeGreaterThan(0);
  });

  it('reports every problem of an incomplete statement at once, with field paths', async () => {
    const fields = validStatementFields(1);
    const { body } = await api.graphql(
      SUBMIT,
      {
        input: {
          roundId: world.tromsRoundId,
          ...fields,
          samiPerspectives: '',
          localNeeds: '',
          durationYears: 9,
        },
      },
      partnership,
    );
    expect(codeOf(body.errors)).toBe('VALIDATION_FAILED');
    const problems = body.errors![0]!.extensions!['problems'] as Array<{
      code: string;
      path: unknown[];
      message: { nb: string; en: string };
    }>;
    expect(problems.length).toBeGreaterThanOrEqual(3);
    const paths = problems.map((p) => p.path.join('.'));
    expect(paths).toContain('samiPerspectives');
    expect(paths).toContain('localNeeds');
    expect(problems.every((p) => p.message.nb && p.message.en)).toBe(true);
    expect(await countRows('needs_statement where title = $1', [fields['title']])).toBe(0);
  });

  it('updates with the current version and refuses a stale one (CONFLICT)', async () => {
    const fields = { ...validStatementFields(0), title: 'Nytt navn' };
    const first = await api.graphql(
      UPDATE,
      { input: { id: statementId, expectedVersion: statementVersion, ...fields } },
      partnership,
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.updateNeedsStatement.version).toBe(statementVersion + 1);
    const stale = await api.graphql(
      UPDATE,
      { input: { id: statementId, expectedVersion: statementVersion, ...fields } },
      partnership,
    );
    expect(codeOf(stale.body.errors)).toBe('CONFLICT');
  });

  it('lets the partnership withdraw a statement, audited', async () => {
    const second = await api.graphql(
      SUBMIT,
      { input: { roundId: world.tromsRoundId, ...validStatementFields(2) } },
      partnership,
    );
    const id = second.body.data!.submitNeedsStatement.id;
    const { body } = await api.graphql(WITHDRAW, { id }, partnership);
    expect(body.data?.withdrawNeedsStatement.status).toBe('WITHDRAWN');
    expect(
      await countRows(`audit_log where entity_id = $1 and action = 'withdrawNeedsStatement'`, [id]),
    ).toBe(1);
  });

  it('refuses scenarios while the round is open (WRONG_PHASE)', async () => {
    const { body } = await api.runScenario(
      { roundId: world.tromsRoundId, name: 'For tidlig' },
      admin,
      RUN,
    );
    expect(codeOf(body.errors)).toBe('WRONG_PHASE');
  });

  it('closes the round; a late statement is refused unless the office overrides with a reason', async () => {
    const closed = await api.graphql(CLOSE, { id: world.tromsRoundId }, admin);
    expect(closed.body.data?.closeRound.status).toBe('CLOSED');
    const late = await api.graphql(
      SUBMIT,
      { input: { roundId: world.tromsRoundId, ...validStatementFields(3) } },
      partnership,
    );
    expect(codeOf(late.body.errors)).toBe('WRONG_PHASE');
    const partnershipOverride = await api.graphql(
      SUBMIT,
      {
        input: {
          roundId: world.tromsRoundId,
          ...validStatementFields(3),
          override: { reason: 'Vi ber om unntak' },
        },
      },
      partnership,
    );
    expect(codeOf(partnershipOverride.body.errors)).toBe('FORBIDDEN');
    const overridden = await api.graphql(
      SUBMIT,
      {
        input: {
          roundId: world.tromsRoundId,
          partnershipId,
          ...validStatementFields(3),
          override: { reason: 'Sendt innen fristen per e-post, registrert av rådgiver' },
        },
      },
      admin,
    );
    expect(overridden.body.errors).toBeUndefined();
    const audit: Array<{ reason: string }> = await api.db.orm.em
      .getConnection()
      .execute(`select reason from audit_log where entity_id = ?`, [
        overridden.body.data!.submitNeedsStatement.id,
      ]);
    expect(audit[0]?.reason).toMatch(/phase override \(CLOSED\): Sendt innen fristen/);
  });

  let rankedId = '';
  let optimalId = '';
  let rankedVersion = 0;

  it('runs a ranked and an optimal scenario in the solver thread and stores them', async () => {
    const ranked = await api.runScenario<ScenarioResult>(
      { roundId: world.tromsRoundId, name: 'Rangert', method: 'RANKED' },
      admin,
      RUN,
    );
    expect(ranked.body.errors).toBeUndefined();
    const scenario = ranked.body.data!.runScenario;
    rankedId = scenario.id;
    rankedVersion = scenario.version;
    expect(scenario.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(scenario.lines.totalCount).toBe(14); // 12 seeded + 2 submitted (1 withdrawn not counted)
    const granted = scenario.lines.edges.reduce((sum, e) => sum + e.node.grantedThisYear, 0);
    expect(granted).toBe(scenario.grantedNew);
    expect(scenario.lines.edges[0]!.node.explanation.nb.length).toBeGreaterThan(0);
    expect(scenario.constraintReport.sectors.length).toBeGreaterThan(0);

    const optimal = await api.runScenario<ScenarioResult>(
      {
        roundId: world.tromsRoundId,
        name: 'Optimal',
        method: 'OPTIMAL',
        cutRule: 'CONSTRAINED_EQUAL_LOSSES',
        timeLimitSeconds: 5,
      },
      admin,
      RUN,
    );
    expect(optimal.body.errors).toBeUndefined();
    optimalId = optimal.body.data!.runScenario.id;
    const stored: Array<{ input_hash: string; n: string }> = await api.db.orm.em
      .getConnection()
      .execute(
        `select input_hash, (select count(*) from scenario_line l where l.scenario_id = s.id) as n from scenario s where id = ?`,
        [optimalId],
      );
    expect(Number(stored[0]?.n)).toBe(14);
    // The solver thread stored the scenario, the run and the audit entry in one transaction.
    const [audit]: Array<{
      actor_role: string;
      same_county: boolean;
      after: Record<string, unknown>;
    }> = await api.db.orm.em.getConnection().execute(
      `select a.actor_role, a.county_id = s.county_id as same_county, a.after
           from audit_log a join scenario s on s.id::text = a.entity_id
          where a.action = 'runScenario' and a.entity_id = ?`,
      [optimalId],
    );
    expect(audit).toMatchObject({ actor_role: 'ADMIN', same_county: true });
    expect(audit!.after).toMatchObject({
      id: optimalId,
      name: 'Optimal',
      method: 'OPTIMAL',
      inputHash: stored[0]!.input_hash,
      lines: 14,
    });
    expect(
      await countRows(`scenario_run where scenario_id = $1 and status = 'DONE'`, [optimalId]),
    ).toBe(1);
  });

  it('stores nothing of a run whose scenario cannot be stored, and marks the run FAILED', async () => {
    const conn = api.db.orm.em.getConnection();
    await conn.execute(`create function refuse_line() returns trigger language plpgsql as
      $$ begin raise exception 'refused for the test'; end $$`);
    await conn.execute(
      `create trigger refuse_line before insert on scenario_line execute function refuse_line()`,
    );
    try {
      const before = await Promise.all([
        countRows('scenario'),
        countRows('scenario_line'),
        countRows(`audit_log where action = 'runScenario'`),
      ]);
      const failed = await api.runScenario(
        { roundId: world.tromsRoundId, name: 'Lagres ikke', method: 'RANKED' },
        admin,
        RUN,
      );
      expect(codeOf(failed.body.errors)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(failed.body.errors)).not.toMatch(/refused for the test|scenario_line/);
      expect(
        await Promise.all([
          countRows('scenario'),
          countRows('scenario_line'),
          countRows(`audit_log where action = 'runScenario'`),
        ]),
      ).toEqual(before);
      expect(await countRows(`scenario_run where name = 'Lagres ikke' and status = 'FAILED'`)).toBe(
        1,
      );
    } finally {
      await conn.execute(`drop trigger refuse_line on scenario_line`);
      await conn.execute(`drop function refuse_line()`);
    }
    // The solver thread's connection is fine afterwards.
    const again = await api.runScenario<ScenarioResult>(
      { roundId: world.tromsRoundId, name: 'Lagres', method: 'RANKED' },
      admin,
      RUN,
    );
    expect(again.body.errors).toBeUndefined();
  });

  it('replays: the same input gives the same hash', async () => {
    const again = await api.runScenario<ScenarioResult>(
      { roundId: world.tromsRoundId, name: 'Rangert igjen', method: 'RANKED' },
      admin,
      RUN,
    );
    const compare = await api.graphql(
      gql(
        `query RoundWorkflow5($ids: [ID!]!) { compareScenarios(ids: $ids) { sameInputAsFirst rows { granted spread needsStatement { id } } } }`,
      ),
      { ids: [rankedId, again.body.data!.runScenario.id, optimalId] },
      admin,
    );
    expect(compare.body.errors).toBeUndefined();
    expect(compare.body.data!.compareScenarios.sameInputAsFirst).toEqual([
      again.body.data!.runScenario.id,
    ]);
    expect(compare.body.data!.compareScenarios.rows).toHaveLength(14);
  });

  it('adjusts one line with a reason; two advisers at once: one wins, the other gets CONFLICT', async () => {
    const lines = await api.graphql(
      gql(
        `query RoundWorkflow6($id: ID!) { scenario(id: $id) { lines(first: 50, orderBy: { field: REQUESTED, direction: DESC }) { edges { node { requestedThisYear grantedThisYear needsStatement { id } } } } } }`,
      ),
      { id: rankedId },
      admin,
    );
    const line = lines.body.data!.scenario.lines.edges[0]!.node;
    const adjust = (amount: number) =>
      api.graphql(
        ADJUST,
        {
          input: {
            scenarioId: rankedId,
            needsStatementId: line.needsStatement.id,
            grantedThisYear: amount,
            reason: 'Kjent behov i kommunen',
            expectedVersion: rankedVersion,
          },
        },
        admin,
      );
    const target = Math.floor(line.requestedThisYear / 2);
    const [a, b] = await Promise.all([adjust(target), adjust(target - 1000)]);
    const outcomes = [a, b].map((r) => (r.body.errors ? codeOf(r.body.errors) : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const tooMuch = await api.graphql(
      gql(
        `mutation RoundWorkflow13($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version } }`,
      ),
      {
        input: {
          scenarioId: rankedId,
          needsStatementId: line.needsStatement.id,
          grantedThisYear: line.requestedThisYear + 1,
          reason: 'For mye',
          expectedVersion: rankedVersion + 1,
        },
      },
      admin,
    );
    expect(codeOf(tooMuch.body.errors)).toBe('BAD_USER_INPUT');
  });
});
