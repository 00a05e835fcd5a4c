import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError, type ApiError } from '../../graphql/api-error.js';
import {
  ChangeDecisionOnComplaintMutation,
  ForwardComplaintMutation,
  RegisterComplaintMutation,
  RejectComplaintMutation,
  RoundComplaintsQuery,
} from './complaints.graphql.js';
import { registerInput, type RegisterDraft } from './complaint-form.js';

/** A round's complaints and decisions, and the office's actions on them. */
export function useComplaints(roundId: MaybeRefOrGetter<string>) {
  const result = useQuery({
    query: RoundComplaintsQuery,
    variables: () => ({ roundId: toValue(roundId) }),
    requestPolicy: 'cache-and-network',
  });
  const register = useMutation(RegisterComplaintMutation);
  const forward = useMutation(ForwardComplaintMutation);
  const change = useMutation(ChangeDecisionOnComplaintMutation);
  const reject = useMutation(RejectComplaintMutation);
  const actionError = ref<{ key: string; error: ApiError } | null>(null);

  const decisions = computed(() =>
    (result.data.value?.round.decisions.edges ?? [])
      .map((e) => e.node)
      .sort((a, b) => a.partnership.name.localeCompare(b.partnership.name, 'nb')),
  );
  const complaints = computed(() => result.data.value?.complaints ?? []);

  async function run<T>(key: string, action: () => Promise<{ error?: unknown; data?: T }>) {
    actionError.value = null;
    const res = await action();
    if (res.error) {
      actionError.value = { key, error: toApiError(res.error as never)! };
      return null;
    }
    result.executeQuery({ requestPolicy: 'network-only' });
    return res.data ?? null;
  }

  return {
    decisions,
    complaints,
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    busy: computed(
      () =>
        register.fetching.value ||
        forward.fetching.value ||
        change.fetching.value ||
        reject.fetching.value,
    ),
    actionError,
    register: (draft: RegisterDraft) =>
      run('register', () => register.executeMutation({ input: registerInput(draft) })),
    forward: (input: {
      complaintId: string;
      expectedVersion: number;
      reasons: string;
      lateReason: string | null;
    }) => run(input.complaintId, () => forward.executeMutation({ input })),
    change: (input: {
      complaintId: string;
      expectedVersion: number;
      reasons: string;
      lateReason: string | null;
      grantedPerYear: { year: number; owner: number; institution: number; coordinator: number }[];
    }) => run(input.complaintId, () => change.executeMutation({ input })),
    /** Rejects (avviser) the complaint: not heard, e.g. filed too late. */
    reject: (input: { complaintId: string; expectedVersion: number; reasons: string }) =>
      run(input.complaintId, () => reject.executeMutation({ input })),
  };
}
