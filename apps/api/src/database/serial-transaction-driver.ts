import {
  AbstractSqlDriver,
  PostgreSqlConnection,
  PostgreSqlPlatform,
  type Configuration,
  type Transaction,
} from '@mikro-orm/postgresql';

/**
 * PostgreSQL's connection for the API, sending the statements of one transaction one after the
 * other. A request runs in one transaction (server.ts), and resolvers running side by side may send
 * statements at once; node-postgres still queues them on the transaction's connection, but has
 * deprecated that (pg 8.19) and drops it in pg 9. Statements outside a transaction each take a
 * pooled connection and still run side by side. (`execute` is MikroORM's own API, in version 7
 * too; nothing here depends on knex.)
 */
export class SerialTransactionConnection extends PostgreSqlConnection {
  private readonly lastInTransaction = new WeakMap<Transaction, Promise<unknown>>();

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

/** MikroORM's PostgreSQL driver on SerialTransactionConnection. */
export class SerialTransactionPostgreSqlDriver extends AbstractSqlDriver<
  SerialTransactionConnection,
  PostgreSqlPlatform
> {
  constructor(config: Configuration) {
    super(config, new PostgreSqlPlatform(), SerialTransactionConnection, ['knex', 'pg']);
  }
}
