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
