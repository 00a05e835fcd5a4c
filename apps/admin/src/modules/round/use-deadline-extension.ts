import { useMutation } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { fieldProblems, isFormLevel, toApiError, type ApiError } from '../../graphql/api-error.js';
import { ExtendSubmissionDeadlineMutation } from './round.graphql.js';

/**
 * The office extends the round's deadline for needs statements beyond the plan calendar's day, or
 * (with an empty date) returns to it, with a reason for the audit log. Only while the round takes
 * statements (DRAFT or OPEN); a date that is not later than the calendar's, or a missing reason,
 * comes back beside its field.
 */
export function useDeadlineExtension(
  round: MaybeRefOrGetter<{ id: string; version: number; status: string } | null>,
) {
  const mutation = useMutation(ExtendSubmissionDeadlineMutation);
  const error = ref<ApiError | null>(null);

  function reset(): void {
    error.value = null;
  }

  async function save(deadline: string, reason: string): Promise<boolean> {
    const current = toValue(round);
    if (!current) return false;
    reset();
    const result = await mutation.executeMutation({
      input: {
        roundId: current.id,
        deadline: deadline.trim() || null,
        reason: reason.trim(),
        expectedVersion: current.version,
      },
    });
    error.value = toApiError(result.error);
    return !result.error;
  }

  return {
    allowed: computed(() => ['DRAFT', 'OPEN'].includes(toValue(round)?.status ?? '')),
    save,
    reset,
    busy: mutation.fetching,
    deadlineProblems: computed(() => fieldProblems(error.value, 'deadline')),
    reasonProblems: computed(() => fieldProblems(error.value, 'reason')),
    formError: computed(() =>
      isFormLevel(error.value, ['deadline', 'reason']) ? error.value : null,
    ),
  };
}
