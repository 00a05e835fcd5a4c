import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useQuery } from '@urql/vue';
import { computed, watch } from 'vue';
import { toApiError } from '../../graphql/api-error.js';
import { usePager } from './use-pager.js';

interface Connection<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: TNode }[];
}

/**
 * A page of a register list from the API (its search and filters in `variables`), with paging;
 * a new filter starts again on the first page. `refresh` asks the API again after a change.
 */
export function useRegisterList<TData, TVariables extends AnyVariables, TNode>(options: {
  query: TypedDocumentNode<TData, TVariables>;
  variables: (page: { first: number; after: string | null }) => TVariables;
  connection: (data: TData) => Connection<TNode> | undefined;
  /** What starts the list again on the first page when it changes (the filters). */
  filters: () => unknown;
}) {
  const pager = usePager();
  watch(options.filters, () => pager.reset());
  const result = useQuery({
    query: options.query,
    variables: () => options.variables({ first: pager.pageSize, after: pager.after.value }),
    requestPolicy: 'cache-and-network',
  } as Parameters<typeof useQuery<TData, TVariables>>[0]);
  const connection = computed(() =>
    result.data.value ? options.connection(result.data.value as TData) : undefined,
  );
  const rows = computed<TNode[]>(() => connection.value?.edges.map((e) => e.node) ?? []);
  return {
    fetching: result.fetching,
    error: computed(() => toApiError(result.error.value)),
    rows,
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    range: computed(() => pager.range(rows.value.length)),
    hasNextPage: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    hasPreviousPage: pager.hasPreviousPage,
    nextPage: () => pager.next(connection.value?.pageInfo.endCursor),
    previousPage: () => pager.previous(),
    refresh: () => result.executeQuery({ requestPolicy: 'network-only' }),
  };
}
