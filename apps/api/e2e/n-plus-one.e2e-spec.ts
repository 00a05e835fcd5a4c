import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

/** The admin's round overview, with every relation a list row shows. */
const OVERVIEW = gql(`query Overview($id: ID!, $first: Int!) {
  round(id: $id) {
    id year status frame version
    calendar { id start end label { nb } }
    planVersion { planId versionId }
    summary { statements requestedThisYear committedThisYear freeThisYear withProblems
      bySector { sector statements requestedThisYear }
      byTheme { sector themeId title { nb } rank statements withdrawn requestedThisYear }
      byStatus { status statements requestedThisYear } }
    commitments(first: 1) { totalCount }
    needsStatements(first: $first, orderBy: { field: REQUESTED_THIS_YEAR, direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node {
        id title status sector themeId durationYears requestedThisYear version
        budget { year owner institution total coordinator }
        partnership { id name otherServices institution { id name kind } owners { id name orgnr ownership municipality { number name } } }
        decision { id status grantedThisYear }
        problems { code path message { nb } }
      } }
    }
  }
}`);

describe('no N+1: SQL statements per list query do not grow with its length', () => {
  let api: TestApi;
  let world: SmallWorld;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm, { troms: 100, earlier: 10, nordland: 8 });
  });

  afterAll(() => api.close());

  it('counts the same statements for 10 and for 100 needs statements', async () => {
    const admin = await api.as('ADMIN', 'troms');
    const at = async (first: number) => {
      const response = await api.graphql(OVERVIEW, { id: world.tromsRoundId, first }, admin);
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

  it('counts the same statements for 1 and for 3 scenarios with their totals and reports', async () => {
    const admin = await api.as('ADMIN', 'nordland');
    for (const method of ['RANKED', 'RANKED', 'OPTIMAL']) {
      const run = await api.runScenario(
        { roundId: world.nordlandRoundId, name: 'N+1', method },
        admin,
      );
      expect(run.body.errors).toBeUndefined();
    }
    const at = async (first: number) => {
      const response = await api.graphql(SCENARIOS, { id: world.nordlandRoundId, first }, admin);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.round.scenarios.edges).toHaveLength(first);
      return response.sqlStatements!;
    };
    await at(1);
    const one = await at(1);
    const three = await at(3);
    expect(three).toBe(one);
    expect(three).toBeLessThanOrEqual(10);
  });
});

/** The scenarios page: every scenario with its totals, typed reports and run. */
const SCENARIOS = gql(`query Scenarios($id: ID!, $first: Int!) {
  round(id: $id) {
    id
    activeScenarioRun { id status }
    scenarios(first: $first) { totalCount edges { node {
      id name grantedNew leftover
      totals { bySector { key grantedThisYear } byMunicipality { key municipalities { number } grantedThisYear }
        byOwner { key owners { id name } grantedThisYear } }
      constraintReport { gauges { id amount broken explanation { nb } } sectors { sector requestedThisYear } leftover { amount } }
      methodInfo { method source status gap durationMs explanation { nb } }
    } } }
  }
}`);
