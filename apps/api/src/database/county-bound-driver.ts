import {
  AbstractSqlDriver,
  PostgreSqlConnection,
  PostgreSqlKnexDialect,
  PostgreSqlPlatform,
  type Configuration,
  type Transaction,
} from '@mikro-orm/postgresql';
import { scopedCountyId } from './request-scope.js';
import { countyBindingSql } from './row-level-security.js';

interface PgClient {
  query(sql: string): Promise<unknown>;
}

/** Set while a binding is on its way: whatever the session holds then, it is bound again. */
const UNKNOWN = Symbol('unknown binding');

/** The county each pooled connection's session is bound to (absent: none, as it was opened). */
const boundTo = new WeakMap<PgClient, string | null | typeof UNKNOWN>();

/**
 * Knex's PostgreSQL client, binding every connection it takes from the pool to the county of the
 * work that takes it (request-scope.ts): as that county's, the session runs as the role the
 * row-level security policies hold to the county's rows; unbound, with the connecting user's own
 * rights. The binding is sent only when it changes, so a connection that serves the same county
 * again costs nothing more.
 */
class CountyBoundDialect extends PostgreSqlKnexDialect {
  async acquireConnection(): Promise<PgClient> {
    const countyId = scopedCountyId();
    const connection = (await super.acquireConnection()) as PgClient;
    if ((boundTo.get(connection) ?? null) === countyId) return connection;
    boundTo.set(connection, UNKNOWN);
    try {
      await connection.query(countyBindingSql(countyId, 'session'));
    } catch (error) {
      await super.releaseConnection(connection);
      throw error;
    }
    boundTo.set(connection, countyId);
    return connection;
  }
}

/**
 * PostgreSQL's connection for the API: pooled connections bound to the work's county (above), and
 * the statements of one transaction sent one after the other. A transaction holds a single
 * connection, and resolvers running side by side may send statements at once; node-postgres
 * still queues them, but has deprecated that (pg 8.19) and drops it in pg 9. Statements outside a
 * transaction each take a pooled connection and still run side by side.
 */
export class CountyBoundConnection extends PostgreSqlConnection {
  private readonly lastInTransaction = new WeakMap<Transaction, Promise<unknown>>();

  /** As PostgreSqlConnection's, on CountyBoundDialect. */
  override createKnex(): void {
    // MikroORM passes its dialect class where the type says a client name.
    this.client = this.createKnexClient(CountyBoundDialect as unknown as string);
    (this.client.client as { ormConfig?: Configuration }).ormConfig = this.config;
    this.connected = true;
  }

  override execute<T extends Awaited<ReturnType<PostgreSqlConnection['execute']>>>(
    ...args: Parameters<PostgreSqlConnection['execute']>
  ): Promise<T> {
    const ctx = args[3];
    if (!ctx) return super.execute<T>(...args);
    const run = () => super.execute<T>(...args);
    const previous = this.lastInTransaction.get(ctx);
    const result = previous ? previous.then(run, run) : run();
    this.lastInTransaction.set(
      ctx,
      result.catch(() => undefined),
    );
    return result;
  }
}

/** MikroORM's PostgreSQL driver on CountyBoundConnection. */
export class CountyBoundPostgreSqlDriver extends AbstractSqlDriver<
  CountyBoundConnection,
  PostgreSqlPlatform
> {
  constructor(config: Configuration) {
    super(config, new PostgreSqlPlatform(), CountyBoundConnection, ['knex', 'pg']);
  }
}
