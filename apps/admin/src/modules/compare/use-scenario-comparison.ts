import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError } from '../../graphql/api-error.js';
import { CompareScenariosQuery } from './compare.graphql.js';
import { comparedGroups, comparisonChart, reasonsOf } from './comparison.js';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * Two scenarios side by side, as the API compares them: totals per sector, municipality and
 * owners, and the statements whose grant differs, each with the reason every scenario gives.
 */
export function useScenarioComparison(
  ids: MaybeRefOrGetter<[string | null, string | null]>,
  t: Translate,
) {
  const pair = computed(() => toValue(ids));
  const ready = computed(
    () => !!pair.value[0] && !!pair.value[1] && pair.value[0] !== pair.value[1],
  );
  const result = useQuery({
    query: CompareScenariosQuery,
    variables: () => ({ ids: pair.value.filter((id): id is string => !!id) }),
    pause: () => !ready.value,
  });

  const comparison = computed(() =>
    ready.value ? (result.data.value?.compareScenarios ?? null) : null,
  );
  const scenarios = computed(() => comparison.value?.scenarios ?? []);
  const sectors = computed(() => comparedGroups(comparison.value?.bySector ?? [], t));
  return {
    ready,
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    scenarios,
    sameInput: computed(() => (comparison.value?.sameInputAsFirst.length ?? 0) > 1),
    sectors,
    municipalities: computed(() => comparedGroups(comparison.value?.byMunicipality ?? [], t)),
    owners: computed(() => comparedGroups(comparison.value?.byOwner ?? [], t)),
    differing: computed(() =>
      (comparison.value?.differences ?? []).map((row) => ({
        ...row,
        reasons: reasonsOf(row, t('scenario.adjustmentReason')),
      })),
    ),
    chart: computed(() =>
      comparisonChart(
        sectors.value,
        scenarios.value.map((s) => s.name),
      ),
    ),
  };
}
