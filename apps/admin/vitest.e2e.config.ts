import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built API (serving the built admin) on a real PostgreSQL, driven by
 * Debian's chromium through playwright-core. Needs `nx run-many -t build -p api admin` first.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
