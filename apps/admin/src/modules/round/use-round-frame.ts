import { useMutation } from '@urql/vue';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import {
  fieldProblems,
  isFormLevel,
  toApiError,
  unreadableField,
  type ApiError,
} from '../../graphql/api-error.js';
import { parseKroner } from '../../i18n/format.js';
import { SetRoundFrameMutation } from './round.graphql.js';

/**
 * Changes the round's frame (ramme), with the version the adviser saw. Whether the phase allows it
 * is the API's word (`allowedActions`); a frame that is not whole, positive kroner comes back beside
 * the field, and another adviser's change in the meantime as CONFLICT.
 */
export function useRoundFrame(
  round: MaybeRefOrGetter<{
    id: string;
    version: number;
    allowedActions: readonly string[];
  } | null>,
) {
  const mutation = useMutation(SetRoundFrameMutation);
  const error = ref<ApiError | null>(null);
  const frameUnreadable = ref(false);

  function reset(): void {
    error.value = null;
    frameUnreadable.value = false;
  }

  async function save(frameText: string): Promise<boolean> {
    const current = toValue(round);
    if (!current) return false;
    reset();
    const frame = parseKroner(frameText);
    if (frame === null) {
      frameUnreadable.value = true;
      return false;
    }
    const result = await mutation.executeMutation({
      input: { roundId: current.id, frame, expectedVersion: current.version },
    });
    error.value = toApiError(result.error);
    return !result.error;
  }

  return {
    allowed: computed(() => toValue(round)?.allowedActions.includes('setRoundFrame') ?? false),
    save,
    reset,
    busy: mutation.fetching,
    frameProblems: computed(() =>
      frameUnreadable.value ? [unreadableField('frame')] : fieldProblems(error.value, 'frame'),
    ),
    formError: computed(() => (isFormLevel(error.value, ['frame']) ? error.value : null)),
  };
}
