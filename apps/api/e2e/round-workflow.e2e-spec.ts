import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSmallWorld, validStatementFields, type SmallWorld } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';

type Headers = Record<string, string>;
type Errors = Array<{ message: string; extensions?: Record<string, unknown> }> | undefined;

const SUBMIT = gql(`mutation RoundWorkflow1($input: SubmitNeedsStatementInput!) {
  submitNeedsStatement(input: $input) { id version status requestedThisYear budget { year owner institution total } }
}`);
const UPDATE = gql(`mutation RoundWorkflow2($input: UpdateNeedsStatementInput!) {
  updateNeedsStatement(input: $input) { id version title }
}`);
/** The scenario's fields a run answers with, once stored (api.runScenario). */
const RUN = `id version name method inputHash frame grantedNew leftover durationMs
    lines(first: 200) { totalCount edges { node { id status requestedThisYear grantedThisYear
      explanation { nb en } needsStatement { id } } } }
    constraintReport { sectors { sector } }`;

function codeOf(errors: Errors): unknown {
  return errors?.[0]?.extensions?.['code'];
}

describe('a whole round over HTTP: statements → scenarios → forum → decisions → split answers', () => {
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;
  let partnership: Headers;
  let partnershipId: string;

  beforeAll(async () => {
    api = await startTestApi();
    world = await seedSmallWorld(api.db.orm);
    admin = await api.as('ADMIN', 'troms');
    partnershipId = world.tromsPartnershipIds[0]!;
    partnership = await api.as('PARTNERSHIP', 'troms', partnershipId);
  });

  afterAll(() => api.close());

  let statementId = '';
  let statementVersion = 0;

  it('takes a valid needs statement from the partnership', async () => {
    const { body } = await api.graphql(
      SUBMIT,
      { input: { roundId: world.tromsRoundId, ...validStatementFields(0) } },
      partnership,
    );
    expect(body.errors).toBeUndefined();
    statementId = body.data!.submitNeedsStatement.id;
    statementVersion = body.data!.submitNeedsStatement.version;
    expect(body.data!.submitNeedsStatement.requestedThisYear).toBeGreaterThan(0);
  });

  it('reports every problem of an incomplete statement at once, with field paths', async () => {
    const fields = validStatementFields(1);
    const { body } = await api.graphql(
      SUBMIT,
      {
        input: {
          roundId: world.tromsRoundId,
          ...fields,
          samiPerspectives: '',
          localNeeds: '',
          durationYears: 9,
        },
      },
      partnership,
    );
    expect(codeOf(body.errors)).toBe('VALIDATION_FAILED');
    const problems = body.errors![0]!.extensions!['problems'] as Array<{
      code: string;
      path: unknown[];
      message: { nb: string; en: string };
    }>;
    expect(problems.length).toBeGreaterThanOrEqual(3);
    const paths = problems.map((p) => p.path.join('.'));
    expect(paths).toContain('samiPerspectives');
    expect(paths).toContain('localNeeds');
    expect(problems.every((p) => p.message.nb && p.message.en)).toBe(true);
    expect(await countRows('needs_statement where title = $1', [fields['title']])).toBe(0);
  });

  it('updates with the current version and refuses a stale one (CONFLICT)', async () => {
    const fields = { ...validStatementFields(0), title: 'Nytt navn' };
    const first = await api.graphql(
      UPDATE,
      { input: { id: statementId, expectedVersion: statementVersion, ...fields } },
      partnership,
    );
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.updateNeedsStatement.version).toBe(statementVersion + 1);
    const stale = await api.graphql(
      UPDATE,
      { input: { id: statementId, expectedVersion: statementVersion, ...fields } },
      partnership,
    );
    expect(codeOf(stale.body.errors)).toBe('CONFLICT');
  });

  it('lets the partnership withdraw a statement, audited', async () => {
    const second = await api.graphql(
      SUBMIT,
      { input: { roundId: world.tromsRoundId, ...validStatementFields(2) } },
      partnership,
    );
    const id = second.body.data!.submitNeedsStatement.id;
    const { body } = await api.graphql(
      gql(
        `mutation RoundWorkflow3($id: ID!) { withdrawNeedsStatement(input: { id: $id, reason: "Slått sammen" }) { status } }`,
      ),
      { id },
      partnership,
    );
    expect(body.data?.withdrawNeedsStatement.status).toBe('WITHDRAWN');
    expect(
      await countRows(`audit_log where entity_id = $1 and action = 'withdrawNeedsStatement'`, [id]),
    ).toBe(1);
  });

  it('refuses scenarios while the round is open (WRONG_PHASE)', async () => {
    const { body } = await api.runScenario(
      { roundId: world.tromsRoundId, name: 'For tidlig' },
      admin,
      RUN,
    );
    expect(codeOf(body.errors)).toBe('WRONG_PHASE');
  });

  it('closes the round; a late statement is refused unless the office overrides with a reason', async () => {
    const closed = await api.graphql(
      gql(`mutation RoundWorkflow4($id: ID!) { closeRound(input: { roundId: $id }) { status } }`),
      { id: world.tromsRoundId },
      admin,
    );
    expect(closed.body.data?.closeRound.status).toBe('CLOSED');
    const late = await api.graphql(
      SUBMIT,
      { input: { roundId: world.tromsRoundId, ...validStatementFields(3) } },
      partnership,
    );
    expect(codeOf(late.body.errors)).toBe('WRONG_PHASE');
    const partnershipOverride = await api.graphql(
      SUBMIT,
      {
        input: {
          roundId: world.tromsRoundId,
          ...validStatementFields(3),
          override: { reason: 'Vi ber om unntak' },
        },
      },
      partnership,
    );
    expect(codeOf(partnershipOverride.body.errors)).toBe('FORBIDDEN');
    const overridden = await api.graphql(
      SUBMIT,
      {
        input: {
          roundId: world.tromsRoundId,
          partnershipId,
          ...validStatementFields(3),
          override: { reason: 'Sendt innen fristen per e-post, registrert av rådgiver' },
        },
      },
      admin,
    );
    expect(overridden.body.errors).toBeUndefined();
    const audit: Array<{ reason: string }> = await api.db.orm.em
      .getConnection()
      .execute(`select reason from audit_log where entity_id = ?`, [
        overridden.body.data!.submitNeedsStatement.id,
      ]);
    expect(audit[0]?.reason).toMatch(/phase override \(CLOSED\): Sendt innen fristen/);
  });

  let rankedId = '';
  let optimalId = '';
  let rankedVersion = 0;

  it('runs a ranked and an optimal scenario in the solver thread and stores them', async () => {
    const ranked = await api.runScenario<ScenarioResult>(
      { roundId: world.tromsRoundId, name: 'Rangert', method: 'RANKED' },
      admin,
      RUN,
    );
    expect(ranked.body.errors).toBeUndefined();
    const scenario = ranked.body.data!.runScenario;
    rankedId = scenario.id;
    rankedVersion = scenario.version;
    expect(scenario.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(scenario.lines.totalCount).toBe(14); // 12 seeded + 2 submitted (1 withdrawn not counted)
    const granted = scenario.lines.edges.reduce((sum, e) => sum + e.node.grantedThisYear, 0);
    expect(granted).toBe(scenario.grantedNew);
    expect(scenario.lines.edges[0]!.node.explanation.nb.length).toBeGreaterThan(0);
    expect(scenario.constraintReport.sectors.length).toBeGreaterThan(0);

    const optimal = await api.runScenario<ScenarioResult>(
      {
        roundId: world.tromsRoundId,
        name: 'Optimal',
        method: 'OPTIMAL',
        cutRule: 'CONSTRAINED_EQUAL_LOSSES',
        timeLimitSeconds: 5,
      },
      admin,
      RUN,
    );
    expect(optimal.body.errors).toBeUndefined();
    optimalId = optimal.body.data!.runScenario.id;
    const stored: Array<{ input_hash: string; n: string }> = await api.db.orm.em
      .getConnection()
      .execute(
        `select input_hash, (select count(*) from scenario_line l where l.scenario_id = s.id) as n from scenario s where id = ?`,
        [optimalId],
      );
    expect(Number(stored[0]?.n)).toBe(14);
    // The solver thread stored the scenario, the run and the audit entry in one transaction.
    const [audit]: Array<{
      actor_role: string;
      same_county: boolean;
      after: Record<string, unknown>;
    }> = await api.db.orm.em.getConnection().execute(
      `select a.actor_role, a.county_id = s.county_id as same_county, a.after
           from audit_log a join scenario s on s.id::text = a.entity_id
          where a.action = 'runScenario' and a.entity_id = ?`,
      [optimalId],
    );
    expect(audit).toMatchObject({ actor_role: 'ADMIN', same_county: true });
    expect(audit!.after).toMatchObject({
      id: optimalId,
      name: 'Optimal',
      method: 'OPTIMAL',
      inputHash: stored[0]!.input_hash,
      lines: 14,
    });
    expect(
      await countRows(`scenario_run where scenario_id = $1 and status = 'DONE'`, [optimalId]),
    ).toBe(1);
  });

  it('stores nothing of a run whose scenario cannot be stored, and marks the run FAILED', async () => {
    const conn = api.db.orm.em.getConnection();
    await conn.execute(`create function refuse_line() returns trigger language plpgsql as
      $$ begin raise exception 'refused for the test'; end $$`);
    await conn.execute(
      `create trigger refuse_line before insert on scenario_line execute function refuse_line()`,
    );
    try {
      const before = await Promise.all([
        countRows('scenario'),
        countRows('scenario_line'),
        countRows(`audit_log where action = 'runScenario'`),
      ]);
      const failed = await api.runScenario(
        { roundId: world.tromsRoundId, name: 'Lagres ikke', method: 'RANKED' },
        admin,
        RUN,
      );
      expect(codeOf(failed.body.errors)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(failed.body.errors)).not.toMatch(/refused for the test|scenario_line/);
      expect(
        await Promise.all([
          countRows('scenario'),
          countRows('scenario_line'),
          countRows(`audit_log where action = 'runScenario'`),
        ]),
      ).toEqual(before);
      expect(await countRows(`scenario_run where name = 'Lagres ikke' and status = 'FAILED'`)).toBe(
        1,
      );
    } finally {
      await conn.execute(`drop trigger refuse_line on scenario_line`);
      await conn.execute(`drop function refuse_line()`);
    }
    // The solver thread's connection is fine afterwards.
    const again = await api.runScenario<ScenarioResult>(
      { roundId: world.tromsRoundId, name: 'Lagres', method: 'RANKED' },
      admin,
      RUN,
    );
    expect(again.body.errors).toBeUndefined();
  });

  it('replays: the same input gives the same hash', async () => {
    const again = await api.runScenario<ScenarioResult>(
      { roundId: world.tromsRoundId, name: 'Rangert igjen', method: 'RANKED' },
      admin,
      RUN,
    );
    const compare = await api.graphql(
      gql(
        `query RoundWorkflow5($ids: [ID!]!) { compareScenarios(ids: $ids) { sameInputAsFirst rows { granted spread needsStatement { id } } } }`,
      ),
      { ids: [rankedId, again.body.data!.runScenario.id, optimalId] },
      admin,
    );
    expect(compare.body.errors).toBeUndefined();
    expect(compare.body.data!.compareScenarios.sameInputAsFirst).toEqual([
      again.body.data!.runScenario.id,
    ]);
    expect(compare.body.data!.compareScenarios.rows).toHaveLength(14);
  });

  it('adjusts one line with a reason; two advisers at once: one wins, the other gets CONFLICT', async () => {
    const lines = await api.graphql(
      gql(
        `query RoundWorkflow6($id: ID!) { scenario(id: $id) { lines(first: 50, orderBy: { field: REQUESTED, direction: DESC }) { edges { node { requestedThisYear grantedThisYear needsStatement { id } } } } } }`,
      ),
      { id: rankedId },
      admin,
    );
    const line = lines.body.data!.scenario.lines.edges[0]!.node;
    const adjust = (amount: number) =>
      api.graphql(
        gql(
          `mutation RoundWorkflow7($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version grantedNew } }`,
        ),
        {
          input: {
            scenarioId: rankedId,
            needsStatementId: line.needsStatement.id,
            grantedThisYear: amount,
            reason: 'Kjent behov i kommunen',
            expectedVersion: rankedVersion,
          },
        },
        admin,
      );
    const target = Math.floor(line.requestedThisYear / 2);
    const [a, b] = await Promise.all([adjust(target), adjust(target - 1000)]);
    const outcomes = [a, b].map((r) => (r.body.errors ? codeOf(r.body.errors) : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const tooMuch = await api.graphql(
      gql(
        `mutation RoundWorkflow13($input: AdjustScenarioLineInput!) { adjustScenarioLine(input: $input) { version } }`,
      ),
      {
        input: {
          scenarioId: rankedId,
          needsStatementId: line.needsStatement.id,
          grantedThisYear: line.requestedThisYear + 1,
          reason: 'For mye',
          expectedVersion: rankedVersion + 1,
        },
      },
      admin,
    );
    expect(codeOf(tooMuch.body.errors)).toBe('BAD_USER_INPUT');
  });

  let proposalId = '';

  it('puts the scenario to the forum; deciding before the forum’s outcome is refused', async () => {
    const put = await api.graphql(
      gql(
        `mutation RoundWorkflow8($id: ID!) { putScenarioToForum(input: { scenarioId: $id, note: "Til drøfting" }) { id status round { status } } }`,
      ),
      { id: rankedId },
      admin,
    );
    expect(put.body.errors).toBeUndefined();
    proposalId = put.body.data!.putScenarioToForum.id;
    expect(put.body.data!.putScenarioToForum.round.status).toBe('PROPOSAL');
    const early = await api.graphql(
      gql(`mutation RoundWorkflow14($id: ID!) { decideRound(input: { proposalId: $id }) { id } }`),
      { id: proposalId },
      admin,
    );
    expect(codeOf(early.body.errors)).toBe('WRONG_PHASE');
  });

  it('records the forum’s vote, refusing more votes than seats (the office has no vote)', async () => {
    const record = (votes: number[]) =>
      api.graphql(
        gql(
          `mutation RoundWorkflow9($input: RecordForumOutcomeInput!) { recordForumOutcome(input: $input) { status forumOutcome votesFor } }`,
        ),
        {
          input: {
            proposalId,
            outcome: 'VOTE',
            votesFor: votes[0],
            votesAgainst: votes[1],
            abstentions: votes[2],
            minutes: 'Protokoll',
          },
        },
        admin,
      );
    expect(codeOf((await record([10, 5, 1])).body.errors)).toBe('BAD_USER_INPUT');
    const ok = await record([11, 3, 1]);
    expect(ok.body.data?.recordForumOutcome).toMatchObject({
      status: 'RECORDED',
      forumOutcome: 'VOTE',
    });
  });

  it('a failing decision leaves nothing half-written', async () => {
    // Sabotage one statement: a decision already exists for it (as if decided by hand).
    const conn = api.db.orm.em.getConnection();
    const [victim]: Array<{
      id: string;
      partnership_id: string;
      county_id: string;
      round_id: string;
    }> = await conn.execute(
      `select id, partnership_id, county_id, round_id from needs_statement where round_id = ? and status = 'SUBMITTED' order by id desc limit 1`,
      [world.tromsRoundId],
    );
    await conn.execute(
      `insert into decision (id, county_id, round_id, needs_statement_id, partnership_id, proposal_id, status, requested_this_year, granted_this_year, granted_total, granted_per_year, justification, clauses, decided_by, decided_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, 'REJECTED', 0, 0, 0, '[]', 'x', '[]', 'test', now())`,
      [victim!.county_id, victim!.round_id, victim!.id, victim!.partnership_id, proposalId],
    );
    const before = await Promise.all([
      countRows('decision'),
      countRows('commitment'),
      countRows('audit_log'),
    ]);
    const failed = await api.graphql(
      gql(`mutation RoundWorkflow15($id: ID!) { decideRound(input: { proposalId: $id }) { id } }`),
      { id: proposalId },
      admin,
    );
    expect(codeOf(failed.body.errors)).toBe('CONFLICT');
    const after = await Promise.all([
      countRows('decision'),
      countRows('commitment'),
      countRows('audit_log'),
    ]);
    expect(after).toEqual(before);
    const round: Array<{ status: string }> = await conn.execute(
      `select status from round where id = ?`,
      [world.tromsRoundId],
    );
    expect(round[0]?.status).toBe('PROPOSAL');
    await conn.execute(`delete from decision where needs_statement_id = ?`, [victim!.id]);
  });

  let reducedDecision:
    | { id: string; version: number; partnershipId: string; year: number; amount: number }
    | undefined;

  it('decides the round: decisions with reasons, commitments for later years, round DECIDED', async () => {
    const decided = await api.graphql(
      gql(`mutation RoundWorkflow10($id: ID!) { decideRound(input: { proposalId: $id }) { id version status grantedThisYear justification
         partnership { id } grantedPerYear { year amount } } }`),
      { id: proposalId },
      admin,
    );
    expect(decided.body.errors).toBeUndefined();
    const decisions = decided.body.data!.decideRound;
    expect(decisions).toHaveLength(14);
    expect(
      decisions.every(
        (d) => d.justification.includes('Grunnlag i planen') || d.justification.length > 20,
      ),
    ).toBe(true);
    const round = await api.graphql(
      gql(`query RoundWorkflow11($id: ID!) { round(id: $id) { status } }`),
      { id: world.tromsRoundId },
      admin,
    );
    expect(round.body.data?.round.status).toBe('DECIDED');
    const granted = decisions.filter((d) => d.grantedThisYear > 0);
    expect(await countRows(`commitment c where c.granted_year = 2027`)).toBe(
      granted.reduce((n, d) => n + d.grantedPerYear.filter((y) => y.amount > 0).length, 0),
    );
    const reduced = decisions.find((d) => d.status === 'REDUCED');
    expect(reduced).toBeDefined();
    reducedDecision = {
      id: reduced!.id,
      version: reduced!.version,
      partnershipId: reduced!.partnership.id,
      year: reduced!.grantedPerYear[0]!.year,
      amount: reduced!.grantedPerYear[0]!.amount,
    };
  });

  it('two advisers edit the same decision: one wins, the other gets CONFLICT', async () => {
    const edit = (text: string) =>
      api.graphql(
        gql(
          `mutation RoundWorkflow16($input: UpdateDecisionInput!) { updateDecision(input: $input) { version justification } }`,
        ),
        {
          input: {
            decisionId: reducedDecision!.id,
            expectedVersion: reducedDecision!.version,
            justification: text,
          },
        },
        admin,
      );
    const results = await Promise.all([edit('Begrunnelse A'), edit('Begrunnelse B')]);
    const outcomes = results.map((r) => (r.body.errors ? codeOf(r.body.errors) : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
  });

  it('takes the partnership’s split answer for a reduced grant, checking that it adds up', async () => {
    const d = reducedDecision!;
    const owner = await api.as('PARTNERSHIP', 'troms', d.partnershipId);
    const answer = (ownerPart: number, institution: number) =>
      api.graphql(
        gql(
          `mutation RoundWorkflow12($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner institution } }`,
        ),
        { input: { decisionId: d.id, year: d.year, owner: ownerPart, institution } },
        owner,
      );
    const wrong = await answer(1, 1);
    expect(codeOf(wrong.body.errors)).toBe('VALIDATION_FAILED');
    const half = Math.floor(d.amount / 2);
    const right = await answer(half, d.amount - half);
    expect(right.body.errors).toBeUndefined();
    const other = await api.as(
      'PARTNERSHIP',
      'troms',
      world.tromsPartnershipIds.find((id) => id !== d.partnershipId),
    );
    const foreign = await api.graphql(
      gql(
        `mutation RoundWorkflow17($input: RecordSplitAnswerInput!) { recordSplitAnswer(input: $input) { owner } }`,
      ),
      { input: { decisionId: d.id, year: d.year, owner: half, institution: d.amount - half } },
      other,
    );
    expect(codeOf(foreign.body.errors)).toBe('NOT_FOUND');
  });

  it('keeps an append-only audit trail of every mutation', async () => {
    const log = await api.graphql<{
      auditLog: {
        totalCount: number;
        edges: Array<{ node: { action: string; actorRole: string } }>;
      };
    }>(`{ auditLog(first: 200) { totalCount edges { node { action actorRole } } } }`, {}, admin);
    const actions = new Set(log.body.data!.auditLog.edges.map((e) => e.node.action));
    for (const action of [
      'submitNeedsStatement',
      'updateNeedsStatement',
      'withdrawNeedsStatement',
      'closeRound',
      'runScenario',
      'adjustScenarioLine',
      'putScenarioToForum',
      'recordForumOutcome',
      'decideRound',
      'updateDecision',
      'recordSplitAnswer',
    ]) {
      expect(actions).toContain(action);
    }
    await expect(
      api.db.orm.em.getConnection().execute(`update audit_log set reason = 'x'`),
    ).rejects.toThrow(/append-only/);
    await expect(api.db.orm.em.getConnection().execute(`delete from audit_log`)).rejects.toThrow(
      /append-only/,
    );
  });

  async function countRows(from: string, params: unknown[] = []): Promise<number> {
    const sql = `select count(*) as n from ${from.replace(/\$\d/g, '?')}`;
    const rows: Array<{ n: string }> = await api.db.orm.em.getConnection().execute(sql, params);
    return Number(rows[0]?.n);
  }
});

interface ScenarioResult {
  id: string;
  version: number;
  inputHash: string;
  grantedNew: number;
  lines: {
    totalCount: number;
    edges: Array<{ node: { grantedThisYear: number; explanation: { nb: string } } }>;
  };
  constraintReport: { sectors: Array<{ sector: string }> };
}
