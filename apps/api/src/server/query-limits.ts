import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 20_000 };

function tooComplex(message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', exposed: true, http: { status: 400 }, ...details },
  });
}

const DEFAULT_PAGE = 50;

/**
 * The cost of an operation: every field costs 1 plus its children; a paged field (one with a
 * `first` argument, or a connection selecting `edges`) multiplies its children by its page size.
 * Computed on the document alone (graphql-query-complexity imports graphql's .mjs build, which
 * under Node ESM is another realm than the one type-graphql's schema uses).
 */
function costOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen: Set<string>,
): number {
  if (!set) return 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      cost +=
        1 +
        multiplierOf(selection, variables) *
          costOf(selection.selectionSet, fragments, variables, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      cost += costOf(selection.selectionSet, fragments, variables, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !seen.has(name)) {
        cost += costOf(fragment.selectionSet, fragments, variables, new Set([...seen, name]));
      }
    }
  }
  return cost;
}

function multiplierOf(field: FieldNode, variables: Record<string, unknown>): number {
  const first = field.arguments?.find((a) => a.name.value === 'first');
  if (first) {
    const value =
      first.value.kind === Kind.INT
        ? Number(first.value.value)
        : first.value.kind === Kind.VARIABLE
          ? variables[first.value.name.value]
          : undefined;
    return typeof value === 'number' && value > 0 ? value : DEFAULT_PAGE;
  }
  const pages = field.selectionSet?.selections.some(
    (s) => s.kind === Kind.FIELD && s.name.value === 'edges',
  );
  return pages ? DEFAULT_PAGE : 1;
}

/** Depth, alias and cost limits, checked before a request executes. */
export function queryLimitsPlugin(
  _schema: GraphQLSchema,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const fragments = fragmentsOf(document);
          for (const definition of document.definitions) {
            if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
            const depth = depthOf(definition.selectionSet, fragments, 0, new Set());
            if (depth > limits.maxDepth) {
              throw tooComplex(
                `The query is ${depth} levels deep; the limit is ${limits.maxDepth}.`,
                {
                  depth,
                  limit: limits.maxDepth,
                },
              );
            }
          }
          const aliases = countAliases(document);
          if (aliases > limits.maxAliases) {
            throw tooComplex(
              `The query has ${aliases} aliases; the limit is ${limits.maxAliases}.`,
              {
                aliases,
                limit: limits.maxAliases,
              },
            );
          }
          let cost = 0;
          for (const definition of document.definitions) {
            if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
            if (operationName && definition.name?.value !== operationName) continue;
            cost += costOf(definition.selectionSet, fragments, request.variables ?? {}, new Set());
          }
          if (cost > limits.maxCost) {
            throw tooComplex(`The query costs ${cost}; the limit is ${limits.maxCost}.`, {
              cost,
              limit: limits.maxCost,
            });
          }
        },
      };
    },
  };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) map.set(d.name.value, d);
  }
  return map;
}

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  seen: Set<string>,
): number {
  if (!set) return depth;
  let max = depth;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      max = Math.max(max, depthOf(selection.selectionSet, fragments, depth + 1, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, fragments, depth, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      max = Math.max(
        max,
        depthOf(fragment.selectionSet, fragments, depth, new Set([...seen, name])),
      );
    }
  }
  return max;
}

function countAliases(document: DocumentNode): number {
  let count = 0;
  const visit = (set: SelectionSetNode | undefined): void => {
    if (!set) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD && selection.alias) count += 1;
      if (selection.kind !== Kind.FRAGMENT_SPREAD) visit(selection.selectionSet);
    }
  };
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) {
      visit(d.selectionSet);
    }
  }
  return count;
}
