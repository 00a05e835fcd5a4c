import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import {
  appDatabaseUrl,
  databaseUrlFor,
  dropDatabase,
  ensureDatabase,
} from '../src/database/database.js';
import { ormConfig } from '../src/database/orm-config.js';

export interface TestDatabase {
  name: string;
  url: string;
  /** The owner's ORM: migrations, fixtures and checks that see every county. */
  orm: MikroORM;
  /** The API's ORM, as kompetansemidler_api (neither superuser nor table owner). */
  appOrm: MikroORM;
  /** The URL the API connects with (as kompetansemidler_api). */
  appUrl: string;
  /** Closes the ORM and drops the database. */
  destroy(): Promise<void>;
}

/** A fresh database built from the migrations, for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('databaseServerUrl');
  const name = `kompetansemidler_test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  const url = databaseUrlFor(serverUrl, name);
  const orm = await MikroORM.init({ ...ormConfig(url, { poolMax: 5 }), logger: () => undefined });
  await orm.getMigrator().up();
  const appUrl = appDatabaseUrl(url);
  const appOrm = await MikroORM.init({
    ...ormConfig(appUrl, { poolMax: 5 }),
    logger: () => undefined,
  });
  return {
    name,
    url,
    orm,
    appOrm,
    appUrl,
    async destroy() {
      await appOrm.close(true);
      await orm.close(true);
      await dropDatabase(serverUrl, name);
    },
  };
}
