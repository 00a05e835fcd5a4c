import { useMutation } from '@urql/vue';
import { computed, ref } from 'vue';
import {
  fieldProblems,
  isFormLevel,
  toApiError,
  unreadableField,
  type ApiError,
} from '../../graphql/api-error.js';
import { parseKroner } from '../../i18n/format.js';
import { CreateRoundMutation } from './round.graphql.js';
import { selectRound } from './use-round-selection.js';

/** Why the API refused the year: a round exists for it, or no plan version is in force then. */
export type YearRefusal = 'exists' | 'noPlanVersion';

/**
 * Creates the county's round for a year with its frame (ramme) as a draft, and makes it the round
 * the screens show. The API decides: a second round for the same year is refused (CONFLICT), so is
 * a year no plan version covers (NOT_FOUND), and a frame that is not a positive whole number.
 */
export function useCreateRound() {
  const mutation = useMutation(CreateRoundMutation);
  const error = ref<ApiError | null>(null);
  const yearRefusal = ref<YearRefusal | null>(null);
  const frameUnreadable = ref(false);

  function reset(): void {
    error.value = null;
    yearRefusal.value = null;
    frameUnreadable.value = false;
  }

  async function create(year: number, frameText: string): Promise<boolean> {
    reset();
    const frame = parseKroner(frameText);
    if (frame === null) {
      frameUnreadable.value = true;
      return false;
    }
    const result = await mutation.executeMutation({ input: { year, frame } });
    if (result.error || !result.data) {
      const extensions = result.error?.graphQLErrors[0]?.extensions ?? {};
      if (extensions['code'] === 'CONFLICT' && extensions['reason'] === 'ALREADY_EXISTS') {
        yearRefusal.value = 'exists';
      } else if (extensions['code'] === 'NOT_FOUND') {
        yearRefusal.value = 'noPlanVersion';
      } else {
        error.value = toApiError(result.error);
      }
      return false;
    }
    selectRound(result.data.createRound.id);
    return true;
  }

  return {
    create,
    reset,
    busy: mutation.fetching,
    yearRefusal,
    frameProblems: computed(() =>
      frameUnreadable.value ? [unreadableField('frame')] : fieldProblems(error.value, 'frame'),
    ),
    /** An error that concerns neither field (shown above the form). */
    formError: computed(() => (isFormLevel(error.value, ['frame']) ? error.value : null)),
  };
}
