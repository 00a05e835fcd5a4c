import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError } from '../../graphql/api-error.js';
import { RoundStatementMixQuery } from './round.graphql.js';
import { statementMix } from './statement-mix.js';

/** Statements per sector, theme and status for the overview (the first 200; flags if more). */
export function useStatementMix(
  roundId: MaybeRefOrGetter<string | null>,
  themeRank: (themeId: string | null) => number,
) {
  const result = useQuery({
    query: RoundStatementMixQuery,
    variables: () => ({ roundId: toValue(roundId) ?? '' }),
    pause: () => !toValue(roundId),
  });
  const statements = computed(
    () => result.data.value?.needsStatements.edges.map((e) => e.node) ?? [],
  );
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    mix: computed(() => statementMix(statements.value, themeRank)),
    truncated: computed(
      () => (result.data.value?.needsStatements.totalCount ?? 0) > statements.value.length,
    ),
  };
}
