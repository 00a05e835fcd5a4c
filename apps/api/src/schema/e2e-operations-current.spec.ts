import { generate } from '@graphql-codegen/cli';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen.js';

/**
 * The e2e tests' operation types in e2e/gql are committed. They must match what codegen makes from
 * today's schema.graphql and the gql(`…`) operations: run `npm run codegen -w @kompetansemidler/api`
 * when this fails.
 */
describe('the e2e operations’ generated types', () => {
  it('are current with the schema and the operations', { timeout: 60_000 }, async () => {
    const files = (await generate({ ...codegenConfig, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const committed = await readFile(path.resolve(file.filename), 'utf8').catch(() => '');
      expect(committed, `${file.filename} is stale: run npm run codegen`).toBe(file.content);
    }
  });
});
