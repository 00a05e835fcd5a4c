import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import type { BarChartModel } from '../../charts/chart-model.js';
import type { InstitutionShareFieldsFragment } from '../../gql/graphql.js';
import { toApiError } from '../../graphql/api-error.js';
import { InstitutionShareByYearQuery } from './reporting.graphql.js';

export type InstitutionShareRow = InstitutionShareFieldsFragment;

/**
 * The county's university/college share per year as the API computes it (granted, and as reported
 * spent), with the plan's warnings, and the same percentages as a chart model.
 */
export function useInstitutionShare(labels: { granted: string; reported: string }) {
  const result = useQuery({
    query: InstitutionShareByYearQuery,
    requestPolicy: 'cache-and-network',
  });
  const rows = computed<InstitutionShareRow[]>(
    () => result.data.value?.institutionShareByYear ?? [],
  );
  const chart = computed<BarChartModel>(() => ({
    unit: 'percent',
    categories: rows.value.map((r) => String(r.year)),
    series: [
      { name: labels.granted, values: rows.value.map((r) => r.grantedInstitutionPercent) },
      {
        name: labels.reported,
        values: rows.value.map((r) => r.reportedInstitutionPercent ?? null),
      },
    ],
  }));
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    rows,
    chart,
    /** Years the plan's rule warns about (the share fell, or is under the floor). */
    warningYears: computed(() =>
      rows.value.filter((r) => r.warnings.length > 0).map((r) => r.year),
    ),
  };
}
