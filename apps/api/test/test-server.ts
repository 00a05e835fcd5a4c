import { pino } from 'pino';
import { buildApiSchema } from '../src/schema/build-schema.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApi {
  db: TestDatabase;
  server: RunningServer;
  /** POSTs a GraphQL operation as a browser client would. */
  graphql<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  body: {
    data?: T;
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  };
}

/** The real HTTP server on a free port, on a fresh database of its own. */
export async function startTestApi(options: { production?: boolean } = {}): Promise<TestApi> {
  const db = await createTestDatabase();
  const server = await startServer({
    orm: db.orm,
    schema: await buildApiSchema(),
    logger: pino({ level: 'silent' }),
    production: options.production ?? false,
    host: '127.0.0.1',
    port: 0,
  });
  return {
    db,
    server,
    async graphql(query, variables, headers) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        body: (await response.json()) as GraphQLResponse<never>['body'],
      };
    },
    async close() {
      await server.stop();
      await db.destroy();
    },
  };
}
