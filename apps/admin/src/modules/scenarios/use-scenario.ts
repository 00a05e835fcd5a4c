import type { ConstraintReport } from '@kompetansemidler/domain';
import { useMutation, useQuery } from '@urql/vue';
import { computed, reactive, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useTableSort } from '../../composables/use-table-sort.js';
import type { AllocationStatus, ScenarioLineFieldsFragment, Sector } from '../../gql/graphql.js';
import { fieldProblems, toApiError, type ApiError } from '../../graphql/api-error.js';
import { asConstraintReport } from './constraint-gauges.js';
import { AdjustScenarioLineMutation, ScenarioQuery } from './scenarios.graphql.js';

export type ScenarioLine = ScenarioLineFieldsFragment;
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

/** Where the partnership's owners are: one municipality, several, or none known. */
export function municipalityOf(line: ScenarioLine): { key: string; name: string | null } {
  const numbers = new Map<string, string>();
  for (const owner of line.needsStatement.partnership.owners) {
    if (owner.municipality) numbers.set(owner.municipality.number, owner.municipality.name);
  }
  if (numbers.size === 1) {
    const [number, name] = [...numbers][0]!;
    return { key: number, name: `${number} ${name}` };
  }
  return numbers.size === 0 ? { key: 'none', name: null } : { key: 'several', name: null };
}

/**
 * One scenario: its totals and constraint report (as the API computed them), its lines sorted
 * and filtered in the browser, and the adviser's adjustment of a line.
 */
export function useScenario(id: MaybeRefOrGetter<string | null>) {
  const result = useQuery({
    query: ScenarioQuery,
    variables: () => ({ id: toValue(id) ?? '' }),
    pause: () => !toValue(id),
  });
  const scenario = computed(() => result.data.value?.scenario ?? null);
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

  /** Sets a line's grant for the year by hand, with the reason; true when the API accepted it. */
  async function adjust(line: ScenarioLine, grantedThisYear: number, reason: string) {
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
    report: computed<ConstraintReport | null>(() => asConstraintReport(scenario.value?.report)),
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
    adjustProblems: (field: 'grantedThisYear' | 'reason') =>
      fieldProblems(adjustError.value, field),
    clearAdjustError: () => {
      adjustError.value = null;
    },
    refetch: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
