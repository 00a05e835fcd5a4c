import { useQuery } from '@urql/vue';
import { computed, onScopeDispose, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import type { ConstraintBreachFieldsFragment } from '../../gql/graphql.js';
import type { ApiProblem } from '../../graphql/api-error.js';
import { ScenarioAdjustmentPreviewQuery } from './scenarios.graphql.js';
import type { ScenarioLine } from './use-scenario.js';

/** Problems of the amount the API's preview finds: past the frame, outside 0–request. */
const AMOUNT_CODES = new Set([
  'ADJUSTMENT_PAST_FRAME',
  'ADJUSTMENT_AMOUNT_INVALID',
  'ADJUSTMENT_INELIGIBLE',
]);

/**
 * What the change in the adjust dialog would do, as the API's domain computes it: the free funds
 * after it, the most the statement can have within the frame, the bands and caps it breaks and
 * must override. Asked again a moment after the amount stops changing.
 */
export function useAdjustmentPreview(options: {
  scenarioId: MaybeRefOrGetter<string | null>;
  line: MaybeRefOrGetter<ScenarioLine | null>;
  amount: MaybeRefOrGetter<number | null>;
  delayMs?: number;
}) {
  const settled = ref<number | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    () => [toValue(options.line)?.id, toValue(options.amount)] as const,
    ([, amount]) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        settled.value = amount ?? null;
      }, options.delayMs ?? 300);
    },
    { immediate: true },
  );
  onScopeDispose(() => clearTimeout(timer));

  const valid = (amount: number | null): amount is number =>
    amount !== null && Number.isInteger(amount) && amount >= 0;
  const result = useQuery({
    query: ScenarioAdjustmentPreviewQuery,
    variables: () => ({
      input: {
        scenarioId: toValue(options.scenarioId) ?? '',
        needsStatementId: toValue(options.line)?.needsStatement.id ?? '',
        grantedThisYear: settled.value ?? 0,
      },
    }),
    pause: () => !toValue(options.scenarioId) || !toValue(options.line) || !valid(settled.value),
    requestPolicy: 'network-only',
  });

  /** The preview of the amount in the field now; null while it is being asked for. */
  const preview = computed(() => {
    const found = result.data.value?.scenarioAdjustmentPreview ?? null;
    const amount = toValue(options.amount);
    return found && valid(amount) && found.grantedThisYear === amount ? found : null;
  });

  return {
    preview,
    fetching: result.fetching,
    /** The bands and caps the change must override, with their figures in words. */
    required: computed<ConstraintBreachFieldsFragment[]>(() => {
      const p = preview.value;
      return p ? p.breaches.filter((b) => p.requiredOverrides.includes(b.constraintId)) : [];
    }),
    /** What is wrong with the amount itself (past the frame, more than asked for). */
    amountProblems: computed<ApiProblem[]>(() =>
      (preview.value?.problems ?? [])
        .filter((p) => AMOUNT_CODES.has(p.code))
        .map((p) => ({ code: p.code, path: p.path, message: { nb: p.message.nb, en: '' } })),
    ),
  };
}
