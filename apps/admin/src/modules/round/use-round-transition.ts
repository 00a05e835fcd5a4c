import { useMutation } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import type { RoundStatus } from '../../gql/graphql.js';
import { toApiError, type ApiError } from '../../graphql/api-error.js';
import { CloseRoundMutation, OpenRoundMutation, StartReportingMutation } from './round.graphql.js';

export type RoundTransition = 'open' | 'close' | 'startReporting';

/** The phase change an adviser can make from a status (the others follow the proposal). */
export function transitionFrom(status: RoundStatus | null | undefined): RoundTransition | null {
  switch (status) {
    case 'DRAFT':
      return 'open';
    case 'OPEN':
      return 'close';
    case 'DECIDED':
      return 'startReporting';
    default:
      return null;
  }
}

const ACTION_OF: Record<RoundTransition, string> = {
  open: 'openRound',
  close: 'closeRound',
  startReporting: 'startReporting',
};

/** Moves the round to its next phase (with the version the adviser saw). */
export function useRoundTransition(
  round: MaybeRefOrGetter<{
    id: string;
    status: RoundStatus;
    version: number;
    allowedActions?: readonly string[];
  } | null>,
) {
  const open = useMutation(OpenRoundMutation);
  const close = useMutation(CloseRoundMutation);
  const report = useMutation(StartReportingMutation);
  const error = ref<ApiError | null>(null);
  const busy = computed(() => open.fetching.value || close.fetching.value || report.fetching.value);
  // Offered only when the API allows it in the round's phase (allowedActions).
  const transition = computed(() => {
    const current = toValue(round);
    const which = transitionFrom(current?.status);
    if (!which || !current?.allowedActions) return which;
    return current.allowedActions.includes(ACTION_OF[which]) ? which : null;
  });

  async function run(): Promise<boolean> {
    const current = toValue(round);
    const which = transition.value;
    if (!current || !which || busy.value) return false;
    error.value = null;
    const input = { input: { roundId: current.id, expectedVersion: current.version } };
    const result =
      which === 'open'
        ? await open.executeMutation(input)
        : which === 'close'
          ? await close.executeMutation(input)
          : await report.executeMutation(input);
    if (result.error) {
      error.value = toApiError(result.error);
      return false;
    }
    return true;
  }

  return { transition, run, busy, error };
}
