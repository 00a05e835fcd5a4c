import { flushPromises } from '@vue/test-utils';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { connection, mockClient, withSetup } from '../../test/mock-client.js';
import { useProposal } from './use-proposal.js';

const scenario = {
  id: 's1',
  name: 'Hovedforslag',
  method: 'RANKED',
  cutRule: 'PROPORTIONAL',
  marginalTier: 'CUT_RULE',
  frame: 10,
  committedEarlier: 0,
  grantedNew: 10,
  leftover: 0,
  ranAt: '2026-03-01T10:00:00Z',
  ranByName: 'Rådgiver',
  durationMs: 5,
  version: 1,
};
const proposal = (id: string, status: string) => ({
  id,
  status,
  note: '',
  putAt: '2026-03-02T10:00:00Z',
  putBy: 'r',
  forumOutcome: null,
  votesFor: null,
  votesAgainst: null,
  abstentions: null,
  forumMinutes: null,
  recordedAt: null,
  recordedBy: null,
  version: 3,
  scenario,
});
const decision = (id: string, status: string, answered: boolean) => ({
  id,
  status,
  requestedThisYear: 100,
  grantedThisYear: 80,
  grantedTotal: 80,
  justification: '',
  decidedAt: '2026-04-10T10:00:00Z',
  version: 1,
  partnership: { id: `p${id}`, name: `Partnerskap ${id}` },
  needsStatement: { id: `n${id}`, title: `Tiltak ${id}`, sector: 'SCHOOL' },
  splitAnswers: answered
    ? [{ id: 'a', year: 2026, owner: 40, institution: 40, answeredAt: '2026-05-01T00:00:00Z' }]
    : [],
});

function setup(
  mutations: Record<string, () => { data?: unknown; error?: unknown }> = {},
  decisions = true,
) {
  const { client, calls } = mockClient({
    RoundProposal: () => ({
      data: {
        round: {
          id: 'r',
          year: 2026,
          status: 'DECIDED',
          version: 1,
          proposals: connection([proposal('old', 'SUPERSEDED'), proposal('p2', 'RECORDED')]),
        },
      },
    }),
    RoundDecisions: () => ({
      data: {
        round: {
          id: 'r',
          decisions: connection([
            decision('1', 'REDUCED', false),
            decision('2', 'REDUCED', true),
            decision('3', 'GRANTED', false),
          ]),
        },
      },
    }),
    ...mutations,
  });
  return { ...withSetup(() => useProposal('r', { decisions }), client), calls };
}

describe('useProposal', () => {
  it('finds the current proposal and the reduced grants still waiting for a split', async () => {
    const { result } = setup();
    await flushPromises();
    expect(result.current.value?.id).toBe('p2');
    expect(result.awaitingSplit.value.map((d) => d.partnership.name)).toEqual(['Partnerskap 1']);
  });

  it('records a vote with its counts and the proposal version', async () => {
    const { result, calls } = setup({
      RecordForumOutcome: () => ({ data: { recordForumOutcome: proposal('p2', 'RECORDED') } }),
    });
    await flushPromises();
    result.recordForm.outcome = 'VOTE';
    result.recordForm.votesFor = 9;
    result.recordForm.votesAgainst = 2;
    result.recordForm.abstentions = 1;
    expect(await result.recordOutcome()).toBe(true);
    expect(calls.find((c) => c.name === 'RecordForumOutcome')?.variables).toEqual({
      input: {
        proposalId: 'p2',
        expectedVersion: 3,
        outcome: 'VOTE',
        votesFor: 9,
        votesAgainst: 2,
        abstentions: 1,
        minutes: null,
      },
    });
  });

  it('keeps a WRONG_PHASE error on the step that failed', async () => {
    const { result } = setup({
      DecideRound: () => ({
        error: new CombinedError({
          graphQLErrors: [new GraphQLError('no', { extensions: { code: 'WRONG_PHASE' } })],
        }),
      }),
    });
    await flushPromises();
    expect(await result.decideRound()).toBe(false);
    expect(result.errors.decide?.code).toBe('WRONG_PHASE');
    expect(result.errors.put).toBeNull();
  });

  it('leaves the decisions unasked for a reader who may not read them (the forum)', async () => {
    const { result, calls } = setup({}, false);
    await flushPromises();
    expect(result.current.value?.id).toBe('p2');
    expect(calls.map((c) => c.name)).toEqual(['RoundProposal']);
    expect(result.decisions.value).toEqual([]);
    expect(result.error.value).toBeNull();
  });
});
