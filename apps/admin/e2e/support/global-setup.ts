import type { TestProject } from 'vitest/node';
import { startApi } from './api-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One API (with its own database) for the whole e2e run. */
export default async function setup(project: TestProject) {
  const api = await startApi();
  project.provide('baseUrl', api.baseUrl);
  return async () => {
    await api.stop();
  };
}
