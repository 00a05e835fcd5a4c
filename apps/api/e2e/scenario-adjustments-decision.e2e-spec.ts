import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmallWorld } from '../test/fixtures.js';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import { codeOf, type Headers } from './support/common.js';
import {
  checkAdjustedView,
  FORUM_VIEW,
  makeTheAdjustments,
  problemsOf,
  startAdjustmentWorld,
  type AdjustmentWorld,
  type Line,
} from './support/scenario-adjustments.js';

// An adjusted scenario put to the forum and decided: never past the frame (nor past what earlier
// rounds have since bound), the reasons quoting the adjustment, and the decided round's story.
// (The adjustments themselves, checked: scenario-adjustments.)

describe('an adjusted scenario put to the forum and decided, never past the frame', () => {
  let ctx: AdjustmentWorld;
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;
  let scenarioId = '';
  const scenario = (headers?: Headers) => ctx.scenario(headers);
  let forum: Headers;
  const cut = 50_000;
  let reduced: Line;
  let raised: Line;
  let proposalId = '';

  beforeAll(async () => {
    ctx = await startAdjustmentWorld();
    ({ api, world, admin, forum, scenarioId } = ctx);
    ({ reduced, raised } = await makeTheAdjustments(ctx, cut));
  });

  afterAll(() => api.close());

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

  it('shows the forum the proposal with its overridden band', async () => {
    const { body } = await api.graphql(FORUM_VIEW, { id: world.tromsRoundId }, forum);
    expect(body.errors).toBeUndefined();
    const proposal = body.data!.round.proposals.edges.find((e) => e.node.status !== 'SUPERSEDED')!;
    checkAdjustedView(proposal.node.scenario, reduced, cut);
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

  async function countRows(from: string): Promise<number> {
    const rows: Array<{ n: string }> = await api.db.orm.em
      .getConnection()
      .execute(`select count(*) as n from ${from}`);
    return Number(rows[0]?.n);
  }
});
