import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ThreadPriority } from '../modules/scenario/solver/thread-priority.js';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_APP_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10),
  EMBEDDED_POSTGRES_DIR: z.string().min(1).optional(),
  MIGRATE_ON_START: booleanFlag.default(true),
  DEMO_DATA: booleanFlag.optional(),
  ADMIN_DIST_DIR: z.string().min(1).optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_ROLE_CLAIM: z.string().min(1).default('role'),
  AUTH_COUNTY_CLAIM: z.string().min(1).default('county'),
  AUTH_PARTNERSHIP_CLAIM: z.string().min(1).default('partnership'),
  AUTH_SCOPE_CLAIM: z.string().min(1).default('scope'),
  AUTH_STATISTICS_SCOPE: z.string().min(1).default('statistics:read'),
  AUTH_MACHINE_ISSUER: z.string().min(1).optional(),
  AUTH_MACHINE_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_MACHINE_AUDIENCE: z.string().min(1).optional(),
  AUTH_MACHINE_CONSUMERS: z.string().min(1).optional(),
  AUTH_MAX_TOKEN_LIFETIME_S: z.coerce
    .number()
    .int()
    .min(60)
    .default(12 * 60 * 60),
  DEV_SIGNING_KEY_FILE: z.string().min(1).optional(),
  DEV_SIGN_IN: z.enum(['on', 'off', 'true', 'false', '1', '0', 'auto']).default('off'),
  CSP_CONNECT_SRC: z.string().optional(),
  TRUST_PROXY: z.string().min(1).optional(),
  SOLVER_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  SOLVER_SCHEDULING: z.enum(['idle', 'nice']).default('idle'),
  SOLVER_NICE: z.coerce.number().int().min(0).max(19).default(10),
  NATIONAL_STATISTICS_CACHE_ENTRIES: z.coerce.number().int().min(0).max(10_000).default(64),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
  NATIONAL_STATISTICS_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(1),
  NATIONAL_STATISTICS_QUEUE: z.coerce.number().int().min(0).max(10_000).default(10),
  RATE_LIMIT_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(60),
  RATE_LIMIT_PER_TOKEN: z.coerce.number().int().min(0).default(6_000),
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().min(0).default(12_000),
  RATE_LIMIT_EXEMPT: z.string().optional(),
  UNAVAILABLE_RETRY_AFTER_S: z.coerce.number().int().min(1).max(3_600).default(5),
  UNAVAILABLE_LOG_INTERVAL_S: z.coerce.number().int().min(1).max(3_600).default(10),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  SMTP_SECURE: booleanFlag.optional(),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default('Statsforvalteren <ikke-svar@kompetansemidler.local>'),
  MAIL_DEV_SMTP_PORT: z.coerce.number().int().min(0).max(65_535).default(2525),
  MAIL_DEV_DIR: z.string().min(1).optional(),
  NOTICES: booleanFlag.default(true),
  NOTICE_REMINDER_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  NOTICE_REMINDER_CRON: z.string().min(9).default('0 6 * * *'),
  NOTICE_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
  NOTICE_REDISPATCH_AFTER_S: z.coerce.number().int().min(1).max(86_400).default(60),
});

export interface Config {
  environment: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  /** Unset: the platform runs its own embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /**
   * How the API itself connects: as `kompetansemidler_api`, a role that is neither superuser nor
   * table owner (the migrations create it). Unset: DATABASE_URL (or the embedded server's) with
   * that user name and no password.
   */
  databaseAppUrl: string | undefined;
  databasePoolMax: number;
  embeddedPostgresDir: string;
  migrateOnStart: boolean;
  /** Load the demo data into an empty database on start. */
  demoData: boolean;
  /** The built admin client, served at `/`; skipped when the folder does not exist. */
  adminDistDir: string;
  auth: AuthConfig;
  /** Wall-clock limit of one scenario run in the solver thread. */
  solverTimeoutMs: number;
  /**
   * The solver thread's CPU priority (Linux only), so the main thread's requests get the CPU first
   * while a scenario solves: SCHED_IDLE, or a nice value (0–19; also where SCHED_IDLE is refused).
   */
  solverPriority: ThreadPriority;
  /** National statistics answers kept while the data is unchanged (0: none). */
  nationalStatisticsCacheEntries: number;
  /** Origins the admin calls besides its own (the OIDC provider), for the CSP's connect-src. */
  connectSources: string[];
  /** Express's `trust proxy`: behind a TLS-terminating proxy, its hop count, address or true. */
  trustProxy: boolean | number | string;
  /** The longest one SQL statement of a request may run (0: no limit); then TIMEOUT. */
  statementTimeoutMs: number;
  /** National statistics computed at once (the rest wait in a queue of `queue`, then BUSY). */
  nationalStatistics: { concurrency: number; queue: number };
  rateLimit: RateLimitConfig;
  outage: OutageConfig;
  notices: NoticeConfig;
}

/** Notices by e-mail (the queue on PostgreSQL sends them). */
export interface NoticeConfig {
  /** Whether this server sends notices (works the queue); they are queued either way. */
  enabled: boolean;
  /**
   * The SMTP server (`smtp://user:password@host:587`, `smtps://…:465`), from SMTP_URL or
   * SMTP_HOST/SMTP_PORT/SMTP_SECURE/SMTP_USER/SMTP_PASSWORD. Unset outside production: the server
   * starts a local SMTP server of its own (development) that keeps each mail in `devMailDir`.
   * Unset in production: notices are queued and logged, and none is sent until it is set.
   */
  smtpUrl: string | undefined;
  from: string;
  devSmtpPort: number;
  devMailDir: string;
  reminderDaysBefore: number;
  reminderCron: string;
  dispatchIntervalMs: number;
  /** A notice still queued this long after its job was queued gets a new job. */
  redispatchAfterSeconds: number;
}

/** Requests per window, per bearer token and per client address (0: that limit is off). */
export interface RateLimitConfig {
  windowSeconds: number;
  perToken: number;
  perAddress: number;
  /** Client addresses never limited (e.g. a health checker's). */
  exempt: string[];
}

/** While the database is unreachable: what clients are told, and how often the log says so. */
export interface OutageConfig {
  retryAfterSeconds: number;
  logIntervalSeconds: number;
}

export interface AuthConfig {
  /** OIDC issuer of production tokens (ID-porten, Entra ID, Maskinporten…); unset: none accepted. */
  issuer: string | undefined;
  audience: string | undefined;
  jwksUrl: string | undefined;
  roleClaim: string;
  countyClaim: string;
  partnershipClaim: string;
  /** The claim holding OAuth scopes (space-separated string or array); default `scope`. */
  scopeClaim?: string | undefined;
  /** The scope that makes a token without a role claim the NATIONAL viewer (machine clients). */
  statisticsScope?: string | undefined;
  /** A second trusted issuer for machine clients only (Maskinporten); its tokens never carry roles. */
  machine?: MachineAuthConfig | undefined;
  /**
   * The local signing key for development tokens (devSignIn, tools' mint-token); undefined unless
   * development sign-in is allowed (DEV_SIGN_IN), so only the configured issuers' tokens count.
   */
  devSigningKeyFile: string | undefined;
  /** The longest a token may live (exp − iat), in seconds; default 12 hours. */
  maxTokenLifetimeSeconds?: number | undefined;
}

export interface MachineAuthConfig {
  /** E.g. `https://maskinporten.no/` (test: `https://test.maskinporten.no/`). */
  issuer: string;
  /** E.g. `https://maskinporten.no/jwk`. */
  jwksUrl: string;
  /** The audience the API requires in machine tokens (Maskinporten's audience-restricted tokens). */
  audience: string | undefined;
  /** When set, only these consumers (organisation numbers, `0192:` optional) or client ids. */
  consumers: string[] | undefined;
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
  const production = values.NODE_ENV === 'production';
  if (production && (!values.AUTH_ISSUER || !values.AUTH_JWKS_URL)) {
    throw new ConfigError(
      'Invalid environment:\n  AUTH_ISSUER and AUTH_JWKS_URL are required when NODE_ENV=production',
    );
  }
  const authConfigured = Boolean(values.AUTH_ISSUER && values.AUTH_JWKS_URL);
  if (!isLoopback(values.HOST) && !authConfigured) {
    throw new ConfigError(
      `Invalid environment:\n  HOST=${values.HOST} is reachable from other machines: set AUTH_ISSUER and AUTH_JWKS_URL (an identity provider), or listen on 127.0.0.1`,
    );
  }
  const devSignIn = devSignInAllowed(values.DEV_SIGN_IN, {
    production,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
  });
  if (values.SMTP_URL && values.SMTP_HOST) {
    throw new ConfigError('Invalid environment:\n  set SMTP_URL or SMTP_HOST, not both');
  }
  if (values.AUTH_MACHINE_ISSUER && !values.AUTH_MACHINE_JWKS_URL) {
    throw new ConfigError(
      'Invalid environment:\n  AUTH_MACHINE_JWKS_URL is required when AUTH_MACHINE_ISSUER is set',
    );
  }
  return {
    environment: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    logLevel: values.LOG_LEVEL,
    databaseUrl: values.DATABASE_URL,
    databaseAppUrl: values.DATABASE_APP_URL,
    databasePoolMax: values.DATABASE_POOL_MAX,
    embeddedPostgresDir: resolve(values.EMBEDDED_POSTGRES_DIR ?? join(root, '.data', 'postgres')),
    migrateOnStart: values.MIGRATE_ON_START,
    demoData: values.DEMO_DATA ?? values.DATABASE_URL === undefined,
    adminDistDir: resolve(values.ADMIN_DIST_DIR ?? join(root, 'apps', 'admin', 'dist')),
    auth: {
      issuer: values.AUTH_ISSUER,
      audience: values.AUTH_AUDIENCE,
      jwksUrl: values.AUTH_JWKS_URL,
      roleClaim: values.AUTH_ROLE_CLAIM,
      countyClaim: values.AUTH_COUNTY_CLAIM,
      partnershipClaim: values.AUTH_PARTNERSHIP_CLAIM,
      scopeClaim: values.AUTH_SCOPE_CLAIM,
      statisticsScope: values.AUTH_STATISTICS_SCOPE,
      machine:
        values.AUTH_MACHINE_ISSUER && values.AUTH_MACHINE_JWKS_URL
          ? {
              issuer: values.AUTH_MACHINE_ISSUER,
              jwksUrl: values.AUTH_MACHINE_JWKS_URL,
              audience: values.AUTH_MACHINE_AUDIENCE,
              consumers: values.AUTH_MACHINE_CONSUMERS?.split(',')
                .map((c) => c.trim())
                .filter((c) => c.length > 0),
            }
          : undefined,
      maxTokenLifetimeSeconds: values.AUTH_MAX_TOKEN_LIFETIME_S,
      devSigningKeyFile: devSignIn
        ? resolve(values.DEV_SIGNING_KEY_FILE ?? defaultDevSigningKeyFile(root))
        : undefined,
    },
    solverTimeoutMs: values.SOLVER_TIMEOUT_MS,
    solverPriority: { scheduling: values.SOLVER_SCHEDULING, nice: values.SOLVER_NICE },
    nationalStatisticsCacheEntries: values.NATIONAL_STATISTICS_CACHE_ENTRIES,
    connectSources: (values.CSP_CONNECT_SRC ?? '')
      .split(/[\s,]+/)
      .filter((s) => s.length > 0)
      .map((s) => {
        try {
          return new URL(s).origin;
        } catch {
          throw new ConfigError(`Invalid environment:\n  CSP_CONNECT_SRC: ${s} is not a URL`);
        }
      }),
    trustProxy: trustProxyOf(values.TRUST_PROXY),
    statementTimeoutMs: values.DATABASE_STATEMENT_TIMEOUT_MS,
    nationalStatistics: {
      concurrency: values.NATIONAL_STATISTICS_CONCURRENCY,
      queue: values.NATIONAL_STATISTICS_QUEUE,
    },
    rateLimit: {
      windowSeconds: values.RATE_LIMIT_WINDOW_S,
      perToken: values.RATE_LIMIT_PER_TOKEN,
      perAddress: values.RATE_LIMIT_PER_ADDRESS,
      exempt: (values.RATE_LIMIT_EXEMPT ?? '')
        .split(',')
        .map((a) => a.trim())
        .filter((a) => a.length > 0),
    },
    outage: {
      retryAfterSeconds: values.UNAVAILABLE_RETRY_AFTER_S,
      logIntervalSeconds: values.UNAVAILABLE_LOG_INTERVAL_S,
    },
    notices: {
      enabled: values.NOTICES,
      smtpUrl: values.SMTP_URL ?? smtpUrlOf(values),
      from: values.MAIL_FROM,
      devSmtpPort: values.MAIL_DEV_SMTP_PORT,
      devMailDir: resolve(values.MAIL_DEV_DIR ?? join(root, '.data', 'mail')),
      reminderDaysBefore: values.NOTICE_REMINDER_DAYS,
      reminderCron: values.NOTICE_REMINDER_CRON,
      dispatchIntervalMs: values.NOTICE_DISPATCH_INTERVAL_MS,
      redispatchAfterSeconds: values.NOTICE_REDISPATCH_AFTER_S,
    },
  };
}

/** SMTP_HOST and its companions as one URL (user and password URL-encoded). */
function smtpUrlOf(values: z.infer<typeof environmentSchema>): string | undefined {
  if (!values.SMTP_HOST) return undefined;
  const secure = values.SMTP_SECURE ?? values.SMTP_PORT === 465;
  const auth = values.SMTP_USER
    ? `${encodeURIComponent(values.SMTP_USER)}${values.SMTP_PASSWORD ? `:${encodeURIComponent(values.SMTP_PASSWORD)}` : ''}@`
    : '';
  return `${secure ? 'smtps' : 'smtp'}://${auth}${values.SMTP_HOST}:${values.SMTP_PORT ?? (secure ? 465 : 587)}`;
}

/** Whether a host name or address is this machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Development sign-in (devSignIn and tokens signed with the local key, each an ADMIN of any
 * county for the asking): never in production, never on an address other machines reach, and
 * only when asked for (`DEV_SIGN_IN`):
 * - with the embedded database (DATABASE_URL unset): `auto` (what `npm start` sets) or `on`;
 * - with a DATABASE_URL: only `on` (or `true`/`1`), and only with that database on this machine
 *   (a loopback host), as the tests and the benches run. `auto` stays off there: a server pointed
 *   at a database of its own does not hand out ADMIN tokens unless told to.
 * `on` where it is not allowed refuses to start; `auto` is off there; unset or `off` is off.
 */
export function devSignInAllowed(
  flag: 'on' | 'off' | 'true' | 'false' | '1' | '0' | 'auto',
  where: { production: boolean; host: string; databaseUrl: string | undefined },
): boolean {
  if (flag === 'off' || flag === 'false' || flag === '0') return false;
  const explicit = flag !== 'auto';
  const embedded = where.databaseUrl === undefined;
  const problems = [
    where.production ? 'NODE_ENV=production' : '',
    isLoopback(where.host) ? '' : `HOST=${where.host} is not a loopback address`,
    embedded || (explicit && isLoopback(databaseHost(where.databaseUrl)))
      ? ''
      : 'DATABASE_URL is not on this machine',
  ].filter((p) => p.length > 0);
  if (problems.length === 0) return true;
  if (!explicit) return false;
  throw new ConfigError(
    `Invalid environment:\n  DEV_SIGN_IN=${flag} hands out ADMIN tokens to anyone who asks; refused because ${problems.join(', ')}`,
  );
}

/** DATABASE_URL's host ('' when it names none, e.g. a Unix socket: not taken for loopback). */
function databaseHost(url: string | undefined): string {
  try {
    return url === undefined ? '' : new URL(url).hostname;
  } catch {
    return '';
  }
}

function trustProxyOf(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Where development tokens' signing key lives (git-ignored). */
export function defaultDevSigningKeyFile(root = workspaceRoot()): string {
  return join(root, '.data', 'dev-signing-key.json');
}

/** The monorepo's root (the folder holding nx.json), or the working directory outside it. */
export function workspaceRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}
