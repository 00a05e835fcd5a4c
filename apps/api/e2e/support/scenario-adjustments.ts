import { expect } from 'vitest';
import { seedSmallWorld, type SmallWorld } from '../../test/fixtures.js';
import { startTestApi, type TestApi } from '../../test/test-server.js';
import { gql } from '../gql/index.js';
import type { AdjustScenarioLineInput, ScenarioAdjustmentsViewFragment } from '../gql/graphql.js';
import type { GqlErrors, Headers } from './common.js';

// Shared by the scenario-adjustments e2e files: a closed Troms round with one ranked scenario
// (no tolerance: any money moved between sectors breaks a band), the scenario as the admin and
// the forum read it, and the adjustments the office makes to it.

export interface Problem {
  code: string;
  path: string[];
  message: { nb: string; en: string };
}

/** The scenario as the admin and the forum read it. */
export const SCENARIO_VIEW = gql(`fragment ScenarioAdjustmentsView on Scenario {
  id version frame committedEarlier grantedNew leftover adjustments
  lines(first: 50) { edges { node { id status requestedThisYear engineGrantedThisYear grantedThisYear
    adjustmentReason constraintOverride { constraintIds reason } adjustmentExplanation { nb } breaks
    perYear { year amount } needsStatement { id sector } } } }
  constraintReport { gauges { id amount broken overridden overrideReasons notes { nb } }
    sectors { sector grantedNew total } leftover { amount } }
  totals { bySector { key grantedThisYear } }
  breaches { constraintId excess overridden overrides { needsStatementId reason } } }`);
export type ScenarioView = ScenarioAdjustmentsViewFragment;
export type Line = ScenarioView['lines']['edges'][number]['node'];
export const SCENARIO = gql(
  `query ScenarioAdjustments14($id: ID!) { scenario(id: $id) { ...ScenarioAdjustmentsView } }`,
);
/** The forum reads the scenario through the proposal put to it. */
export const FORUM_VIEW =
  gql(`query ScenarioAdjustments15($id: ID!) { round(id: $id) { proposals(first: 1) { edges { node {
  status scenario { ...ScenarioAdjustmentsView } } } } } }`);

export const PREVIEW =
  gql(`query ScenarioAdjustments1($input: ScenarioAdjustmentPreviewInput!) { scenarioAdjustmentPreview(input: $input) {
  grantedNew leftover maxWithinFrame requiredOverrides
  pastFrame { year frame total excess assumed }
  breaches { constraintId excess }
  problems { code field message { nb } }
} }`);
export const ADJUST =
  gql(`mutation ScenarioAdjustments2($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) {
  id version grantedNew leftover adjustments } }`);

export const problemsOf = (errors: GqlErrors) =>
  (errors?.[0]?.extensions?.['problems'] ?? []) as Problem[];

export interface AdjustmentWorld {
  api: TestApi;
  world: SmallWorld;
  admin: Headers;
  forum: Headers;
  scenarioId: string;
  /** The scenario as `headers` read it. */
  scenario(headers?: Headers): Promise<ScenarioView>;
  adjust(input: Omit<AdjustScenarioLineInput, 'scenarioId'>): ReturnType<typeof adjustScenarioLine>;
}

function adjustScenarioLine(api: TestApi, admin: Headers, input: AdjustScenarioLineInput) {
  return api.graphql(ADJUST, { input }, admin);
}

/** Starts the API, closes the round and runs the scenario (for a beforeAll; close `api` afterwards). */
export async function startAdjustmentWorld(): Promise<AdjustmentWorld> {
  const api = await startTestApi();
  const world = await seedSmallWorld(api.db.orm);
  const admin = await api.as('ADMIN', 'troms');
  const forum = await api.as('FORUM', 'troms');
  const closed = await api.graphql(
    gql(
      `mutation ScenarioAdjustments9($id: ID!) { closeRound(input: { roundId: $id }) { status } }`,
    ),
    { id: world.tromsRoundId },
    admin,
  );
  expect(closed.body.errors).toBeUndefined();
  // No tolerance: any money moved between sectors breaks a band.
  const run = await api.runScenario(
    {
      roundId: world.tromsRoundId,
      name: 'Justeres',
      method: 'RANKED',
      tolerancePercentagePoints: 0,
    },
    admin,
  );
  expect(run.body.errors).toBeUndefined();
  const scenarioId = run.body.data!.runScenario.id;
  async function scenario(headers: Headers = admin): Promise<ScenarioView> {
    const { body } = await api.graphql(SCENARIO, { id: scenarioId }, headers);
    expect(body.errors).toBeUndefined();
    return body.data!.scenario;
  }
  return {
    api,
    world,
    admin,
    forum,
    scenarioId,
    scenario,
    adjust: (input) => adjustScenarioLine(api, admin, { scenarioId, ...input }),
  };
}

/** The line the office cuts (the largest grant) and the one it raises (another sector, most room). */
export function linesToAdjust(view: ScenarioView): { reduced: Line; raised: Line } {
  const lines = view.lines.edges.map((e) => e.node);
  const reduced = [...lines].sort((a, b) => b.grantedThisYear - a.grantedThisYear)[0]!;
  const raised = [...lines]
    .filter(
      (l) => l.status !== 'INELIGIBLE' && l.needsStatement.sector !== reduced.needsStatement.sector,
    )
    .sort(
      (a, b) => b.requestedThisYear - b.grantedThisYear - (a.requestedThisYear - a.grantedThisYear),
    )[0]!;
  return { reduced, raised };
}

/**
 * The adjustments scenario-adjustments.e2e-spec makes and checks, made here as setup: the reduced
 * line cut by `cut` past its sector's band (overridden with the forum's reason), and the raised
 * line given the funds that frees (with its own override where needed).
 */
export async function makeTheAdjustments(
  ctx: AdjustmentWorld,
  cut: number,
): Promise<{ reduced: Line; raised: Line }> {
  const { reduced, raised } = linesToAdjust(await ctx.scenario());
  const preview = async (needsStatementId: string, grantedThisYear: number) => {
    const { body } = await ctx.api.graphql(
      PREVIEW,
      { input: { scenarioId: ctx.scenarioId, needsStatementId, grantedThisYear } },
      ctx.admin,
    );
    expect(body.errors).toBeUndefined();
    return body.data!.scenarioAdjustmentPreview.requiredOverrides;
  };
  const change = async (line: Line, grantedThisYear: number, reason: string, why: string) => {
    const required = await preview(line.needsStatement.id, grantedThisYear);
    const done = await ctx.adjust({
      needsStatementId: line.needsStatement.id,
      grantedThisYear,
      reason,
      expectedVersion: (await ctx.scenario()).version,
      constraintOverride: required.length > 0 ? { constraintIds: required, reason: why } : null,
    });
    expect(done.body.errors).toBeUndefined();
  };
  await change(
    reduced,
    reduced.grantedThisYear - cut,
    'Prosjektet starter senere',
    'Forumet vil styrke en annen sektor',
  );
  const { leftover } = await ctx.scenario();
  await change(
    raised,
    raised.grantedThisYear + leftover,
    'Kjent behov i kommunen',
    'Forumets innstilling',
  );
  return { reduced, raised };
}

/** The reduced line's adjustment, its sector's gauge and figures, as every reader must see them. */
export function checkAdjustedView(view: ScenarioView, reduced: Line, cut: number): void {
  expect(view.leftover).toBe(view.constraintReport.leftover.amount);
  const sector = reduced.needsStatement.sector;
  const bySector = view.totals.bySector.find((s) => s.key === sector)!;
  const report = view.constraintReport.sectors.find((s) => s.sector === sector)!;
  // The gauges and the totals agree: both are the adjusted figures.
  expect(report.grantedNew).toBe(bySector.grantedThisYear);
  const gauge = view.constraintReport.gauges.find((g) => g.id === `SECTOR:${sector}`)!;
  expect(gauge).toMatchObject({
    broken: true,
    overridden: true,
    overrideReasons: ['Forumet vil styrke en annen sektor'],
  });
  expect(gauge.notes.map((n) => n.nb).join(' ')).toContain(
    'Overstyrt: Forumet vil styrke en annen sektor',
  );
  expect(view.breaches.find((b) => b.constraintId === `SECTOR:${sector}`)).toMatchObject({
    overridden: true,
    overrides: [
      {
        needsStatementId: reduced.needsStatement.id,
        reason: 'Forumet vil styrke en annen sektor',
      },
    ],
  });
  const line = view.lines.edges.find(
    (e) => e.node.needsStatement.id === reduced.needsStatement.id,
  )!.node;
  expect(line.grantedThisYear).toBe(reduced.grantedThisYear - cut);
  expect(line.perYear[0]!.amount).toBe(reduced.grantedThisYear - cut);
  expect(line.breaks).toContain(`SECTOR:${sector}`);
  expect(line.adjustmentExplanation!.nb).toContain('Begrunnelse: Prosjektet starter senere.');
  expect(line.adjustmentExplanation!.nb).toContain(
    'Statsforvalteren har overstyrt grensen med denne begrunnelsen: Forumet vil styrke en annen sektor.',
  );
}
