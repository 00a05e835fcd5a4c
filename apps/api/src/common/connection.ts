import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from '../errors/app-error.js';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item already seen.' })
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  offset: number;
  limit: number;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Offset and limit of a page request; cursors are opaque offsets (stable under a fixed sort). */
export function pageWindow(args: PageArgs): { offset: number; limit: number } {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}.`, {
      field: 'first',
    });
  }
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match?.[1]) throw new BadUserInputError('The cursor is not valid.', { field: 'after' });
  return Number(match[1]);
}

export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  const edges = page.nodes.map((node, index) => ({
    node,
    cursor: encodeCursor(page.offset + index),
  }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + page.nodes.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** `XConnection { edges { node cursor } pageInfo totalCount }` and `XEdge` for a node type. */
export function ConnectionType<T extends object>(
  nodeType: ClassType<T>,
  name: string,
): ClassType<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => nodeType)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay).` })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items matching the filter, on every page.' })
    totalCount!: number;
  }
  return Connection;
}

/**
 * Whether a connection field's selection asks for `edges` (fragments included): without them the
 * count alone answers `totalCount` and `pageInfo`.
 */
export function selectsEdges(info: GraphQLResolveInfo): boolean {
  return selectsField(info, 'edges');
}

/** Whether the field being resolved selects `name` directly, fragments included. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet, seen);
      const fragment = selection.name.value;
      if (seen.has(fragment)) return false;
      return visit(info.fragments[fragment]?.selectionSet, new Set([...seen, fragment]));
    }) ?? false;
  return info.fieldNodes.some((node) => visit(node.selectionSet, new Set()));
}

/** A connection of which only the count was asked for: no edges, page info from the count. */
export function countOnlyConnection<T>(
  totalCount: number,
  offset: number,
  limit: number,
): ConnectionShape<T> {
  const shown = Math.max(0, Math.min(limit, totalCount - offset));
  return {
    edges: [],
    totalCount,
    pageInfo: {
      hasNextPage: offset + shown < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: shown > 0 ? encodeCursor(offset) : null,
      endCursor: shown > 0 ? encodeCursor(offset + shown - 1) : null,
    },
  };
}
