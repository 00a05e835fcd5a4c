import { useMutation } from '@urql/vue';
import { computed, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { fieldProblems, isFormLevel, toApiError, type ApiError } from '../../graphql/api-error.js';
import type { SamiLevel } from '../../gql/graphql.js';
import { AssessSamiPerspectiveMutation } from './needs-statements.graphql.js';

/** The levels an adviser chooses from, strongest first; NOT_ASSESSED takes an assessment back. */
export const SAMI_LEVEL_CHOICES = [
  'STRONG',
  'SOME',
  'NONE',
  'NOT_ASSESSED',
] as const satisfies readonly SamiLevel[];

interface StatementForAssessment {
  id: string;
  status: string;
  round: { allowedActions: readonly string[] };
  samiAssessment?: { level: SamiLevel; reason: string; version: number } | null;
}

/**
 * The office's assessment of a statement's Sámi perspectives: the level and the reason the adviser
 * is writing (starting from the recorded ones), saved with the version the adviser saw. Whether the
 * round's phase allows it is the API's word (`allowedActions`); a withdrawn statement is not
 * assessed. A reason the API refuses comes back beside its field, anything else above the form.
 */
export function useSamiAssessment(statement: MaybeRefOrGetter<StatementForAssessment | null>) {
  const mutation = useMutation(AssessSamiPerspectiveMutation);
  const level = ref<SamiLevel>('NOT_ASSESSED');
  const reason = ref('');
  const error = ref<ApiError | null>(null);
  const saved = ref(false);

  function reset(): void {
    const current = toValue(statement)?.samiAssessment ?? null;
    level.value = current?.level ?? 'NOT_ASSESSED';
    reason.value = current?.reason ?? '';
    error.value = null;
  }
  watch(
    () => {
      const current = toValue(statement);
      return `${current?.id}|${current?.samiAssessment?.version ?? 0}`;
    },
    reset,
    { immediate: true },
  );

  async function save(): Promise<boolean> {
    const current = toValue(statement);
    if (!current) return false;
    error.value = null;
    saved.value = false;
    const result = await mutation.executeMutation({
      input: {
        needsStatementId: current.id,
        level: level.value,
        reason: reason.value,
        ...(current.samiAssessment ? { expectedVersion: current.samiAssessment.version } : {}),
      },
    });
    error.value = toApiError(result.error);
    saved.value = !result.error;
    return !result.error;
  }

  return {
    allowed: computed(() => {
      const current = toValue(statement);
      return (
        !!current &&
        current.status !== 'WITHDRAWN' &&
        current.round.allowedActions.includes('assessSamiPerspective')
      );
    }),
    level,
    reason,
    save,
    reset,
    saved,
    busy: mutation.fetching,
    levelProblems: computed(() => fieldProblems(error.value, 'level')),
    reasonProblems: computed(() => fieldProblems(error.value, 'reason')),
    formError: computed(() => (isFormLevel(error.value, ['level', 'reason']) ? error.value : null)),
  };
}
