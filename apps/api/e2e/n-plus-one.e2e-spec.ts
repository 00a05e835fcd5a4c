import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';

/** The admin's round overview, with every relation a list row shows. */
const OVERVIEW = `query Overview($id: ID!, $first: Int!) {
  round(id: $id) {
    id year status frame version
    calendar { id start end label { nb } }
    planVersion { planId versionId }
    summary { statements requestedThisYear committedThisYear bySector { sector statements requestedThisYear } }
    needsStatements(first: $first, orderBy: { field: REQUESTED_THIS_YEAR, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node {
        id title status sector themeId durationYears requestedThisYear version
        budget { year owner institution total coordinator }
        partnership { id name otherServices institution { id name kind } owners { id name orgnr ownership municipality { number name } } }
        decision { id status grantedThisYear }
      } }
    }
  }
}`;

describe('no N+1: SQL statements per list query do not grow with its length', () => {
  let api: TestApi;
  let world: SmallWorld;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 100, earlier: 10, nordland: 2 });
  });

  afterAll(() => api.close());

  it('counts the same statements for 10 and for 100 needs statements', async () => {
    const admin = await api.as('ADMIN', 'troms');
    const at = async (first: number) => {
      const response = await api.graphql<{
        round: { needsStatements: { edges: unknown[] } };
      }>(OVERVIEW, { id: world.tromsRoundId, first }, admin);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.round.needsStatements.edges).toHaveLength(first);
      return response.sqlStatements!;
    };
    await at(1); // warms the per-process county cache of the authenticator
    const ten = await at(10);
    const hundred = await at(100);
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(16);
  });
});
