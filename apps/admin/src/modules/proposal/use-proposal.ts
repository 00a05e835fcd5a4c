import { useMutation, useQuery } from '@urql/vue';
import { computed, reactive, ref, toValue, type MaybeRefOrGetter } from 'vue';
import type { ForumOutcome } from '../../gql/graphql.js';
import { fieldProblems, toApiError, type ApiError } from '../../graphql/api-error.js';
import {
  DecideRoundMutation,
  PutScenarioToForumMutation,
  RecordForumOutcomeMutation,
  RoundDecisionsQuery,
  RoundProposalQuery,
} from './proposal.graphql.js';

type Step = 'put' | 'record' | 'decide';

/**
 * The proposal and decisions step: put a scenario to the forum, record the forum's outcome,
 * decide the round; then the reduced grants whose partnerships have not yet answered with their
 * split.
 */
export function useProposal(
  roundId: MaybeRefOrGetter<string | null>,
  options: {
    /** Whether to read the round's decisions (the office may; the forum may not). */
    decisions?: MaybeRefOrGetter<boolean>;
  } = {},
) {
  const variables = () => ({ roundId: toValue(roundId) ?? '' });
  const result = useQuery({
    query: RoundProposalQuery,
    variables,
    pause: () => !toValue(roundId),
    requestPolicy: 'cache-and-network',
  });
  const decisionsResult = useQuery({
    query: RoundDecisionsQuery,
    variables,
    pause: () => !toValue(roundId) || !(toValue(options.decisions) ?? true),
    requestPolicy: 'cache-and-network',
  });
  const round = computed(() => result.data.value?.round ?? null);
  const proposals = computed(() => round.value?.proposals.edges.map((e) => e.node) ?? []);
  const current = computed(() => proposals.value.find((p) => p.status !== 'SUPERSEDED') ?? null);
  const decisions = computed(
    () => decisionsResult.data.value?.round?.decisions.edges.map((e) => e.node) ?? [],
  );

  const putForm = reactive({ scenarioId: '', note: '' });
  const recordForm = reactive<{
    outcome: ForumOutcome;
    votesFor: number | null;
    votesAgainst: number | null;
    abstentions: number | null;
    minutes: string;
  }>({ outcome: 'CONSENSUS', votesFor: null, votesAgainst: null, abstentions: null, minutes: '' });

  const errors = reactive<Record<Step, ApiError | null>>({ put: null, record: null, decide: null });
  const busy = ref<Step | null>(null);
  const put = useMutation(PutScenarioToForumMutation);
  const record = useMutation(RecordForumOutcomeMutation);
  const decide = useMutation(DecideRoundMutation);
  const refresh = () => {
    result.executeQuery({ requestPolicy: 'network-only' });
    if (toValue(options.decisions) ?? true) {
      decisionsResult.executeQuery({ requestPolicy: 'network-only' });
    }
  };

  async function step<T>(
    name: Step,
    action: () => Promise<{ error?: Parameters<typeof toApiError>[0]; data?: T }>,
  ) {
    if (busy.value) return false;
    busy.value = name;
    errors[name] = null;
    try {
      const response = await action();
      if (response.error || !response.data) {
        errors[name] = toApiError(response.error);
        return false;
      }
      refresh();
      return true;
    } finally {
      busy.value = null;
    }
  }

  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value ?? decisionsResult.error.value)),
    round,
    proposals,
    current,
    decisions,
    /** Reduced grants whose partnership has not yet answered how it splits the grant. */
    awaitingSplit: computed(() =>
      decisions.value.filter((d) => d.status === 'REDUCED' && d.splitAnswers.length === 0),
    ),
    putForm,
    recordForm,
    errors,
    busy,
    problems: (name: Step, field: string) => fieldProblems(errors[name], field),
    putToForum: () =>
      step('put', () =>
        put.executeMutation({
          input: { scenarioId: putForm.scenarioId, note: putForm.note.trim() || null },
        }),
      ),
    recordOutcome: () => {
      const proposal = current.value;
      if (!proposal) return Promise.resolve(false);
      const vote = recordForm.outcome === 'VOTE';
      return step('record', () =>
        record.executeMutation({
          input: {
            proposalId: proposal.id,
            expectedVersion: proposal.version,
            outcome: recordForm.outcome,
            votesFor: vote ? recordForm.votesFor : null,
            votesAgainst: vote ? recordForm.votesAgainst : null,
            abstentions: vote ? recordForm.abstentions : null,
            minutes: recordForm.minutes.trim() || null,
          },
        }),
      );
    },
    decideRound: () => {
      const proposal = current.value;
      if (!proposal) return Promise.resolve(false);
      return step('decide', () => decide.executeMutation({ input: { proposalId: proposal.id } }));
    },
  };
}
