import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmallWorld } from '../test/fixtures.js';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import type { AdjustScenarioLineInput } from './gql/graphql.js';
import { codeOf, type Headers } from './support/common.js';
import {
  checkAdjustedView,
  linesToAdjust,
  PREVIEW,
  problemsOf,
  startAdjustmentWorld,
  type AdjustmentWorld,
  type Line,
} from './support/scenario-adjustments.js';

// The office's hand adjustments to a scenario: refused past the frame, overrides with reasons
// for broken bands, shown at once; and the statements' search. (Putting, deciding and the
// decided round's story: scenario-adjustments-decision.)

describe('hand adjustments and overrides over HTTP: through the domain, never past the frame', () => {
  let ctx: AdjustmentWorld;
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;
  let scenarioId = '';
  const scenario = (headers?: Headers) => ctx.scenario(headers);

  beforeAll(async () => {
    ctx = await startAdjustmentWorld();
    ({ api, world, admin, scenarioId } = ctx);
  });

  afterAll(() => api.close());

  async function stored(): Promise<unknown[]> {
    const conn = api.db.orm.em.getConnection();
    return Promise.all([
      conn.execute(`select version, granted_new, leftover, adjusted from scenario where id = ?`, [
        scenarioId,
      ]),
      conn.execute(
        `select id, status, adjusted_this_year, constraint_override, adjusted_per_year from scenario_line where scenario_id = ? order by id`,
        [scenarioId],
      ),
      conn.execute(`select count(*) as n from audit_log where action = 'adjustScenarioLine'`),
    ]);
  }

  const adjust = (input: Omit<AdjustScenarioLineInput, 'scenarioId'>) => ctx.adjust(input);

  const cut = 50_000;
  let reduced: Line;
  let raised: Line;
  let leftoverAfterCut = 0;

  it('refuses to raise a line past the year’s frame, even with an override; nothing is written', async () => {
    const before = await scenario();
    expect(before.grantedNew + before.committedEarlier + before.leftover).toBe(before.frame);
    ({ reduced, raised } = linesToAdjust(before));
    const room = raised.requestedThisYear - raised.grantedThisYear;
    expect(room).toBeGreaterThan(before.leftover + cut);
    const pastFrame = raised.grantedThisYear + before.leftover + 1;

    const preview = await api.graphql(
      PREVIEW,
      {
        input: {
          scenarioId,
          needsStatementId: raised.needsStatement.id,
          grantedThisYear: pastFrame,
        },
      },
      admin,
    );
    expect(preview.body.errors).toBeUndefined();
    const seen = preview.body.data!.scenarioAdjustmentPreview;
    expect(seen.pastFrame[0]).toMatchObject({ year: 2027, excess: 1 });
    expect(seen.maxWithinFrame).toBe(pastFrame - 1);
    expect(seen.problems.map((p) => [p.code, p.field])).toContainEqual([
      'ADJUSTMENT_PAST_FRAME',
      'grantedThisYear',
    ]);

    const snapshot = await stored();
    const refused = await adjust({
      needsStatementId: raised.needsStatement.id,
      grantedThisYear: pastFrame,
      reason: 'Kjent behov i kommunen',
      expectedVersion: before.version,
      constraintOverride: {
        constraintIds: ['SECTOR:SCHOOL', 'SECTOR:KINDERGARTEN', 'SECTOR:TEAM_AROUND_CHILD'],
        reason: 'Forumets ønske',
      },
    });
    expect(codeOf(refused.body.errors)).toBe('FRAME_EXCEEDED');
    expect(refused.body.errors![0]!.extensions!['field']).toBe('grantedThisYear');
    const problem = problemsOf(refused.body.errors).find((p) => p.code === 'ADJUSTMENT_PAST_FRAME');
    expect(problem?.path).toEqual(['grantedThisYear']);
    expect(problem?.message.nb).toMatch(/^Ingen tildeling kan gå forbi rammen: 2027 ville fått/);
    expect(await stored()).toEqual(snapshot);
  });

  it('moving funds between sectors needs an override with a reason; refused without, nothing written', async () => {
    const before = await scenario();
    const change = {
      needsStatementId: reduced.needsStatement.id,
      grantedThisYear: reduced.grantedThisYear - cut,
      reason: 'Prosjektet starter senere',
      expectedVersion: before.version,
    };
    const sectorId = `SECTOR:${reduced.needsStatement.sector}`;
    const preview = await api.graphql(
      PREVIEW,
      {
        input: {
          scenarioId,
          needsStatementId: change.needsStatementId,
          grantedThisYear: change.grantedThisYear,
        },
      },
      admin,
    );
    expect(preview.body.data!.scenarioAdjustmentPreview.requiredOverrides).toContain(sectorId);

    const snapshot = await stored();
    const refused = await adjust(change);
    expect(codeOf(refused.body.errors)).toBe('OVERRIDE_REQUIRED');
    expect(refused.body.errors![0]!.extensions!['field']).toBe('constraintOverride');
    const breaches = refused.body.errors![0]!.extensions!['breaches'] as Array<{
      constraintId: string;
      description: { nb: string };
    }>;
    expect(breaches.map((b) => b.constraintId)).toContain(sectorId);
    expect(problemsOf(refused.body.errors)[0]!.message.nb).toMatch(
      /^Endringen bryter nedre grense for/,
    );
    expect(await stored()).toEqual(snapshot);

    const noReason = await adjust({
      ...change,
      constraintOverride: { constraintIds: [sectorId], reason: ' ' },
    });
    expect(codeOf(noReason.body.errors)).toBe('BAD_USER_INPUT');
    expect(problemsOf(noReason.body.errors).map((p) => p.path)).toEqual([
      ['constraintOverride', 'reason'],
    ]);
    expect(await stored()).toEqual(snapshot);

    const accepted = await adjust({
      ...change,
      constraintOverride: {
        constraintIds: preview.body.data!.scenarioAdjustmentPreview.requiredOverrides,
        reason: 'Forumet vil styrke en annen sektor',
      },
    });
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data!.adjustScenarioLine).toMatchObject({
      grantedNew: before.grantedNew - cut,
      leftover: before.leftover + cut,
    });
    leftoverAfterCut = before.leftover + cut;
    expect((await scenario()).leftover).toBe(leftoverAfterCut);
  });

  it('shows the adjusted figures and the overridden band at once and after a reload', async () => {
    checkAdjustedView(await scenario(), reduced, cut);
  });

  it('raises another line by exactly the free funds: allowed, with its own override', async () => {
    const before = await scenario();
    const change = {
      needsStatementId: raised.needsStatement.id,
      grantedThisYear: raised.grantedThisYear + leftoverAfterCut,
      reason: 'Kjent behov i kommunen',
      expectedVersion: before.version,
    };
    const preview = await api.graphql(
      PREVIEW,
      {
        input: {
          scenarioId,
          needsStatementId: change.needsStatementId,
          grantedThisYear: change.grantedThisYear,
        },
      },
      admin,
    );
    const seen = preview.body.data!.scenarioAdjustmentPreview;
    expect(seen.leftover).toBe(0);
    expect(seen.maxWithinFrame).toBe(change.grantedThisYear);
    const done = await adjust({
      ...change,
      constraintOverride:
        seen.requiredOverrides.length > 0
          ? { constraintIds: seen.requiredOverrides, reason: 'Forumets innstilling' }
          : null,
    });
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data!.adjustScenarioLine.leftover).toBe(0);
    const after = await scenario();
    expect(after.grantedNew + after.committedEarlier).toBe(after.frame);
  });

  it('finds statements by partnership, institution, owner and municipality, not by title only', async () => {
    type Node = {
      id: string;
      title: string;
      partnership: {
        name: string;
        institution: { name: string };
        owners: Array<{ name: string; municipality?: { name: string } | null }>;
      };
    };
    const list = (search: string | null) =>
      api.graphql(
        gql(`query ScenarioAdjustments8($id: ID!, $search: String) { round(id: $id) { needsStatements(first: 100, filter: { search: $search }) {
           totalCount edges { node { id title partnership { name institution { name }
             owners { name municipality { name } } } } } } } }`),
        { id: world.tromsRoundId, search },
        admin,
      );
    const all = (await list(null)).body.data!.round.needsStatements.edges.map((e) => e.node);
    const some = all[0]!;
    const owner =
      some.partnership.owners.find((o) => o.municipality) ?? some.partnership.owners[0]!;
    for (const [words, matches] of [
      [some.partnership.name, (n: Node) => n.partnership.name === some.partnership.name],
      [
        some.partnership.institution.name,
        (n: Node) => n.partnership.institution.name === some.partnership.institution.name,
      ],
      [owner.name, (n: Node) => n.partnership.owners.some((o) => o.name.includes(owner.name))],
      ...(owner.municipality
        ? [
            [
              owner.municipality.name,
              (n: Node) =>
                n.partnership.owners.some((o) => o.municipality?.name === owner.municipality!.name),
            ] as const,
          ]
        : []),
    ] as const) {
      const found = (await list(words)).body.data!.round.needsStatements;
      expect(found.totalCount, `search «${words}»`).toBeGreaterThan(0);
      expect(found.edges.map((e) => e.node.id)).toContain(some.id);
      // Every statement the words match is found (none by title alone here).
      const expected = all.filter(
        (n) => matches(n) || n.title.toLowerCase().includes(words.toLowerCase()),
      );
      expect(found.totalCount).toBeGreaterThanOrEqual(expected.length);
    }
    expect(
      (await list('ingen-slik-tekst-finnes')).body.data!.round.needsStatements.totalCount,
    ).toBe(0);
  });
});
