import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { createRequire } from 'node:module';

// The CommonJS build, required: the ES build imports graphql's .mjs files, another realm than the
// schema's; and Node's ESM loader cannot name the CommonJS build's exports (the built server
// failed to start with `import … from 'graphql-query-complexity/cjs'`).
const { fieldExtensionsEstimator, getComplexity } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;

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
 * A paged field (one with a `first` argument, or a connection selecting `edges`) multiplies its
 * children by its page size; every other field costs 1 plus its children. A field may set its own
 * cost with type-graphql's `complexity` option (read by `fieldExtensionsEstimator`).
 */
const pageEstimator: ComplexityEstimator = ({ args, node, childComplexity }) => {
  if (node.name.value.startsWith('__')) return 0; // __typename, which clients add everywhere
  const first: unknown = args['first'];
  const paged = typeof first === 'number' && first > 0 ? first : undefined;
  const edges = node.selectionSet?.selections.some(
    (s) => s.kind === Kind.FIELD && s.name.value === 'edges',
  );
  return 1 + (paged ?? (edges ? DEFAULT_PAGE : 1)) * childComplexity;
};

/** graphql-query-complexity's cost of the operation, on the server's schema. */
function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators: [fieldExtensionsEstimator(), pageEstimator],
    });
  } catch {
    // Variables that do not fit their types: execution refuses them with a typed error.
    return undefined;
  }
}

/**
 * Depth, alias and cost limits, checked before a request executes. The cost is
 * graphql-query-complexity's; depth and aliases are counted here (a few lines: the depth-limit
 * packages on npm are unmaintained).
 */
export function queryLimitsPlugin(
  schema: GraphQLSchema,
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
          const cost = costOf(
            schema,
            document,
            request.variables ?? {},
            operationName ?? undefined,
          );
          if (cost !== undefined && cost > limits.maxCost) {
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
