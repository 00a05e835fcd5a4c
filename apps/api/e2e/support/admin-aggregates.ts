import { seedSmallWorld, type SmallWorld } from '../../test/fixtures.js';
import { startTestApi, type TestApi } from '../../test/test-server.js';
import { gql } from '../gql/index.js';
import type { Headers } from './common.js';

// Shared by the admin-aggregates e2e files: a small Troms world with earlier grants and an open
// round, its office and forum, and the scenario fields a run answers with.

/** The scenario's fields a run answers with, once stored (api.runScenario). */
export const RUN = 'id grantedNew frame committedEarlier leftover durationMs';

export interface AggregatesWorld {
  api: TestApi;
  world: SmallWorld;
  admin: Headers;
  forum: Headers;
}

/** Starts the API on the small world (for a beforeAll; close `api` afterwards). */
export async function startAggregatesWorld(): Promise<AggregatesWorld> {
  const api = await startTestApi();
  const world = await seedSmallWorld(api.db.orm, { troms: 16, earlier: 10, nordland: 2 });
  const admin = await api.as('ADMIN', 'troms');
  const forum = await api.as('FORUM', 'troms');
  return { api, world, admin, forum };
}

/** Closes the world's Troms round, so scenarios can run on it. */
export async function closeTromsRound({ api, world, admin }: AggregatesWorld) {
  return api.graphql(
    gql(`mutation AdminAggregates11($id: ID!) { closeRound(input: { roundId: $id }) { status } }`),
    { id: world.tromsRoundId },
    admin,
  );
}

/** The round as the admin's overview reads it, with its figures. */
export const OVERVIEW_FIELDS = gql(`fragment AdminAggregatesOverview on Round {
  id year status frame version createdAt calendar { id start end }
  allowedActions
  summary { statements withdrawn requestedThisYear committedThisYear freeThisYear withProblems
    bySector { sector statements requestedThisYear } byStatus { status statements } }
  commitments(first: 1) { totalCount } }`);
