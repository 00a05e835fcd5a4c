import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openRoundDeadline,
  seedSmallWorld,
  validStatementFields,
  type SmallWorld,
} from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

const CONTEXT =
  gql(`query PartnershipDoor1($round: ID!) { needsStatementFormContext(roundId: $round) {
  roundYear deadline open partnershipId plan partnership history } }`);
const SUBMIT = gql(
  `mutation PartnershipDoor2($input: SubmitNeedsStatementInput!) { submitNeedsStatement(input: $input) { id } }`,
);
const SIGN_IN_AS = gql(
  `mutation PartnershipDoor3($p: ID!) { devSignIn(role: PARTNERSHIP, countyCode: "troms", partnershipId: $p) { token } }`,
);

/** A partnership's way in: the demo sign-in, the form's context, the deadline. */
describe('a partnership’s door', () => {
  let api: TestApi;
  let world: SmallWorld;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 3, earlier: 3, nordland: 2 });
  });

  afterAll(() => api.close());

  it('signs in for development as one of the county’s partnerships, or its first', async () => {
    const listed = await api.graphql(
      gql(`query PartnershipDoor4 { devSignInPartnerships(countyCode: "troms") { id name } }`),
    );
    const ids = listed.body.data!.devSignInPartnerships.map((p) => p.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => world.tromsPartnershipIds.includes(id))).toBe(true);

    const first = await api.graphql(
      gql(
        `mutation PartnershipDoor5 { devSignIn(role: PARTNERSHIP, countyCode: "troms") { user { partnershipId } } }`,
      ),
    );
    expect(first.body.data!.devSignIn.user.partnershipId).toBe(ids[0]);

    const chosen = await api.graphql(SIGN_IN_AS, { p: ids.at(-1)! });
    const viewer = await api.graphql(
      gql(`query PartnershipDoor6 { viewer { role partnershipId } }`),
      {},
      { authorization: `Bearer ${chosen.body.data!.devSignIn.token}` },
    );
    expect(viewer.body.data!.viewer).toEqual({ role: 'PARTNERSHIP', partnershipId: ids.at(-1) });

    // Another county's partnership is not one to sign in as here.
    const other = await api.graphql(SIGN_IN_AS, { p: world.nordlandPartnershipIds[0]! });
    expect(other.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('gives the form the round’s plan, the partnership and its history', async () => {
    const own = world.tromsPartnershipIds[0]!;
    const { body } = await api.graphql(
      CONTEXT,
      { round: world.tromsRoundId },
      await api.as('PARTNERSHIP', 'troms', own),
    );
    expect(body.errors).toBeUndefined();
    // The plan, the partnership and its history are JSON objects in the schema.
    const context = body.data!.needsStatementFormContext as NonNullable<
      typeof body.data
    >['needsStatementFormContext'] & {
      plan: { rules: { themes: unknown[] } };
      partnership: { id: string; owners: unknown[] };
      history: { works: unknown[]; owners: unknown[] };
    };
    expect(context).toMatchObject({
      roundYear: 2027,
      deadline: openRoundDeadline(),
      partnershipId: own,
      partnership: { id: own },
    });
    expect(context.plan.rules.themes.length).toBeGreaterThan(0);
    expect(context.partnership.owners.length).toBeGreaterThan(0);
    expect(Array.isArray(context.history.owners)).toBe(true);
  });

  it('closes the door to the partnership after the deadline day, not to the office', async () => {
    const own = world.tromsPartnershipIds[0]!;
    const conn = api.db.orm.em.getConnection();
    await conn.execute(
      `update round set calendar = (
         select jsonb_agg(case when m->>'id' = 'submission-deadline'
           then m || '{"start": "2026-02-01", "end": "2026-02-01"}'::jsonb else m end)
         from jsonb_array_elements(calendar) m), submission_deadline_override = null
       where id = ?`,
      [world.tromsRoundId],
    );
    const partnership = await api.as('PARTNERSHIP', 'troms', own);
    const context = await api.graphql(CONTEXT, { round: world.tromsRoundId }, partnership);
    expect(context.body.data!.needsStatementFormContext.open).toBe(false);
    const late = await api.graphql(
      SUBMIT,
      { input: { roundId: world.tromsRoundId, ...validStatementFields(7) } },
      partnership,
    );
    expect(late.body.errors?.[0]?.extensions).toMatchObject({
      code: 'DEADLINE_PASSED',
      deadline: '2026-02-01',
    });
    const office = await api.graphql(
      SUBMIT,
      { input: { roundId: world.tromsRoundId, partnershipId: own, ...validStatementFields(8) } },
      await api.as('ADMIN', 'troms'),
    );
    expect(office.body.errors).toBeUndefined();
  });
});
