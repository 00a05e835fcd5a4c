import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logger.js';
import { County } from '../modules/county/county.entity.js';
import { DemoSeeder } from '../seeders/demo.seeder.js';

export async function migrate(orm: MikroORM, logger: Logger): Promise<void> {
  const applied = await orm.getMigrator().up();
  if (applied.length > 0)
    logger.info({ migrations: applied.map((m) => m.name) }, 'migrated the database');
}

/** Loads the demo data when the database holds no county yet; returns whether it did. */
export async function seedDemoDataIfEmpty(orm: MikroORM, logger: Logger): Promise<boolean> {
  if ((await orm.em.fork().count(County)) > 0) return false;
  await orm.getSeeder().seed(DemoSeeder);
  logger.info('loaded the demo data (made-up counties, owners and statements)');
  return true;
}
