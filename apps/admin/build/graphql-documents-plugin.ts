import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

/** The import a rewritten file uses for one generated document: a module of its own. */
export const DOCUMENT_MODULE = 'virtual:gql-document/';
const RESOLVED_PREFIX = '\0gql-document:';

/**
 * Rewrites `graphql(\`…\`)` calls in `*.graphql.ts` into imports of the generated documents, one
 * module per document, so each screen's chunk holds only its own operations: the client preset's
 * `graphql()` map, or `src/gql/graphql.ts` as one module, would put every operation of the admin
 * in the first page load. The types stay those of the generated `graphql()` overloads.
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
    [...names].map((name) => `import { ${name} } from '${DOCUMENT_MODULE}${name}';`).join('\n'),
  );
}

/**
 * The generated documents of `src/gql/graphql.ts` by export name, as JavaScript object literals
 * (each is one line: `export const XDocument = {…} as unknown as DocumentNode<…>;`).
 */
export function generatedDocuments(source: string): Map<string, string> {
  const documents = new Map<string, string>();
  const line =
    /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
  for (const match of source.matchAll(line)) documents.set(match[1]!, match[2]!);
  return documents;
}

export function graphqlDocumentsPlugin(
  generatedFile = fileURLToPath(new URL('../src/gql/graphql.ts', import.meta.url)),
): Plugin {
  return {
    name: 'kompetansemidler:graphql-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(DOCUMENT_MODULE)
        ? RESOLVED_PREFIX + id.slice(DOCUMENT_MODULE.length)
        : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const name = id.slice(RESOLVED_PREFIX.length);
      this.addWatchFile(generatedFile);
      const document = generatedDocuments(readFileSync(generatedFile, 'utf8')).get(name);
      if (!document) {
        throw new Error(`${name} is not in ${generatedFile}: run the admin's codegen.`);
      }
      return `export const ${name} = ${document};\n`;
    },
    transform(code, id) {
      if (!/\.graphql\.ts$/.test(id.split('?')[0] ?? '')) return null;
      const rewritten = rewriteGraphqlDocuments(code);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
