import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RequestContainer, SERVICE_CONTEXT } from '../src/common/request-container.js';
import type { ServiceContext } from '../src/common/service-context.js';
import { RoundResolver } from '../src/modules/round/round.resolver.js';
import { RoundNeedsStatementsResolver } from '../src/modules/needs-statement/needs-statement.resolver.js';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

// Request-scoped services (common/request-container.ts): each request resolves its resolvers and
// services from a container of its own, holding its own ServiceContext; the container is disposed
// of when the answer is sent. Requests of two counties run at once and are told apart by their
// x-request-id.

const ROUNDS = gql(`
  query RequestScopeRounds {
    a: rounds {
      edges {
        node {
          id
          needsStatements(first: 1) {
            totalCount
          }
        }
      }
    }
    b: rounds {
      totalCount
    }
  }
`);

/** What a resolver holds (private fields, read here to see which instances a request got). */
interface Held {
  roundService?: { ctx: ServiceContext };
  statements?: { ctx: ServiceContext };
}

describe('request-scoped services', () => {
  let api: TestApi;
  let world: SmallWorld;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm);
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await api?.close();
  });

  it('gives each of many concurrent requests its own instances and viewer, and disposes of them', async () => {
    const get = vi.spyOn(RequestContainer.prototype, 'get');
    const dispose = vi.spyOn(RequestContainer.prototype, 'dispose');
    const [troms, nordland] = [await api.as('ADMIN', 'troms'), await api.as('ADMIN', 'nordland')];
    const requests = Array.from({ length: 12 }, (_, i) => ({
      requestId: `request-scope-${i}`,
      county: i % 2 === 0 ? 'troms' : 'nordland',
    }));

    const answers = await Promise.all(
      requests.map(({ requestId, county }) =>
        api.graphql(ROUNDS, undefined, {
          ...(county === 'troms' ? troms : nordland),
          'x-request-id': requestId,
        }),
      ),
    );

    // Each answer is its own county's: no request saw another's viewer.
    const expected = {
      troms: [world.tromsEarlierRoundId, world.tromsRoundId].sort(),
      nordland: [world.nordlandRoundId],
    };
    answers.forEach((answer, i) => {
      expect(answer.body.errors).toBeUndefined();
      const ids = answer.body.data!.a.edges.map((e) => e.node.id).sort();
      expect(ids).toEqual(expected[requests[i]!.county as 'troms' | 'nordland']);
      expect(answer.body.data!.b.totalCount).toBe(ids.length);
    });

    // Every resolver instance type-graphql asked for came from a request's container.
    const containers = new Map<RequestContainer, unknown[]>();
    get.mock.calls.forEach((_call, i) => {
      const container = get.mock.contexts[i] as RequestContainer;
      const instance: unknown = get.mock.results[i]!.value;
      containers.set(container, [...(containers.get(container) ?? []), instance]);
    });
    expect(containers.size).toBe(requests.length);

    const roundServices = new Set<unknown>();
    const statementServices = new Set<unknown>();
    for (const [container, instances] of containers) {
      // One RoundResolver for both root fields, one RoundNeedsStatementsResolver for every round.
      const roundResolvers = new Set(instances.filter((r) => r instanceof RoundResolver));
      const statementResolvers = new Set(
        instances.filter((r) => r instanceof RoundNeedsStatementsResolver),
      );
      expect(roundResolvers.size).toBe(1);
      expect(statementResolvers.size).toBe(1);
      const [roundResolver] = [...roundResolvers] as unknown as Held[];
      const [statementResolver] = [...statementResolvers] as unknown as Held[];
      const roundService = roundResolver!.roundService!;
      const statementService = statementResolver!.statements!;
      roundServices.add(roundService);
      statementServices.add(statementService);
      // The services hold this request's context: its viewer is the county that asked.
      expect(statementService.ctx).toBe(roundService.ctx);
      const request = requests.find((r) => r.requestId === roundService.ctx.requestId);
      expect(request).toBeDefined();
      expect(roundService.ctx.viewer?.county?.code).toBe(request!.county);
      // Disposed of once the answer went out: nothing can be resolved from it any more.
      expect(container.disposed).toBe(true);
      expect(() => container.resolve(SERVICE_CONTEXT)).toThrow(/disposed/);
    }
    // Never shared between requests.
    expect(roundServices.size).toBe(requests.length);
    expect(statementServices.size).toBe(requests.length);
    expect(dispose).toHaveBeenCalledTimes(requests.length);
  });

  it('disposes of the container of a request that fails (an invalid query, a refused role)', async () => {
    const dispose = vi.spyOn(RequestContainer.prototype, 'dispose');
    dispose.mockClear();
    const invalid = await api.graphql<unknown>('{ rounds { nope } }', undefined, {
      ...(await api.as('ADMIN', 'troms')),
    });
    expect(invalid.status).toBe(400);
    const refused = await api.graphql(ROUNDS, undefined, await api.as('NATIONAL'));
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(dispose).toHaveBeenCalledTimes(2);
  });
});
