import 'reflect-metadata';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../logger.js';
import { openDatabase } from './database.js';
import { createOrm } from './orm.js';
import { migrate, seedDemoDataIfEmpty } from './prepare-database.js';

const commands = ['migrate', 'seed', 'reset'] as const;
type Command = (typeof commands)[number];

/** Database chores on the configured (or embedded) PostgreSQL: migrate, seed demo data, reset. */
async function run(command: Command): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  const orm = await createOrm(database.url, logger);
  try {
    if (command === 'reset') {
      await orm.getSchemaGenerator().dropSchema({ dropMigrationsTable: true });
      logger.info('dropped every table');
    }
    await migrate(orm, logger);
    if (command !== 'migrate' && !(await seedDemoDataIfEmpty(orm, logger))) {
      logger.info('the database already holds data; demo data not loaded');
    }
  } finally {
    await orm.close();
    await database.close();
  }
}

const command = process.argv[2] as Command;
if (!commands.includes(command)) {
  console.error(`usage: cli.js <${commands.join('|')}>`);
  process.exit(2);
}
run(command).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
