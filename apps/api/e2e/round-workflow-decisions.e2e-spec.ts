import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmallWorld } from '../test/fixtures.js';
import type { TestApi } from '../test/test-server.js';
import { gql } from './gql/index.js';
import { codeOf, type Headers } from './support/common.js';
import {
  countRowsOn,
  playToAnAdjustedScenario,
  startRoundWorld,
} from './support/round-workflow.js';

// A round over HTTP, second half: an adjusted scenario → the forum → decisions → split answers,
// and the audit trail of the whole round. (Statements and scenarios: round-workflow.)

describe('a whole round over HTTP: forum → decisions → split answers', () => {
  let api: TestApi;
  let world: SmallWorld;
  let admin: Headers;
  let rankedId = '';

  beforeAll(async () => {
    const ctx = await startRoundWorld();
    ({ api, world, admin } = ctx);
    rankedId = await playToAnAdjustedScenario(ctx);
  });

  afterAll(() => api.close());

  const countRows = (from: string, params: unknown[] = []) => countRowsOn(api, from, params);

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
    // The year's unpaid payments (planned when the round was decided) follow the split.
    const planned: Array<{ party: string; amount: number }> = await api.db.orm.em
      .getConnection()
      .execute(
        `select party, amount from payment where decision_id = ? and year = ? and cancelled_at is null`,
        [d.id, d.year],
      );
    expect(Object.fromEntries(planned.map((p) => [p.party, p.amount]))).toEqual({
      OWNER: half,
      INSTITUTION: d.amount - half,
    });
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
});
