import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError } from '../../graphql/api-error.js';
import { NeedsStatementHistoryQuery } from './needs-statements.graphql.js';

/**
 * What happened to a needs statement, newest first (the API joins the audit log of the statement,
 * its adjusted scenario lines and its decision).
 */
export function useNeedsStatementHistory(id: MaybeRefOrGetter<string>) {
  const result = useQuery({
    query: NeedsStatementHistoryQuery,
    variables: () => ({ id: toValue(id) }),
    pause: () => !toValue(id),
  });
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    entries: computed(() => result.data.value?.needsStatement?.history ?? []),
  };
}
