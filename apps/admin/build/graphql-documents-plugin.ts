import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*(['"])([^'"]*\/gql)\/index(?:\.js)?\1;?/;
const DEFINITION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+(\w+)/;

/** The export of `src/gql/graphql.ts` that codegen's client preset makes for a document. */
export function documentExportName(source: string): string {
  const match = DEFINITION.exec(source);
  if (!match?.[1] || !match[2]) throw new Error(`Not a named GraphQL definition: ${source.trim()}`);
  return match[1] === 'fragment' ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
}

/**
 * Rewrites `graphql(\`…\`)` calls in `*.graphql.ts` into imports of the generated documents, so
 * each screen's chunk holds only its own operations (the client preset's `graphql()` map would
 * put every operation in one chunk). The types stay those of the generated `graphql()` overloads.
 */
export function rewriteGraphqlDocuments(code: string): string | null {
  const imported = IMPORT.exec(code);
  if (!imported) return null;
  const names = new Set<string>();
  const body = code.replace(CALL, (_call, source: string) => {
    const name = documentExportName(source);
    names.add(name);
    return name;
  });
  return body.replace(
    IMPORT,
    `import { ${[...names].join(', ')} } from ${imported[1]}${imported[2]}/graphql.js${imported[1]};`,
  );
}

export function graphqlDocumentsPlugin(): Plugin {
  return {
    name: 'kompetansemidler:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.graphql\.ts$/.test(id.split('?')[0] ?? '')) return null;
      const rewritten = rewriteGraphqlDocuments(code);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
