import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

const SET_FRAME = gql(`mutation SetFrame($input: SetRoundFrameInput!) {
  setRoundFrame(input: $input) { id frame version summary { committedThisYear freeThisYear } } }`);

const ROUND_VERSION = gql(`query RoundVersion($id: ID!) { round(id: $id) { version frame } }`);

const ROUND_ACTIONS = gql(
  `query RoundActions($id: ID!) { round(id: $id) { status allowedActions } }`,
);

describe('a round’s frame changes until the round is decided', () => {
  let api: TestApi;
  let world: SmallWorld;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 4, earlier: 4, nordland: 2 });
    admin = await api.as('ADMIN', 'troms');
  });

  afterAll(() => api.close());

  const versionOf = async (roundId: string) =>
    (await api.graphql(ROUND_VERSION, { id: roundId }, admin)).body.data!.round!;

  it('sets the frame of an open round, with the free funds following, audited', async () => {
    const { version } = await versionOf(world.tromsRoundId);
    const { body } = await api.graphql(
      SET_FRAME,
      { input: { roundId: world.tromsRoundId, frame: 14_250_000, expectedVersion: version } },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const round = body.data!.setRoundFrame;
    expect(round.frame).toBe(14_250_000);
    expect(round.version).toBe(version + 1);
    expect(round.summary.freeThisYear).toBe(14_250_000 - round.summary.committedThisYear);
    const [entry] = await api.db.orm.em
      .getConnection()
      .execute<Array<{ before: { frame: number }; after: { frame: number } }>>(
        `select before, after from audit_log where action = 'setRoundFrame' and entity_id = ?`,
        [world.tromsRoundId],
      );
    expect(entry?.after.frame).toBe(14_250_000);
    expect(entry?.before.frame).not.toBe(14_250_000);
  });

  it('refuses a stale version, a frame that is not whole positive kroner, and writes nothing', async () => {
    const { version, frame } = await versionOf(world.tromsRoundId);
    const stale = await api.graphql(
      SET_FRAME,
      { input: { roundId: world.tromsRoundId, frame: 1_000, expectedVersion: version - 1 } },
      admin,
    );
    expect(stale.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const zero = await api.graphql(
      SET_FRAME,
      { input: { roundId: world.tromsRoundId, frame: 0 } },
      admin,
    );
    expect(zero.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'frame',
    });
    expect(await versionOf(world.tromsRoundId)).toEqual({ version, frame });
  });

  it('refuses a decided round unless the office overrides with a reason', async () => {
    const { frame } = await versionOf(world.tromsEarlierRoundId);
    const refused = await api.graphql(
      SET_FRAME,
      { input: { roundId: world.tromsEarlierRoundId, frame: frame + 1 } },
      admin,
    );
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('WRONG_PHASE');
    const overridden = await api.graphql(
      SET_FRAME,
      {
        input: {
          roundId: world.tromsEarlierRoundId,
          frame: frame + 1,
          override: { reason: 'Udir rettet tildelingsbrevet' },
        },
      },
      admin,
    );
    expect(overridden.body.errors).toBeUndefined();
    expect(overridden.body.data!.setRoundFrame.frame).toBe(frame + 1);
  });

  it('tells the client which workflow actions the phase allows', async () => {
    const actions = async (id: string) =>
      (await api.graphql(ROUND_ACTIONS, { id }, admin)).body.data!.round!;
    const open = await actions(world.tromsRoundId);
    expect(open.status).toBe('OPEN');
    expect(open.allowedActions).toEqual(
      expect.arrayContaining(['setRoundFrame', 'closeRound', 'submitNeedsStatement']),
    );
    expect(open.allowedActions).not.toContain('decideRound');
    expect((await actions(world.tromsEarlierRoundId)).allowedActions).not.toContain(
      'setRoundFrame',
    );
  });

  it('belongs to the county’s office only', async () => {
    const forum = await api.graphql(
      SET_FRAME,
      { input: { roundId: world.tromsRoundId, frame: 1_000 } },
      await api.as('FORUM', 'troms'),
    );
    expect(forum.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const otherCounty = await api.graphql(
      SET_FRAME,
      { input: { roundId: world.tromsRoundId, frame: 1_000 } },
      await api.as('ADMIN', 'nordland'),
    );
    expect(otherCounty.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
