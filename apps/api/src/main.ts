import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { appDatabaseUrl, openDatabase } from './database/database.js';
import { EmbeddedPostgresError } from './database/embedded-postgres.js';
import { createOrm } from './database/orm.js';
import { migrate, seedDemoDataIfEmpty } from './database/prepare-database.js';
import { createLogger } from './logger.js';
import { Authenticator } from './modules/auth/authenticator.js';
import { loadOrCreateDevSigningKey } from './modules/auth/dev-signing-key.js';
import { startNotices } from './modules/notice/notice-setup.js';
import { ScenarioRunner } from './modules/scenario/solver/scenario-runner.js';
import { buildApiSchema } from './schema/build-schema.js';
import { DatabaseOutage } from './server/database-outage.js';
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

  // Migrations and the demo data as the database's owner, without the requests' statement
  // timeout, on a connection of their own; the API itself connects as kompetansemidler_api,
  // neither superuser nor table owner.
  if (config.migrateOnStart || config.demoData) {
    const setup = await createOrm(database.url, logger, 1);
    try {
      if (config.migrateOnStart) await migrate(setup, logger);
      if (config.demoData) await seedDemoDataIfEmpty(setup, logger);
    } finally {
      await setup.close();
    }
  }
  const outage = new DatabaseOutage(logger, config.outage);
  const appUrl = appDatabaseUrl(database.url, config.databaseAppUrl);
  const orm = await createOrm(appUrl, logger, config.databasePoolMax, {
    statementTimeoutMs: config.statementTimeoutMs,
    onConnectionError: (error) =>
      outage.logUnavailable(error, 'a pooled database connection failed'),
    onDriverWarning: (message) => outage.logUnavailable({ message }, 'database driver warning'),
  });
  cleanups.unshift(() => orm.close());

  // Notices by e-mail, sent by jobs of the queue on PostgreSQL (a local SMTP server in development).
  const notices = await startNotices({
    config: config.notices,
    production: config.environment === 'production',
    orm,
    databaseUrl: appUrl,
    logger,
  });
  if (notices) cleanups.unshift(() => notices.stop());

  const devKey = config.auth.devSigningKeyFile
    ? await loadOrCreateDevSigningKey(config.auth.devSigningKeyFile)
    : undefined;
  const authenticator = new Authenticator(config.auth, devKey);
  const runner = new ScenarioRunner({
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
    nationalStatisticsLimit: config.nationalStatistics,
    outage,
    rateLimit: config.rateLimit,
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
