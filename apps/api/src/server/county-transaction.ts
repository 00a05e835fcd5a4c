import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import {
  beginRequestTransaction,
  endRequestTransaction,
  isCountyBound,
} from '../database/row-level-security.js';
import type { RequestContext } from './request-context.js';

/**
 * A mutation field's extension: it manages its transactions itself, and begins the request's
 * transaction (beginRequestTransaction) when it has done the work that must commit on its own.
 */
export const OWN_TRANSACTIONS = 'ownTransactions';

/**
 * Runs every operation of a county-bound caller in one transaction of its county, so that
 * PostgreSQL's row-level security holds every statement of the request to the county, under the
 * ORM's tenant filter and whatever SQL a resolver sends. A query's is read-only with one snapshot
 * (a page's rows and its total agree); a mutation's commits when the operation has run (services'
 * own transactions nest in it as savepoints), or rolls back when it failed as a whole. Udir's
 * national reads are across counties by design and get none.
 */
export function countyTransactionPlugin(schema: GraphQLSchema): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ operation, document, contextValue: { em } }) {
          if (!isCountyBound(em)) return;
          if (operation.operation === 'query') await beginRequestTransaction(em, 'read');
          else if (!managesOwnTransactions(schema, operation, document)) {
            await beginRequestTransaction(em, 'write');
          }
          return { executionDidEnd: (error) => endRequestTransaction(em, error !== undefined) };
        },
      };
    },
  };
}

/** Whether a root field of the mutation (fragments included) manages its own transactions. */
function managesOwnTransactions(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
): boolean {
  const fields = schema.getMutationType()?.getFields() ?? {};
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d.selectionSet]),
  );
  const visited = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) {
        return fields[selection.name.value]?.extensions?.[OWN_TRANSACTIONS] === true;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) return inSet(selection.selectionSet);
      const name = selection.name.value;
      if (visited.has(name)) return false;
      visited.add(name);
      return inSet(fragments.get(name));
    });
  return inSet(operation.selectionSet);
}
