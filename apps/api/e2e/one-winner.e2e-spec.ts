import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUuid } from '../src/common/uuid.js';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

// Concurrency and the request id at the edge: twenty advisers putting the same scenario to the
// forum at once leave exactly one proposal; an audited mutation with a 1 000-character
// x-request-id works and is audited under a generated id.

type Headers = Record<string, string>;

const PUT = gql(
  `mutation OneWinner1($id: ID!) { putScenarioToForum(input: { scenarioId: $id }) { id status } }`,
);

describe('exactly one winner, and a bounded request id', () => {
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 4, earlier: 2, nordland: 2 });
    admin = await api.as('ADMIN', 'troms');
  });

  afterAll(() => api.close());

  const rows = (sql: string, params: unknown[] = []) =>
    api.db.orm.em.getConnection().execute<Record<string, unknown>[]>(sql, params);

  it('20 parallel putScenarioToForum of one scenario: one succeeds, 19 get CONFLICT', async () => {
    const closed = await api.graphql(
      gql(`mutation OneWinner4($id: ID!) { closeRound(input: { roundId: $id }) { status } }`),
      { id: world.tromsRoundId },
      admin,
    );
    expect(closed.body.errors).toBeUndefined();
    const run = await api.runScenario(
      { roundId: world.tromsRoundId, name: 'Én vinner', method: 'RANKED' },
      admin,
    );
    expect(run.body.errors).toBeUndefined();
    const scenarioId = run.body.data!.runScenario.id;

    const answers = await Promise.all(
      Array.from({ length: 20 }, () => api.graphql(PUT, { id: scenarioId }, admin)),
    );
    const won = answers.filter((a) => a.body.errors === undefined);
    const lost = answers.filter((a) => a.body.errors !== undefined);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const answer of lost) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_PROPOSED',
      });
    }
    const proposals = await rows(
      `select status, count(*)::int as n from proposal where round_id = ? group by status`,
      [world.tromsRoundId],
    );
    expect(proposals).toEqual([{ status: 'WITH_FORUM', n: 1 }]);
    const audited = await rows(
      `select count(*)::int as n from audit_log where action = 'putScenarioToForum'`,
    );
    expect(audited).toEqual([{ n: 1 }]);
  });

  it('an audited mutation with a 1 000-character x-request-id succeeds under a generated id', async () => {
    const long = 'r'.repeat(1000);
    const created = await api.graphql(
      gql(
        `mutation OneWinner2($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`,
      ),
      {
        input: {
          orgnr: '987654325',
          name: 'Høgskolen for lange hoder',
          kind: 'UNIVERSITY_COLLEGE',
        },
      },
      { ...admin, 'x-request-id': long },
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data!.createInstitution.id;
    const [entry] = await rows(
      `select request_id from audit_log where action = 'createInstitution' and entity_id = ?`,
      [id],
    );
    expect(isUuid(String(entry?.['request_id']))).toBe(true);

    // A short, safe id is kept as the client sent it.
    const kept = await api.graphql(
      gql(
        `mutation OneWinner3($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`,
      ),
      { input: { orgnr: '974760673', name: 'Universitetet i Korte Id', kind: 'UNIVERSITY' } },
      { ...admin, 'x-request-id': 'trace-42' },
    );
    expect(kept.body.errors).toBeUndefined();
    const [keptEntry] = await rows(`select request_id from audit_log where entity_id = ?`, [
      kept.body.data!.createInstitution.id,
    ]);
    expect(keptEntry?.['request_id']).toBe('trace-42');
  });
});
