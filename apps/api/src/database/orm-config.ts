import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { migrationsList } from '../migrations/index.js';
import { entities } from './entities.js';
import { RowLevelSecurity } from './row-level-security.js';
import { SerialTransactionPostgreSqlDriver } from './serial-transaction-driver.js';
import { CountingLogger } from './request-scope.js';

export { entities };

export interface OrmConfigOptions {
  poolMax?: number;
  /** Called when an idle pooled connection fails (the server restarted, the connection was killed). */
  onConnectionError?: (error: Error) => void;
  /**
   * The longest a statement may run on these connections (PostgreSQL's `statement_timeout`), so
   * one caller cannot hold a pooled connection for long; 0 or unset: no limit.
   */
  statementTimeoutMs?: number;
  /** The query builder's own warnings (e.g. "Connection Error: …" for each dropped connection). */
  onDriverWarning?: (message: string) => void;
}

/**
 * PostgreSQL's settings for the application's sessions, sent when a connection opens:
 * - no JIT compilation: the planner's cost of the national statistics' statement passes JIT's
 *   thresholds, and compiling it took 5.4 s of a 5.6 s run (150 ms without) on the bench's
 *   national database; the platform's statements are short, and never gain from it;
 * - the statement timeout, when one is given.
 */
export function sessionOptions(statementTimeoutMs = 0): {
  options: string;
  statement_timeout?: number;
} {
  return {
    options: '-c jit=off',
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
  };
}

export function ormConfig(clientUrl: string, options: OrmConfigOptions = {}): Options {
  const onConnectionError = options.onConnectionError ?? (() => undefined);
  return defineConfig({
    clientUrl,
    driver: SerialTransactionPostgreSqlDriver,
    entities,
    extensions: [Migrator, SeedManager],
    forceUtcTimezone: true,
    // References and collections loaded one by one in field resolvers are batched per tick: no N+1.
    dataloader: DataloaderType.ALL,
    subscribers: [new RowLevelSecurity()],
    loggerFactory: (options) => new CountingLogger(options),
    // Loading through a native import() keeps MikroORM working under vitest as well as node.
    dynamicImportProvider: (id: string) => import(/* @vite-ignore */ id),
    migrations: {
      migrationsList,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      path: 'dist/migrations',
      pathTs: 'src/migrations',
      emit: 'ts',
    },
    driverOptions: {
      connection: sessionOptions(options.statementTimeoutMs),
      ...(options.onDriverWarning ? { log: driverLog(options.onDriverWarning) } : {}),
    },
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      // node-postgres kills the process on an 'error' from an idle client that nobody listens to.
      afterCreate: (
        connection: { on(event: 'error', listener: (error: Error) => void): void },
        done: (error: Error | null, connection: unknown) => void,
      ) => {
        connection.on('error', onConnectionError);
        done(null, connection);
      },
    },
  });
}

/** knex's logger, its warnings and errors to `warn` (it writes them to the console otherwise). */
function driverLog(warn: (message: string) => void): Record<string, (message: unknown) => void> {
  const write = (message: unknown) => warn(String(message));
  return { warn: write, error: write, deprecate: write, debug: () => undefined };
}
