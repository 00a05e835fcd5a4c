import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { pino, type Logger } from 'pino';
import { ormConfig } from '../src/database/orm-config.js';
import type { DatabaseOutage } from '../src/server/database-outage.js';
import type { RateLimitOptions } from '../src/server/rate-limit.js';
import { Authenticator } from '../src/modules/auth/authenticator.js';
import { generateDevSigningKey, type DevSigningKey } from '../src/modules/auth/dev-signing-key.js';
import { signDevToken } from '../src/modules/auth/dev-token.js';
import type { Role } from '../src/modules/auth/role.js';
import { Mailer } from '../src/modules/notice/mailer.js';
import { NoticeRuntime } from '../src/modules/notice/notice-runtime.js';
import { ScenarioRunner } from '../src/modules/scenario/solver/scenario-runner.js';
import { buildApiSchema } from '../src/schema/build-schema.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { TEST_AUTH_CONFIG } from './auth-config.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApi {
  db: TestDatabase;
  server: RunningServer;
  devKey: DevSigningKey;
  /** The notice runtime (queue, dispatcher, workers) when started with `notices`. */
  notices: NoticeRuntime | undefined;
  /**
   * POSTs a GraphQL operation as a browser client would. An operation written as gql(`…`) from
   * e2e/gql (see codegen.ts) types the answer and the variables from the schema; a plain string
   * is for what the schema cannot type (a deliberately malformed query or input), and says its
   * own answer type.
   */
  graphql<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  graphql<TResult, TVariables>(
    query: TypedOperation<TResult, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TResult>>;
  /**
   * Runs a scenario as the admin does: `runScenario` answers with the queued run at once; this
   * waits for the server to store it and answers as the scenario's `scenarioFields` (or the run's
   * failure as an error with its code), shaped as `{ runScenario: … }`.
   */
  runScenario<T = { id: string }>(
    input: Record<string, unknown>,
    headers: Record<string, string>,
    scenarioFields?: string,
  ): Promise<GraphQLResponse<{ runScenario: T }>>;
  /** A bearer header for a role (and county / partnership), signed with this server's dev key. */
  as(
    role: Role | `${Role}`,
    countyCode?: string,
    partnershipId?: string,
  ): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** An operation typed by codegen: its text, with its result and variables types (e2e/gql). */
export type TypedOperation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

export interface GraphQLResponse<T> {
  status: number;
  sqlStatements: number | undefined;
  body: {
    data?: T;
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  };
}

/** The real HTTP server on a free port, on a fresh database of its own. */
export async function startTestApi(
  options: {
    production?: boolean;
    solverTimeoutMs?: number;
    /** The built admin to serve at `/`. */
    adminDistDir?: string;
    /** The server's own pool with this statement timeout (default: the test database's pool). */
    statementTimeoutMs?: number;
    /** The server's own pool through this URL (e.g. a proxy that can fail), to the test database. */
    serverDatabaseUrl?: (url: string) => string;
    logger?: Logger;
    rateLimit?: RateLimitOptions;
    nationalStatisticsLimit?: { concurrency: number; queue: number };
    outage?: (logger: Logger) => DatabaseOutage;
    /** Sends notices through this SMTP server (e.g. startTestMailServer's), by the real queue. */
    notices?: { smtpUrl: string; redispatchAfterSeconds?: number };
  } = {},
): Promise<TestApi> {
  const db = await createTestDatabase();
  const logger = options.logger ?? pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
  const ownPool =
    options.statementTimeoutMs !== undefined || options.serverDatabaseUrl !== undefined;
  const orm = ownPool
    ? await MikroORM.init({
        ...ormConfig(options.serverDatabaseUrl?.(db.appUrl) ?? db.appUrl, {
          poolMax: 5,
          onDriverWarning: (message) => logger.warn({ driver: message }, 'database driver warning'),
          ...(options.statementTimeoutMs === undefined
            ? {}
            : { statementTimeoutMs: options.statementTimeoutMs }),
        }),
        logger: () => undefined,
      })
    : db.appOrm;
  const devKey = await generateDevSigningKey();
  const production = options.production ?? false;
  const authenticator = new Authenticator(TEST_AUTH_CONFIG, production ? undefined : devKey);
  const runner = new ScenarioRunner({
    timeoutMs: options.solverTimeoutMs ?? 60_000,
    logger,
  });
  const server = await startServer({
    orm,
    schema: await buildApiSchema(),
    logger,
    production,
    host: '127.0.0.1',
    port: 0,
    authenticator,
    runner,
    ...(options.adminDistDir ? { adminDistDir: options.adminDistDir } : {}),
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
    ...(options.nationalStatisticsLimit
      ? { nationalStatisticsLimit: options.nationalStatisticsLimit }
      : {}),
    ...(options.outage ? { outage: options.outage(logger) } : {}),
  });
  const notices = options.notices
    ? await NoticeRuntime.start({
        orm,
        databaseUrl: db.appUrl,
        mailer: new Mailer(options.notices.smtpUrl, 'Statsforvalteren <ikke-svar@test.invalid>'),
        logger,
        dispatchIntervalMs: 500,
        reminderCron: null,
        ...(options.notices.redispatchAfterSeconds === undefined
          ? {}
          : { redispatchAfterSeconds: options.notices.redispatchAfterSeconds }),
      })
    : undefined;
  const api: TestApi = {
    db,
    server,
    devKey,
    notices,
    async graphql(
      query: string | TypedOperation<unknown, unknown>,
      variables?: unknown,
      headers?: Record<string, string>,
    ) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: String(query), variables }),
      });
      const sql = response.headers.get('x-sql-statements');
      return {
        status: response.status,
        sqlStatements: sql === null ? undefined : Number(sql),
        body: (await response.json()) as GraphQLResponse<never>['body'],
      };
    },
    async runScenario(input, headers, scenarioFields = 'id') {
      const queued = await api.graphql<{ runScenario: { id: string } | null }>(
        'mutation($input: RunScenarioInput!) { runScenario(input: $input) { id } }',
        { input },
        headers,
      );
      const runId = queued.body.data?.runScenario?.id;
      if (!runId) return queued as GraphQLResponse<never>;
      await server.scenarioRuns.idle();
      const done = await api.graphql<{
        scenarioRun: {
          status: string;
          errorCode: string | null;
          errorMessage: string | null;
          scenario: never;
        };
      }>(
        `query($id: ID!) { scenarioRun(id: $id) { status errorCode errorMessage scenario { ${scenarioFields} } } }`,
        { id: runId },
        headers,
      );
      const run = done.body.data?.scenarioRun;
      if (!run?.scenario) {
        return {
          ...done,
          body: {
            errors: done.body.errors ?? [
              {
                message: run?.errorMessage ?? 'The run did not finish.',
                extensions: { code: run?.errorCode ?? run?.status },
              },
            ],
          },
        };
      }
      return { ...done, body: { data: { runScenario: run.scenario } } };
    },
    async as(role, countyCode, partnershipId) {
      const token = await signDevToken(devKey, {
        subject: `test:${role}:${countyCode ?? '-'}`,
        name: `Test ${role}`,
        role: role as Role,
        countyCode,
        partnershipId,
      });
      return { authorization: `Bearer ${token}` };
    },
    async close() {
      await notices?.stop();
      await server.stop();
      await runner.close();
      if (orm !== db.orm) await orm.close(true);
      await db.destroy();
    },
  };
  return api;
}
