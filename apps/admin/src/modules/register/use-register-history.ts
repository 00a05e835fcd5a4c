import { useQuery } from '@urql/vue';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { toApiError } from '../../graphql/api-error.js';
import { RegisterHistoryQuery } from './register.graphql.js';

/** What happened to a register row (registered, changed, archived, imported), from the audit log. */
export function useRegisterHistory(entityType: string, id: MaybeRefOrGetter<string>) {
  const result = useQuery({
    query: RegisterHistoryQuery,
    variables: () => ({ type: entityType, id: toValue(id) }),
    pause: () => !toValue(id),
    requestPolicy: 'cache-and-network',
  });
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    entries: computed(() => result.data.value?.auditLog.edges.map((e) => e.node) ?? []),
    refresh: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
