import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import type { AdjustScenarioLineInput } from './gql/graphql.js';

type Headers = Record<string, string>;
type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;
interface Problem {
  code: string;
  path: string[];
  message: { nb: string; en: string };
}

interface Line {
  id: string;
  status: string;
  requestedThisYear: number;
  engineGrantedThisYear: number;
  grantedThisYear: number;
  adjustmentReason: string | null;
  constraintOverride: { constraintIds: string[]; reason: string } | null;
  adjustmentExplanation: { nb: string } | null;
  breaks: string[];
  perYear: Array<{ year: number; amount: number }>;
  needsStatement: { id: string; sector: string };
}
interface Gauge {
  id: string;
  amount: number;
  broken: boolean;
  overridden: boolean;
  overrideReasons: string[];
  notes: Array<{ nb: string }>;
}
interface ScenarioView {
  id: string;
  version: number;
  frame: number;
  committedEarlier: number;
  grantedNew: number;
  leftover: number;
  adjustments: number;
  lines: { edges: Array<{ node: Line }> };
  constraintReport: {
    gauges: Gauge[];
    sectors: Array<{ sector: string; grantedNew: number; total: number }>;
    leftover: { amount: number };
  };
  totals: { bySector: Array<{ key: string; grantedThisYear: number }> };
  breaches: Array<{
    constraintId: string;
    excess: number;
    overridden: boolean;
    overrides: Array<{ needsStatementId: string; reason: string }>;
  }>;
}

const SCENARIO_FIELDS = `
  id version frame committedEarlier grantedNew leftover adjustments
  lines(first: 50) { edges { node { id status requestedThisYear engineGrantedThisYear grantedThisYear
    adjustmentReason constraintOverride { constraintIds reason } adjustmentExplanation { nb } breaks
    perYear { year amount } needsStatement { id sector } } } }
  constraintReport { gauges { id amount broken overridden overrideReasons notes { nb } }
    sectors { sector grantedNew total } leftover { amount } }
  totals { bySector { key grantedThisYear } }
  breaches { constraintId excess overridden overrides { needsStatementId reason } }`;
const SCENARIO = `query($id: ID!) { scenario(id: $id) { ${SCENARIO_FIELDS} } }`;
/** The forum reads the scenario through the proposal put to it. */
const FORUM_VIEW = `query($id: ID!) { round(id: $id) { proposals(first: 1) { edges { node {
  status scenario { ${SCENARIO_FIELDS} } } } } } }`;

const PREVIEW =
  gql(`query ScenarioAdjustments1($input: ScenarioAdjustmentPreviewInput!) { scenarioAdjustmentPreview(input: $input) {
  grantedNew leftover maxWithinFrame requiredOverrides
  pastFrame { year frame total excess assumed }
  breaches { constraintId excess }
  problems { code field message { nb } }
} }`);

const ADJUST =
  gql(`mutation ScenarioAdjustments2($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) {
  id version grantedNew leftover adjustments } }`);

const codeOf = (errors: Errors) => errors?.[0]?.extensions?.['code'];
const problemsOf = (errors: Errors) => (errors?.[0]?.extensions?.['problems'] ?? []) as Problem[];

describe('hand adjustments and overrides over HTTP: through the domain, never past the frame', () => {
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;
  let forum: Headers;
  let scenarioId = '';

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm);
    admin = await api.as('ADMIN', 'troms');
    forum = await api.as('FORUM', 'troms');
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
    scenarioId = run.body.data!.runScenario.id;
  });

  afterAll(() => api.close());

  async function scenario(headers: Headers = admin): Promise<ScenarioView> {
    const { body } = await api.graphql<{ scenario: ScenarioView }>(
      SCENARIO,
      { id: scenarioId },
      headers,
    );
    expect(body.errors).toBeUndefined();
    return body.data!.scenario;
  }

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

  const adjust = (input: Omit<AdjustScenarioLineInput, 'scenarioId'>) =>
    api.graphql(ADJUST, { input: { scenarioId, ...input } }, admin);

  const cut = 50_000;
  let reduced: Line;
  let raised: Line;
  let leftoverAfterCut = 0;

  it('refuses to raise a line past the year’s frame, even with an override; nothing is written', async () => {
    const before = await scenario();
    expect(before.grantedNew + before.committedEarlier + before.leftover).toBe(before.frame);
    const lines = before.lines.edges.map((e) => e.node);
    reduced = [...lines].sort((a, b) => b.grantedThisYear - a.grantedThisYear)[0]!;
    raised = [...lines]
      .filter(
        (l) =>
          l.status !== 'INELIGIBLE' && l.needsStatement.sector !== reduced.needsStatement.sector,
      )
      .sort(
        (a, b) =>
          b.requestedThisYear - b.grantedThisYear - (a.requestedThisYear - a.grantedThisYear),
      )[0]!;
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
    checkAdjustedView(await scenario());
  });

  /** The reduced line's adjustment, its sector's gauge and figures, as every reader must see them. */
  function checkAdjustedView(view: ScenarioView): void {
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

  it('refuses to put or decide a scenario past its frame (as stored before this rule); nothing is written', async () => {
    const conn = api.db.orm.em.getConnection();
    // An adjustment made past the frame before the rule: the raised line set 300 000 kr higher.
    const [line]: Array<{ adjusted_this_year: number; requested_this_year: number }> =
      await conn.execute(
        `select adjusted_this_year, requested_this_year from scenario_line where scenario_id = ? and needs_statement_id = ?`,
        [scenarioId, raised.needsStatement.id],
      );
    const legacy = Math.min(line!.requested_this_year, line!.adjusted_this_year + 300_000);
    expect(legacy).toBeGreaterThan(line!.adjusted_this_year);
    await conn.execute(
      `update scenario_line set adjusted_this_year = ? where scenario_id = ? and needs_statement_id = ?`,
      [legacy, scenarioId, raised.needsStatement.id],
    );
    const put = await api.graphql(
      gql(
        `mutation ScenarioAdjustments10($id: ID!) { putScenarioToForum(input: { scenarioId: $id }) { id } }`,
      ),
      { id: scenarioId },
      admin,
    );
    expect(codeOf(put.body.errors)).toBe('FRAME_EXCEEDED');
    expect(problemsOf(put.body.errors)[0]!.path).toEqual(['scenarioId']);
    expect(await countRows(`proposal where round_id = '${world.tromsRoundId}'`)).toBe(0);

    // Put it forward as it should be, then break it again before deciding.
    await conn.execute(
      `update scenario_line set adjusted_this_year = ? where scenario_id = ? and needs_statement_id = ?`,
      [line!.adjusted_this_year, scenarioId, raised.needsStatement.id],
    );
    const proposal = await api.graphql(
      gql(
        `mutation ScenarioAdjustments3($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: "Til drøfting" }) { id } }`,
      ),
      { id: scenarioId },
      admin,
    );
    expect(proposal.body.errors).toBeUndefined();
    proposalId = proposal.body.data!.putScenarioToForum.id;
    const recorded = await api.graphql(
      gql(
        `mutation ScenarioAdjustments11($id: ID!) { recordForumOutcome(input: { proposalId: $id, outcome: CONSENSUS }) { status } }`,
      ),
      { id: proposalId },
      admin,
    );
    expect(recorded.body.errors).toBeUndefined();
    await conn.execute(
      `update scenario_line set adjusted_this_year = ? where scenario_id = ? and needs_statement_id = ?`,
      [legacy, scenarioId, raised.needsStatement.id],
    );
    const before = await Promise.all([
      countRows('decision'),
      countRows('commitment'),
      countRows('audit_log'),
    ]);
    const decided = await api.graphql(
      gql(
        `mutation ScenarioAdjustments12($id: ID!) { decideRound(input: { proposalId: $id }) { id } }`,
      ),
      { id: proposalId },
      admin,
    );
    expect(codeOf(decided.body.errors)).toBe('FRAME_EXCEEDED');
    expect(problemsOf(decided.body.errors).map((p) => [p.code, p.path])).toContainEqual([
      'ADJUSTMENT_PAST_FRAME',
      ['proposalId'],
    ]);
    expect(
      await Promise.all([countRows('decision'), countRows('commitment'), countRows('audit_log')]),
    ).toEqual(before);
    const [round]: Array<{ status: string }> = await conn.execute(
      `select status from round where id = ?`,
      [world.tromsRoundId],
    );
    expect(round!.status).toBe('PROPOSAL');
    await conn.execute(
      `update scenario_line set adjusted_this_year = ? where scenario_id = ? and needs_statement_id = ?`,
      [line!.adjusted_this_year, scenarioId, raised.needsStatement.id],
    );
  });

  let proposalId = '';

  it('shows the forum the proposal with its overridden band', async () => {
    const { body } = await api.graphql<{
      round: { proposals: { edges: Array<{ node: { status: string; scenario: ScenarioView } }> } };
    }>(FORUM_VIEW, { id: world.tromsRoundId }, forum);
    expect(body.errors).toBeUndefined();
    const proposal = body.data!.round.proposals.edges.find((e) => e.node.status !== 'SUPERSEDED')!;
    checkAdjustedView(proposal.node.scenario);
  });

  it('refuses to decide when earlier rounds, or grants from before the platform, have since bound the frame; nothing is written', async () => {
    const conn = api.db.orm.em.getConnection();
    const [earlier]: Array<{ id: string; county_id: string }> = await conn.execute(
      `select id, county_id from round where id = ?`,
      [world.tromsEarlierRoundId],
    );
    const [some]: Array<{ partnership_id: string }> = await conn.execute(
      `select partnership_id from needs_statement where round_id = ? limit 1`,
      [world.tromsRoundId],
    );
    // A grant of the earlier round, and one made before the county's rounds here (no round).
    for (const [grantedIn, grantedYear] of [
      [earlier!.id, 2026],
      [null, 2025],
    ] as const) {
      await conn.execute(
        `insert into commitment (id, county_id, granted_in_round_id, granted_year, needs_statement_id, partnership_id, work_id, sector, duration_years, year, amount, owner, institution, coordinator, institution_orgnr)
         values (gen_random_uuid(), ?, ?, ?, null, ?, 'late-work', 'SCHOOL', 3, 2027, 1, 1, 0, 0, '970422528')`,
        [earlier!.county_id, grantedIn, grantedYear, some!.partnership_id],
      );
      const before = await Promise.all([countRows('decision'), countRows('audit_log')]);
      const decided = await api.graphql(
        gql(
          `mutation ScenarioAdjustments13($id: ID!) { decideRound(input: { proposalId: $id }) { id } }`,
        ),
        { id: proposalId },
        admin,
      );
      expect(codeOf(decided.body.errors)).toBe('FRAME_EXCEEDED');
      expect(problemsOf(decided.body.errors).map((p) => p.code)).toEqual(['DECISION_PAST_FRAME']);
      expect(await Promise.all([countRows('decision'), countRows('audit_log')])).toEqual(before);
      await conn.execute(`delete from commitment where work_id = 'late-work'`);
    }
  });

  it('decides within the frame; the reasons quote the adjustment, the broken band and why', async () => {
    const decided = await api.graphql(
      gql(`mutation ScenarioAdjustments4($id: ID!) { decideRound(input: { proposalId: $id }) { grantedThisYear justification
         needsStatement { id } grantedPerYear { year amount } } }`),
      { id: proposalId },
      admin,
    );
    expect(decided.body.errors).toBeUndefined();
    const decisions = decided.body.data!.decideRound;
    const view = await scenario();
    const total = decisions.reduce((sum, d) => sum + d.grantedThisYear, 0);
    expect(total + view.committedEarlier).toBeLessThanOrEqual(view.frame);
    const cutOne = decisions.find((d) => d.needsStatement.id === reduced.needsStatement.id)!;
    expect(cutOne.grantedThisYear).toBe(reduced.grantedThisYear - cut);
    expect(cutOne.justification).toContain('Statsforvalteren har justert tildelingen for 2027');
    expect(cutOne.justification).toContain('Justeringen bryter nedre grense for');
    expect(cutOne.justification).toContain(
      'Statsforvalteren har overstyrt grensen med denne begrunnelsen: Forumet vil styrke en annen sektor.',
    );
    expect(cutOne.justification).toContain('Grunnlag i planen');
  });

  it('tells the decided round’s story: totals, the calendar done by phase, each statement’s adjustments and decision, the adjuster by name', async () => {
    const overview = await api.graphql(
      gql(`query ScenarioAdjustments5($id: ID!) { round(id: $id) { status calendar { id doneByPhase }
         decisionTotals { decisions grantedThisYear grantedTotal grantedLaterYears
           byStatus { status decisions grantedThisYear } }
         decisions(first: 100) { edges { node { grantedThisYear grantedTotal version justification } } }
         reduced: decisionTotals(filter: { status: [REDUCED] }) { grantedThisYear decisions } } }`),
      { id: world.tromsRoundId },
      admin,
    );
    expect(overview.body.errors).toBeUndefined();
    const round = overview.body.data!.round;
    expect(round.status).toBe('DECIDED');
    const nodes = round.decisions.edges.map((e) => e.node);
    const totals = round.decisionTotals;
    expect(totals.decisions).toBe(nodes.length);
    expect(totals.grantedThisYear).toBe(nodes.reduce((a, d) => a + d.grantedThisYear, 0));
    expect(totals.grantedTotal).toBe(nodes.reduce((a, d) => a + d.grantedTotal, 0));
    expect(totals.grantedLaterYears).toBe(totals.grantedTotal - totals.grantedThisYear);
    expect(totals.byStatus.map((b) => b.status)).toEqual(['GRANTED', 'REDUCED', 'REJECTED']);
    expect(totals.byStatus.reduce((a, b) => a + b.decisions, 0)).toBe(totals.decisions);
    const reducedTotal = totals.byStatus.find((b) => b.status === 'REDUCED')!;
    expect(round.reduced).toEqual({
      grantedThisYear: reducedTotal.grantedThisYear,
      decisions: reducedTotal.decisions,
    });
    // The plan says which phase completes each step: a decided round is past its deadlines.
    const done = Object.fromEntries(round.calendar.map((m) => [m.id, m.doneByPhase]));
    expect(done['submission-deadline']).toBe(true);
    expect(done['decision-deadline']).toBe(true);
    expect(done['evaluation']).toBe(false);

    const lines = (await scenario()).lines.edges.map((e) => e.node);
    const adjusted = lines.find((l) => l.adjustmentReason !== null)!;
    const named = await api.graphql(
      gql(
        `query ScenarioAdjustments6($id: ID!) { scenario(id: $id) { lines(first: 50) { edges { node { id adjustedBy adjustedByName } } } } }`,
      ),
      { id: scenarioId },
      admin,
    );
    const namedLine = named.body.data!.scenario.lines.edges.find(
      (e) => e.node.id === adjusted.id,
    )!.node;
    expect(namedLine.adjustedByName).toBeTruthy();
    expect(namedLine.adjustedByName).not.toBe(namedLine.adjustedBy);

    const history = await api.graphql(
      gql(`query ScenarioAdjustments7($id: ID!) { needsStatement(id: $id) { history { action actorName scenarioName
         grantedThisYear decisionStatus reason } } }`),
      { id: adjusted.needsStatement.id },
      admin,
    );
    expect(history.body.errors).toBeUndefined();
    const entries = history.body.data!.needsStatement.history;
    const adjustment = entries.find((e) => e.action === 'adjustScenarioLine')!;
    expect(adjustment).toMatchObject({
      scenarioName: 'Justeres',
      actorName: namedLine.adjustedByName,
    });
    expect(adjustment.grantedThisYear).toBeTypeOf('number');
    const decision = entries.find((e) => e.action === 'decideRound')!;
    expect(decision.decisionStatus).toMatch(/^(GRANTED|REDUCED|REJECTED)$/);
    expect(decision.grantedThisYear).toBeTypeOf('number');
    // Newest first: the decision came after the adjustment.
    expect(entries.indexOf(decision)).toBeLessThan(entries.indexOf(adjustment));
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

  async function countRows(from: string): Promise<number> {
    const rows: Array<{ n: string }> = await api.db.orm.em
      .getConnection()
      .execute(`select count(*) as n from ${from}`);
    return Number(rows[0]?.n);
  }
});
