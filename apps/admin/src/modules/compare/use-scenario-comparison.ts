import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError } from '../../graphql/api-error.js';
import { asConstraintReport } from '../scenarios/constraint-gauges.js';
import { ScenarioQuery } from '../scenarios/scenarios.graphql.js';
import { CompareScenariosQuery } from './compare.graphql.js';
import {
  comparisonChart,
  groupTotals,
  municipalityGroup,
  ownerGroup,
  sectorTotals,
} from './comparison.js';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Reasons per statement from one scenario's lines (the engine's explanation, an adjustment). */
function useReasons(id: () => string | null) {
  const result = useQuery({
    query: ScenarioQuery,
    variables: () => ({ id: id() ?? '' }),
    pause: () => !id(),
  });
  return computed(() => {
    const map = new Map<string, string>();
    for (const edge of result.data.value?.scenario.lines.edges ?? []) {
      const line = edge.node;
      map.set(
        line.needsStatement.id,
        line.adjustmentReason
          ? `${line.explanation.nb} ${line.adjustmentReason}`
          : line.explanation.nb,
      );
    }
    return map;
  });
}

/**
 * Two scenarios side by side: totals per sector, municipality and owner, and the statements whose
 * grant differs, each with the reasons both scenarios give.
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
  const reasonsA = useReasons(() => (ready.value ? pair.value[0] : null));
  const reasonsB = useReasons(() => (ready.value ? pair.value[1] : null));

  const comparison = computed(() =>
    ready.value ? (result.data.value?.compareScenarios ?? null) : null,
  );
  const scenarios = computed(() => comparison.value?.scenarios ?? []);
  const rows = computed(() => comparison.value?.rows ?? []);
  const sectors = computed(() =>
    sectorTotals(
      scenarios.value.map((s) => asConstraintReport(s.report)),
      t,
    ),
  );
  return {
    ready,
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    scenarios,
    sameInput: computed(() => (comparison.value?.sameInputAsFirst.length ?? 0) > 1),
    sectors,
    municipalities: computed(() =>
      groupTotals(rows.value, scenarios.value.length, municipalityGroup(t)),
    ),
    owners: computed(() => groupTotals(rows.value, scenarios.value.length, ownerGroup)),
    differing: computed(() =>
      rows.value
        .filter((r) => r.spread !== 0)
        .map((r) => ({
          ...r,
          reasons: [
            reasonsA.value.get(r.needsStatement.id) ?? '',
            reasonsB.value.get(r.needsStatement.id) ?? '',
          ],
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
