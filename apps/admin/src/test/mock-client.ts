import { createRequest, type Client, type GraphQLRequest, type OperationResult } from '@urql/core';
import { mount } from '@vue/test-utils';
import { getOperationAST, type DocumentNode } from 'graphql';
import { defineComponent, h, ref, type Plugin } from 'vue';
import { fromValue, never, pipe, take, toPromise, type Source } from 'wonka';
import { createAppI18n } from '../i18n/i18n.js';

export type Responder = (
  variables: Record<string, unknown>,
) => { data?: unknown; error?: unknown } | 'pending';

export interface MockCall {
  name: string;
  variables: Record<string, unknown>;
  /** Where the operation was sent, when not to the default URL. */
  url?: string;
}

/**
 * A urql client for tests: answers each operation by its name from `responders`, records every
 * call. An operation without a responder stays pending (loading).
 */
export function mockClient(responders: Record<string, Responder>) {
  const calls: MockCall[] = [];
  const execute = (
    request: GraphQLRequest,
    context?: { url?: string },
  ): Source<OperationResult> => {
    const name = getOperationAST(request.query as DocumentNode)?.name?.value ?? '';
    const variables = (request.variables ?? {}) as Record<string, unknown>;
    calls.push({ name, variables, ...(context?.url ? { url: context.url } : {}) });
    const responder = responders[name];
    const answer = responder ? responder(variables) : 'pending';
    if (answer === 'pending') return never;
    return fromValue({ ...answer, stale: false, hasNext: false } as unknown as OperationResult);
  };
  const client = {
    executeQuery: execute,
    executeMutation: execute,
    executeSubscription: execute,
    // client.query(…).toPromise(), as code outside a component's setup asks
    query: (
      query: DocumentNode,
      variables: Record<string, unknown>,
      context?: { url?: string },
    ) => ({
      toPromise: () => toPromise(pipe(execute(createRequest(query, variables), context), take(1))),
    }),
  } as unknown as Client;
  return { client, calls };
}

/** Runs a composable inside a mounted component with the mock client and the app's i18n. */
export function withSetup<T>(
  composable: () => T,
  client: Client,
): { result: T; unmount: () => void } {
  let result!: T;
  const wrapper = mount(
    defineComponent({
      setup() {
        result = composable();
        return () => h('div');
      },
    }),
    { global: { plugins: [createAppI18n()], provide: { $urql: ref(client) } } },
  );
  return { result, unmount: () => wrapper.unmount() };
}

/** Global mount options for a page or component under test (extra plugins: e.g. a router). */
export function mountOptions(client: Client, extra: { plugins?: Plugin[] } = {}) {
  return {
    global: {
      plugins: [createAppI18n(), ...(extra.plugins ?? [])],
      provide: { $urql: ref(client) },
    },
  };
}

export const connection = <T>(nodes: T[], totalCount = nodes.length, hasNextPage = false) => ({
  edges: nodes.map((node, i) => ({ node, cursor: `c${i}` })),
  pageInfo: { hasNextPage, endCursor: nodes.length ? `c${nodes.length - 1}` : null },
  totalCount,
});
