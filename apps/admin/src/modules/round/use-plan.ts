import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Sector } from '../../gql/graphql.js';
import { toApiError } from '../../graphql/api-error.js';
import {
  defaultTolerance,
  planRules,
  themeItemLabels,
  themeLabels,
  themeRanks,
  themesOfSector,
  weightableIndicators,
} from './plan-rules.js';
import { RoundPlanQuery } from './round.graphql.js';

/** The county plan (version) a round follows: theme names, indicators, tolerance. */
export function usePlan(roundId: MaybeRefOrGetter<string | null>) {
  const { t } = useI18n();
  const result = useQuery({
    query: RoundPlanQuery,
    variables: () => ({ id: toValue(roundId) ?? '' }),
    pause: () => !toValue(roundId),
  });
  const rules = computed(() => {
    const version = result.data.value?.round.planVersion;
    return version ? planRules(version.plan, version.versionId) : null;
  });
  const labels = computed(() => themeLabels(rules.value));
  const itemLabels = computed(() => themeItemLabels(rules.value));
  const ranks = computed(() => themeRanks(rules.value));
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    rules,
    indicators: computed(() => weightableIndicators(rules.value)),
    defaultTolerance: computed(() => defaultTolerance(rules.value)),
    // A statement outside the themes is allowed (the local needs decide); it is named so.
    themeLabel: (id: string | null | undefined) =>
      id ? (labels.value.get(id) ?? id) : t('statements.offTheme'),
    themeItemLabel: (id: string) => itemLabels.value.get(id) ?? id,
    themeRank: (id: string | null) => (id ? (ranks.value.get(id) ?? 99) : 100),
    themesOf: (sector: Sector) => themesOfSector(rules.value, sector),
  };
}
