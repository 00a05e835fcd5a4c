import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import type { GraphQLSchema } from 'graphql';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { Loaders } from '../common/batch-loader.js';
import { pingDatabase } from '../database/orm.js';
import {
  abandonRequestTransaction,
  currentSqlStatements,
  endRequestTransaction,
  setRequestTransaction,
  withRequestScope,
} from '../database/request-scope.js';
import { bindTransaction } from '../database/row-level-security.js';
import { AppError } from '../errors/app-error.js';
import type { Logger } from '../logger.js';
import type { Authenticator } from '../modules/auth/authenticator.js';
import { downloadRoutes } from '../modules/archive/download-routes.js';
import { letterRoutes } from '../modules/decision/letter/letter.route.js';
import { LETTERS_PATH } from '../modules/decision/letter/letter.service.js';
import { nationalStatisticsCachePlugin } from '../modules/national/national-statistics.response-cache.js';
import {
  preSerializedPlugin,
  stringifyWithPreSerialized,
} from '../modules/national/national-statistics.pre-serialized.js';
import { NationalStatisticsThread } from '../modules/national/national-statistics.thread.js';
import { ScenarioRunExecutor } from '../modules/scenario/scenario-run.executor.js';
import type { ScenarioRunner } from '../modules/scenario/solver/scenario-runner.js';
import { ConcurrencyLimit } from '../common/concurrency-limit.js';
import { RequestContainer } from '../common/request-container.js';
import { serviceContext } from '../common/service-context.js';
import { DatabaseOutage, isDatabaseUnavailable, isStatementTimeout } from './database-outage.js';
import { formatError } from './format-error.js';
import { rateLimit, type RateLimitOptions } from './rate-limit.js';
import {
  GRAPHQL_IMPORT_PATH,
  importRoutePlugin,
  MAX_IMPORT_BODY,
  ROUTE_HEADER,
} from './import-route.js';
import { DEFAULT_QUERY_LIMITS, queryLimitsPlugin, type QueryLimits } from './query-limits.js';
import { requestIdFrom } from './request-id.js';
import { bindingOfViewer, scopeToViewer, type RequestContext } from './request-context.js';

export interface ServerOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  logger: Logger;
  production: boolean;
  host?: string;
  port: number;
  /** The built admin client; served at `/` when the folder exists. */
  adminDistDir?: string;
  authenticator: Authenticator;
  runner: ScenarioRunner;
  /** How long a scenario run's lease lasts without a heartbeat (default 4 s). */
  scenarioRunLeaseMs?: number;
  queryLimits?: QueryLimits;
  /** National statistics answers kept while the data is unchanged (default 64; 0: none). */
  nationalStatisticsCacheEntries?: number;
  /** Origins the admin may call besides its own (the OIDC provider), for the CSP's connect-src. */
  connectSources?: string[];
  /** Express's `trust proxy` (behind a TLS-terminating proxy: its hop count or address). */
  trustProxy?: boolean | number | string;
  /** National aggregates computed at once, and waiting (default 1 and 10; more: BUSY). */
  nationalStatisticsLimit?: { concurrency: number; queue: number };
  /** Retry-After and log throttling while the database is away (default: 5 s and 10 s). */
  outage?: DatabaseOutage;
  /** Per-token and per-address request limits (default: none). */
  rateLimit?: RateLimitOptions;
}

export interface RunningServer {
  url: string;
  httpServer: Server;
  /** The scenario runs this server carries (tests wait for them with `idle()`). */
  scenarioRuns: ScenarioRunExecutor;
  /** Stops taking requests and waits for those in flight. */
  stop(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';
const DEFAULT_NATIONAL_LIMIT = { concurrency: 1, queue: 10 };
const MAX_BODY = '200kb';

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { orm, logger } = options;
  const outage = options.outage ?? new DatabaseOutage(logger);
  const nationalLimit = new ConcurrencyLimit({
    ...(options.nationalStatisticsLimit ?? DEFAULT_NATIONAL_LIMIT),
    what: 'national statistics',
    retryAfterSeconds: 2,
  });
  // National answers are parsed, mapped and written as JSON off the main thread.
  const nationalThread = new NationalStatisticsThread(options.schema, logger);
  const app = express();
  app.disable('x-powered-by');
  // No ETag on res.send's bodies: GraphQL answers are POSTs, never revalidated, and hashing a
  // national answer's megabytes would hold the event loop (the admin's files keep serve-static's).
  app.set('etag', false);
  const httpServer = createServer(app);
  const scenarioRuns = new ScenarioRunExecutor(orm, options.runner, logger, {
    ...(options.scenarioRunLeaseMs === undefined ? {} : { leaseMs: options.scenarioRunLeaseMs }),
  });

  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: (formatted, error) =>
      formatError(formatted, error, logger, outage, { production: options.production }),
    allowBatchedHttpRequests: false,
    stringifyResult: stringifyWithPreSerialized,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP cache hints are used; Apollo's default cache-control plugin would otherwise wrap
      // every field's resolver (≈ 10 % of a large answer's CPU, e.g. nationalStatistics).
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(options.schema, options.queryLimits ?? DEFAULT_QUERY_LIMITS),
      importRoutePlugin(),
      outage.plugin(),
      preSerializedPlugin(),
      nationalStatisticsCachePlugin(options.nationalStatisticsCacheEntries ?? 64),
      {
        // The request's transaction commits before its answer goes out (the client may ask again
        // at once); then what waited for the commit starts (a claimed scenario run).
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              try {
                await endRequestTransaction();
              } catch (error) {
                logger.error({ err: error }, 'the request’s transaction could not commit');
                response.body = {
                  kind: 'single',
                  singleResult: {
                    errors: [
                      {
                        message: 'Internal server error',
                        extensions: { code: 'INTERNAL_SERVER_ERROR' },
                      },
                    ],
                  },
                };
              } finally {
                // The request's services end with it (nothing resolves from them afterwards).
                await contextValue.services
                  .dispose()
                  .catch((error: unknown) =>
                    logger.error({ err: error }, 'the request’s services could not be disposed of'),
                  );
              }
              // SQL statements the request sent, for tests and the benchmark (never in production:
              // it tells an outsider how a request is served).
              if (options.production) return;
              const statements = currentSqlStatements();
              if (statements !== undefined) {
                response.http.headers.set('x-sql-statements', String(statements));
              }
            },
          };
        },
      },
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.set('trust proxy', options.trustProxy ?? false);
  app.use(securityHeaders(options));
  // gzip or brotli, as the client accepts, for GraphQL answers and the admin's files alike.
  app.use(compression());
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.debug({ method: req.method, path: req.path, status: res.statusCode, ms }, 'request');
    });
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await pingDatabase(orm);
      res.json({ status: 'ready' });
    } catch (error) {
      outage.logUnavailable(error, 'readiness check failed');
      res.setHeader('retry-after', outage.retryAfter);
      res.status(503).json({ status: 'unavailable' });
    }
  });
  const graphql = expressMiddleware(apollo, {
    context: async ({ req }): Promise<RequestContext> => {
      const requestId = requestIdFrom(req.get('x-request-id'));
      const em = orm.em.fork();
      let viewer;
      try {
        viewer = await options.authenticator.viewerFromHeader(req.get('authorization'), em);
      } catch (error) {
        if (error instanceof AppError) {
          throw new GraphQLError(error.message, {
            extensions: { code: error.code, exposed: true, http: { status: 401 } },
          });
        }
        if (isDatabaseUnavailable(error) || isStatementTimeout(error)) {
          throw outage.contextError(error);
        }
        throw error;
      }
      scopeToViewer(em, viewer);
      // The whole request runs in one transaction, bound to the viewer's county (row-level
      // security holds every statement to it); the plugin above commits it.
      const binding = bindingOfViewer(viewer);
      setRequestTransaction(em, binding);
      try {
        await em.begin();
        await bindTransaction(em, binding);
      } catch (error) {
        // The database away (or too slow) as the request's transaction opens: 503, not a 500.
        if (isDatabaseUnavailable(error) || isStatementTimeout(error)) {
          throw outage.contextError(error);
        }
        throw error;
      }
      const context: Omit<RequestContext, 'services'> = {
        em,
        logger: logger.child({ requestId }),
        requestId,
        viewer,
        auth: options.authenticator,
        scenarioRuns,
        production: options.production,
        loaders: new Loaders(),
        nationalLimit,
        nationalThread,
        preSerialized: new Map(),
      };
      // Last, so that a context that failed above leaves no container behind.
      return { ...context, services: new RequestContainer(serviceContext(context)) };
    },
  });
  // Rate limits before any work (and before the body is read): GraphQL only, not the admin's files.
  const limits = options.rateLimit ? [rateLimit(options.rateLimit, logger)] : [];
  // Files for the imports come on a route of their own, with a larger body limit (only the
  // import mutations run there); everything else keeps the small one.
  app.use(
    GRAPHQL_IMPORT_PATH,
    ...limits,
    (req, res, next) => {
      req.headers[ROUTE_HEADER] = 'import';
      withRequestScope(() => {
        res.on('close', () => void abandonRequestTransaction());
        next();
      });
    },
    express.json({ limit: MAX_IMPORT_BODY }),
    graphql,
  );
  app.use(
    GRAPHQL_PATH,
    ...limits,
    (req, res, next) => {
      delete req.headers[ROUTE_HEADER];
      withRequestScope(() => {
        res.on('close', () => void abandonRequestTransaction());
        next();
      });
    },
    express.json({ limit: MAX_BODY }),
    graphql,
  );
  // The letters' PDFs, with the same bearer token (frozen letters, and the office's drafts).
  app.use(LETTERS_PATH, ...limits, letterRoutes(orm, options.authenticator, logger));
  app.use(jsonErrors(logger));
  // Files with the bearer token: the payments CSV, a round's archive zip, repayment letters.
  if (limits.length > 0) app.use(['/exports', '/files'], ...limits);
  app.use(downloadRoutes({ orm, authenticator: options.authenticator, logger }));
  if (options.adminDistDir && existsSync(join(options.adminDistDir, 'index.html'))) {
    serveAdmin(app, options.adminDistDir);
  } else {
    logger.warn(
      { adminDistDir: options.adminDistDir },
      'the admin client is not built; serving the API only',
    );
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    httpServer,
    scenarioRuns,
    // The runs still solving fail with the solver (SOLVER_FAILED) and are marked so.
    stop: async () => {
      await apollo.stop();
      await nationalThread.close();
      await options.runner.close();
      await scenarioRuns.close();
    },
  };
}

/**
 * Security headers on every response (helmet): a Content-Security-Policy the built admin satisfies
 * (its own scripts, styles, fonts and images; GraphQL on the same origin and the identity provider
 * in `connectSources`; no framing), `nosniff`, `Referrer-Policy: no-referrer`, and in production
 * HSTS (browsers heed it only over TLS). Outside production Apollo's landing page at GET /graphql
 * loads its own scripts, so that page is left without a CSP.
 */
function securityHeaders(options: ServerOptions): express.RequestHandler {
  const directives = {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'", ...(options.connectSources ?? [])],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
  const common = {
    frameguard: { action: 'deny' as const },
    referrerPolicy: { policy: 'no-referrer' as const },
    strictTransportSecurity: options.production
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
  };
  const strict = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives },
  });
  if (options.production) return strict;
  const landingPage = helmet({ ...common, contentSecurityPolicy: false });
  return (req, res, next) =>
    req.method === 'GET' && req.path === GRAPHQL_PATH
      ? landingPage(req, res, next)
      : strict(req, res, next);
}

function serveAdmin(app: express.Express, distDir: string): void {
  app.use(express.static(distDir, { index: false, maxAge: '1h', immutable: false }));
  // The admin is a single-page app: every other GET is one of its routes.
  app.use((req, res, next) => {
    if (
      req.method !== 'GET' ||
      req.path.startsWith(GRAPHQL_PATH) ||
      req.path.startsWith(LETTERS_PATH)
    ) {
      return next();
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(distDir, 'index.html'));
  });
}

/** Errors before GraphQL (a body too large, malformed JSON) answer in GraphQL's error shape. */
function jsonErrors(logger: Logger): express.ErrorRequestHandler {
  return (error: { status?: number; type?: string; limit?: number }, _req, res, _next) => {
    const status = error.status ?? 500;
    if (status >= 500) logger.error({ err: error }, 'request failed');
    const code =
      error.type === 'entity.too.large'
        ? 'PAYLOAD_TOO_LARGE'
        : status >= 500
          ? 'INTERNAL_SERVER_ERROR'
          : 'BAD_REQUEST';
    const message =
      code === 'PAYLOAD_TOO_LARGE'
        ? `The request body is larger than ${error.limit ? `${Math.round(error.limit / 1024)} kB` : MAX_BODY}.`
        : status >= 500
          ? 'Internal server error'
          : 'The request could not be read.';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
