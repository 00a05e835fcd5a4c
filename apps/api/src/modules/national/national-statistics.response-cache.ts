import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { RequestContext } from '../../server/request-context.js';
import { Role } from '../auth/role.js';
import { currentYearInNorway } from './national.service.js';

/**
 * Values kept each with the data's version they were computed at. A value is given again only
 * for the same version; the least recently used go first once `maxEntries` are kept (0: none).
 */
export class VersionedCache<T> {
  private readonly entries: LRUCache<string, { version: string; value: T }> | undefined;

  constructor(readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 0) {
      throw new RangeError('maxEntries must be a whole number, 0 or more');
    }
    this.entries = maxEntries > 0 ? new LRUCache({ max: maxEntries }) : undefined;
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }

  lookup(key: string, version: string): T | undefined {
    const kept = this.entries?.get(key);
    return kept?.version === version ? kept.value : undefined;
  }

  store(key: string, version: string, value: T): void {
    this.entries?.set(key, { version, value });
  }
}

/**
 * The national figures' data version: every county's counter in `national_statistics_version`,
 * raised by triggers at the commit of any write to a table the statistics read (see the
 * migration), as one string that changes whenever any of them does.
 */
async function nationalDataVersion(em: EntityManager): Promise<string> {
  const [row] = await em.execute<{ version: string | null }[]>(
    `select string_agg(scope || ':' || generation, ',' order by scope) as version from national_statistics_version`,
  );
  return row?.version ?? '';
}

const CACHED_FIELDS = new Set(['nationalStatistics', '__typename']);

/** A query of nothing but `nationalStatistics` (no fragments at its root). */
export function readsNationalStatisticsOnly(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const selections = operation.selectionSet.selections;
  return (
    selections.every((s) => s.kind === Kind.FIELD && CACHED_FIELDS.has(s.name.value)) &&
    selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'nationalStatistics')
  );
}

/**
 * Udir's national statistics answers, kept per server and given again while no county's data
 * has changed. The same answer is right for every NATIONAL caller (it is aggregates only, the
 * same for all of them), so an answer is only ever kept for, and given to, a NATIONAL viewer;
 * anyone else runs the query and meets its authorisation. The data's version is read before the
 * query runs, so a kept answer is never older than the last write committed before it was asked
 * for: one small read replaces the aggregate, the execution and thousands of fields.
 */
export function nationalStatisticsCachePlugin(
  maxEntries: number,
): ApolloServerPlugin<RequestContext> {
  const cache = new VersionedCache<GraphQLResponseData>(maxEntries);
  return {
    async requestDidStart() {
      let kept: { key: string; version: string } | undefined;
      return {
        async responseForOperation({ operation, contextValue, request, queryHash }) {
          if (maxEntries === 0) return null;
          if (contextValue.viewer?.role !== Role.NATIONAL) return null;
          if (!readsNationalStatisticsOnly(operation)) return null;
          const key = JSON.stringify([
            queryHash,
            request.operationName ?? null,
            request.variables ?? {},
            currentYearInNorway(),
          ]);
          // Without the version (the database away), no kept answer: the query runs and meets
          // the outage itself, answered as such.
          const version = await nationalDataVersion(contextValue.em).catch(() => undefined);
          if (version === undefined) return null;
          const data = cache.lookup(key, version);
          if (data) return keptResponse(data);
          kept = { key, version };
          return null;
        },
        async willSendResponse({ response }) {
          if (!kept || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data && !errors) cache.store(kept.key, kept.version, data);
        },
      };
    },
  };
}

type GraphQLResponseData = Record<string, unknown>;

function keptResponse(data: GraphQLResponseData): GraphQLResponse {
  return {
    http: { status: undefined, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { data } },
  };
}
