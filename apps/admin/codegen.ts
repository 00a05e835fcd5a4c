import type { CodegenConfig } from '@graphql-codegen/cli';
import { existsSync } from 'node:fs';

// Paths are relative to apps/admin: run codegen from there (npm run codegen).
const pending = 'contract.pending.graphql';
// ADMIN_CODEGEN_SCHEMA previews a schema the API has not committed yet (never for committed output).
const apiSchema = process.env['ADMIN_CODEGEN_SCHEMA'] ?? '../api/schema.graphql';

/**
 * Types every GraphQL operation of the admin from the API's committed schema file. Run
 * `npm run codegen -w @kompetansemidler/admin` after changing a `*.graphql.ts` or when the schema
 * grows; `src/graphql/codegen-current.spec.ts` fails when the committed output is stale.
 */
export const codegenConfig: CodegenConfig = {
  // The API's schema, plus the agreed contract it has not shipped yet (see contract.pending.graphql).
  schema: [apiSchema, ...(existsSync(pending) ? [pending] : [])],
  documents: ['src/**/*.graphql.ts'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        dedupeFragments: true,
        scalars: {
          DateTimeISO: 'string',
          DateTime: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
          Kroner: 'number',
        },
      },
    },
  },
};

export default codegenConfig;
