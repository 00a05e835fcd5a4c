// @vitest-environment node
import { generate } from '@graphql-codegen/cli';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen.js';

/**
 * The generated types in src/gql are committed. They must match what codegen makes from today's
 * apps/api/schema.graphql and the *.graphql.ts documents: run `npm run codegen` when this fails.
 */
describe('generated GraphQL types', () => {
  it('are current with the API schema and the documents', { timeout: 60_000 }, async () => {
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
