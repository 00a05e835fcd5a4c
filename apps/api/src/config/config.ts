import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10),
  EMBEDDED_POSTGRES_DIR: z.string().min(1).optional(),
  MIGRATE_ON_START: booleanFlag.default(true),
  DEMO_DATA: booleanFlag.optional(),
  ADMIN_DIST_DIR: z.string().min(1).optional(),
});

export interface Config {
  environment: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  /** Unset: the platform runs its own embedded PostgreSQL. */
  databaseUrl: string | undefined;
  databasePoolMax: number;
  embeddedPostgresDir: string;
  migrateOnStart: boolean;
  /** Load the demo data into an empty database on start. */
  demoData: boolean;
  /** The built admin client, served at `/`; skipped when the folder does not exist. */
  adminDistDir: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid environment:\n${problems.join('\n')}`);
  }
  const values = parsed.data;
  const root = workspaceRoot();
  return {
    environment: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    logLevel: values.LOG_LEVEL,
    databaseUrl: values.DATABASE_URL,
    databasePoolMax: values.DATABASE_POOL_MAX,
    embeddedPostgresDir: resolve(values.EMBEDDED_POSTGRES_DIR ?? join(root, '.data', 'postgres')),
    migrateOnStart: values.MIGRATE_ON_START,
    demoData: values.DEMO_DATA ?? values.DATABASE_URL === undefined,
    adminDistDir: resolve(values.ADMIN_DIST_DIR ?? join(root, 'apps', 'admin', 'dist')),
  };
}

/** The monorepo's root (the folder holding nx.json), or the working directory outside it. */
export function workspaceRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
