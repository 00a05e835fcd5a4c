import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { workspaceRoot } from '../config/config.js';
import { buildApiSchema } from './build-schema.js';

export const SCHEMA_FILE = join(workspaceRoot(), 'apps', 'api', 'schema.graphql');

export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  await writeFile(SCHEMA_FILE, await printApiSchema());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
