import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printApiSchema, SCHEMA_FILE } from './print-schema.js';

describe('apps/api/schema.graphql', () => {
  it('matches the schema the code builds (run `npx nx run api:schema:write` after changing it)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await printApiSchema());
  });
});
