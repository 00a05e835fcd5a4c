import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types the GraphQL operations of the API's e2e tests from the committed schema file. Write an
 * operation as gql(`…`) from e2e/gql (documentMode string: the document is the operation's text,
 * typed with its result and variables), then run `npm run codegen -w @kompetansemidler/api`
 * (from apps/api, as these paths are relative to it). `e2e/codegen-current.spec.ts` fails when the
 * committed output is stale.
 */
export const codegenConfig: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['e2e/**/*.ts', 'test/**/*.ts', '!e2e/gql/**'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'e2e/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'gql' },
      config: {
        documentMode: 'string',
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
