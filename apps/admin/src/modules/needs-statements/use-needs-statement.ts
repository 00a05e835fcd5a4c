import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError } from '../../graphql/api-error.js';
import { NeedsStatementQuery } from './needs-statements.graphql.js';

/** One needs statement with every part of it. */
export function useNeedsStatement(id: MaybeRefOrGetter<string>) {
  const result = useQuery({
    query: NeedsStatementQuery,
    variables: () => ({ id: toValue(id) }),
    pause: () => !toValue(id),
  });
  const statement = computed(() => result.data.value?.needsStatement ?? null);
  const goalText = computed(() => {
    const goals = statement.value?.goals;
    const map = new Map<string, string>();
    for (const goal of [...(goals?.longTerm ?? []), ...(goals?.subGoals ?? [])]) {
      map.set(goal.id, goal.text);
    }
    return map;
  });
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    statement,
    /** A measure's goals by their text. */
    goalsOf: (goalIds: readonly string[]) => goalIds.map((g) => goalText.value.get(g) ?? g),
  };
}
