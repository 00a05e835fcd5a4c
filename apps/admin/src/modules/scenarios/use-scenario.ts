import { useMutation, useQuery } from '@urql/vue';
import { computed, reactive, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useTableSort } from '../../composables/use-table-sort.js';
import type { AllocationStatus, ScenarioLineFieldsFragment, Sector } from '../../gql/graphql.js';
import { fieldProblems, toApiError, type ApiError } from '../../graphql/api-error.js';
import { constraintGauges } from './constraint-gauges.js';
import {
  AdjustScenarioLineMutation,
  ScenarioFiguresQuery,
  ScenarioQuery,
} from './scenarios.graphql.js';

export type ScenarioLine = ScenarioLineFieldsFragment;
/** The fields of an adjustment the API may find problems with. */
export type AdjustField =
  'grantedThisYear' | 'reason' | 'constraintOverride' | 'constraintOverride.reason';
/** The bands and caps an adjustment knowingly breaks (gauge ids), and why. */
export interface ConstraintOverrideDraft {
  constraintIds: string[];
  reason: string;
}
export type LineSortKey =
  | 'rank'
  | 'title'
  | 'partnership'
  | 'sector'
  | 'requested'
  | 'granted'
  | 'fundedPercent'
  | 'status';

const lineAccessors: Record<LineSortKey, (line: ScenarioLine) => string | number | null> = {
  rank: (l) => l.rank ?? null,
  title: (l) => l.needsStatement.title,
  partnership: (l) => l.needsStatement.partnership.name,
  sector: (l) => l.needsStatement.sector ?? null,
  requested: (l) => l.requestedThisYear,
  granted: (l) => l.grantedThisYear,
  fundedPercent: (l) => l.fundedPercent,
  status: (l) => l.status,
};

/**
 * One scenario: its totals, constraint gauges and method info (as the API computed them), its
 * lines sorted and filtered in the browser, and the adviser's adjustment of a line.
 */
export function useScenario(id: MaybeRefOrGetter<string | null>) {
  const result = useQuery({
    query: ScenarioQuery,
    variables: () => ({ id: toValue(id) ?? '' }),
    pause: () => !toValue(id),
  });
  const scenario = computed(() => result.data.value?.scenario ?? null);
  // Gauges, totals and method info come in their own request, in parallel with the lines.
  const figuresResult = useQuery({
    query: ScenarioFiguresQuery,
    variables: () => ({ id: toValue(id) ?? '' }),
    pause: () => !toValue(id),
  });
  const figures = computed(() => {
    const found = figuresResult.data.value?.scenario ?? null;
    return found && found.id === toValue(id) ? found : null;
  });
  const lines = computed<ScenarioLine[]>(
    () => scenario.value?.lines.edges.map((e) => e.node) ?? [],
  );
  const filter = reactive<{ sector: Sector | ''; status: AllocationStatus | '' }>({
    sector: '',
    status: '',
  });
  const filtered = computed(() =>
    lines.value.filter(
      (l) =>
        (!filter.sector || l.needsStatement.sector === filter.sector) &&
        (!filter.status || l.status === filter.status),
    ),
  );
  const table = useTableSort<ScenarioLine, LineSortKey>({
    rows: filtered,
    accessors: lineAccessors,
    initial: { key: 'rank', direction: 'asc' },
  });

  const adjustMutation = useMutation(AdjustScenarioLineMutation);
  const adjustError = ref<ApiError | null>(null);

  /**
   * Sets a line's grant for the year by hand, with the reason, and the override of the bands and
   * caps it breaks when it breaks any; true when the API accepted it.
   */
  async function adjust(
    line: ScenarioLine,
    grantedThisYear: number,
    reason: string,
    override: ConstraintOverrideDraft | null = null,
  ) {
    adjustError.value = null;
    const current = scenario.value;
    if (!current) return false;
    const response = await adjustMutation.executeMutation({
      input: {
        scenarioId: current.id,
        needsStatementId: line.needsStatement.id,
        grantedThisYear,
        reason: reason.trim(),
        expectedVersion: current.version,
        ...(override
          ? {
              constraintOverride: {
                constraintIds: override.constraintIds,
                reason: override.reason.trim(),
              },
            }
          : {}),
      },
    });
    if (response.error || !response.data) {
      adjustError.value = toApiError(response.error);
      return false;
    }
    return true;
  }

  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    scenario,
    figuresError: computed(() => toApiError(figuresResult.error.value)),
    constraintReport: computed(() => figures.value?.constraintReport ?? null),
    gauges: computed(() => constraintGauges(figures.value?.constraintReport.gauges ?? [])),
    totals: computed(() => figures.value?.totals ?? null),
    methodInfo: computed(() => figures.value?.methodInfo ?? null),
    lines,
    /** Whether the API holds more lines than the screen loaded. */
    truncated: computed(() => (scenario.value?.lines.totalCount ?? 0) > lines.value.length),
    filter,
    sortedLines: table.sorted,
    sort: table.sort,
    toggleSort: table.toggle,
    ariaSort: table.ariaSort,
    adjust,
    adjusting: adjustMutation.fetching,
    adjustError,
    adjustProblems: (field: AdjustField) => fieldProblems(adjustError.value, field),
    /** The bands and caps advisers' adjustments break, with their overrides. */
    breaches: computed(() => figures.value?.breaches ?? []),
    clearAdjustError: () => {
      adjustError.value = null;
    },
    refetch: () => {
      result.executeQuery({ requestPolicy: 'network-only' });
      figuresResult.executeQuery({ requestPolicy: 'network-only' });
    },
  };
}
