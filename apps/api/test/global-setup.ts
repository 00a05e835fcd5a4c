import type { TestProject } from 'vitest/node';
import { EmbeddedPostgres } from '../src/database/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server on which each test file creates its own database. */
    databaseServerUrl: string;
  }
}

/** DATABASE_URL when set; otherwise one embedded PostgreSQL for the whole run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = process.env['DATABASE_URL'];
  if (configured) {
    project.provide('databaseServerUrl', configured);
    return async () => undefined;
  }
  const server = await EmbeddedPostgres.start();
  project.provide('databaseServerUrl', server.url());
  return () => server.stop();
}
