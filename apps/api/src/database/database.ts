import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pg from 'pg';
import type { Config } from '../config/config.js';
import type { Logger } from '../logger.js';
import { EmbeddedPostgres, sharedTempRoot } from './embedded-postgres.js';

export const EMBEDDED_DATABASE_NAME = 'kompetansemidler';

export interface DatabaseHandle {
  url: string;
  embedded: EmbeddedPostgres | undefined;
  close(): Promise<void>;
}

/** The configured PostgreSQL, or an embedded one started here when DATABASE_URL is unset. */
export async function openDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: undefined, close: async () => undefined };
  }
  const dataDir = await reachableDataDir(config.embeddedPostgresDir, logger);
  logger.info({ dataDir }, 'starting the embedded PostgreSQL');
  const embedded = await EmbeddedPostgres.start({
    dataDir,
    persistent: true,
    onLog: (line) => logger.debug({ postgres: line }, 'postgres'),
  });
  try {
    await ensureDatabase(embedded.url(), EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  logger.info({ port: embedded.port }, 'embedded PostgreSQL is ready');
  return { url: embedded.url(EMBEDDED_DATABASE_NAME), embedded, close: () => embedded.stop() };
}

/** Creates the database on the server behind `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(name)}`);
    }
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (client) =>
    client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`),
  );
}

/** The role the API connects as (created by Migration20261203132248). */
export const APP_DATABASE_USER = 'kompetansemidler_api';

/**
 * The URL the API connects with: `configured` (DATABASE_APP_URL) when set, otherwise the owner's
 * URL as `kompetansemidler_api` without a password (the embedded server trusts local connections).
 */
export function appDatabaseUrl(ownerUrl: string, configured?: string): string {
  if (configured) return configured;
  const url = new URL(ownerUrl);
  url.username = APP_DATABASE_USER;
  url.password = '';
  return url.toString();
}

export function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which cannot enter a checkout under a private
 * home folder (mode 700). Then the cluster lives in a shared temporary folder, under a name tied to
 * the checkout.
 */
async function reachableDataDir(wanted: string, logger: Logger): Promise<string> {
  if (process.getuid?.() !== 0 || (await othersCanEnterParents(wanted))) return wanted;
  const fallback = join(
    sharedTempRoot(),
    `kompetansemidler-${createHash('sha256').update(wanted).digest('hex').slice(0, 12)}`,
    'postgres',
  );
  logger.warn(
    { wanted, dataDir: fallback },
    'the postgres user cannot reach the data folder; using one it can reach',
  );
  return fallback;
}

async function othersCanEnterParents(dir: string): Promise<boolean> {
  for (let parent = dirname(dir); ; parent = dirname(parent)) {
    const info = await stat(parent).catch(() => undefined);
    if (info && (info.mode & 0o001) === 0) return false;
    if (dirname(parent) === parent) return true;
  }
}
