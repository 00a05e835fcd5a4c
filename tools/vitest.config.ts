import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// The integration tests start the API's test server (decorators need swc's metadata, read from the
// API's tsconfig) on the embedded PostgreSQL the API's global setup provides.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' }, tsconfigFile: '../apps/api/tsconfig.json' })],
  resolve: {
    // graphql 16 ships CJS and ESM copies; one realm for the schema and its users.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['src/**/*.spec.ts'],
    globalSetup: ['../apps/api/test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
