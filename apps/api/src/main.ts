import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { openDatabase } from './database/database.js';
import { EmbeddedPostgresError } from './database/embedded-postgres.js';
import { createOrm } from './database/orm.js';
import { migrate, seedDemoDataIfEmpty } from './database/prepare-database.js';
import { createLogger } from './logger.js';
import { Authenticator } from './modules/auth/authenticator.js';
import { loadOrCreateDevSigningKey } from './modules/auth/dev-signing-key.js';
import { ScenarioRunner } from './modules/scenario/solver/scenario-runner.js';
import { buildApiSchema } from './schema/build-schema.js';
import { startServer } from './server/server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  let shuttingDown = false;
  const cleanups: Array<() => Promise<void>> = [() => database.close()];
  const shutdown = async (signal: string): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'shutting down');
    for (const cleanup of cleanups) {
      await cleanup().catch((error: unknown) =>
        logger.error({ err: error }, 'error while shutting down'),
      );
    }
    logger.info('stopped');
    logger.flush();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const orm = await createOrm(database.url, logger, config.databasePoolMax);
  cleanups.unshift(() => orm.close());
  if (config.migrateOnStart) await migrate(orm, logger);
  if (config.demoData) await seedDemoDataIfEmpty(orm, logger);

  const devKey = config.auth.devSigningKeyFile
    ? await loadOrCreateDevSigningKey(config.auth.devSigningKeyFile)
    : undefined;
  const authenticator = new Authenticator(config.auth, devKey);
  const runner = new ScenarioRunner({
    databaseUrl: database.url,
    timeoutMs: config.solverTimeoutMs,
    logger,
    priority: config.solverPriority,
  });
  void runner.warm();
  cleanups.unshift(() => runner.close());
  const server = await startServer({
    orm,
    schema: await buildApiSchema(),
    logger,
    production: config.environment === 'production',
    host: config.host,
    port: config.port,
    adminDistDir: config.adminDistDir,
    authenticator,
    runner,
    nationalStatisticsCacheEntries: config.nationalStatisticsCacheEntries,
    connectSources: config.connectSources,
    trustProxy: config.trustProxy,
  });
  cleanups.unshift(() => server.stop());
  logger.info(
    {
      url: server.url,
      graphql: `${server.url}/graphql`,
      embeddedPostgres: database.embedded !== undefined,
    },
    `Kompetansemidler is running at ${server.url}/ (GraphQL at ${server.url}/graphql). Stop with Ctrl-C.`,
  );
  if (devKey) {
    logger.info(
      'Development sign-in: run `mutation { devSignIn(role: ADMIN, countyCode: "troms") { token } }` ' +
        'at /graphql, or `npm run mint-token -w @kompetansemidler/tools -- --role ADMIN --county troms`; ' +
        'send the token as `Authorization: Bearer <token>`.',
    );
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof EmbeddedPostgresError;
  console.error(known ? `\n${(error as Error).message}\n` : error);
  process.exit(1);
});
