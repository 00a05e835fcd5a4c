import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  documentExportName,
  generatedDocuments,
  rewriteGraphqlDocuments,
} from './graphql-documents-plugin.js';

describe('graphql documents plugin', () => {
  it('names the generated export of a document', () => {
    expect(documentExportName('\n  query Viewer {\n viewer { name } }')).toBe('ViewerDocument');
    expect(documentExportName('mutation DevSignIn($r: Role!) { x }')).toBe('DevSignInDocument');
    expect(documentExportName('fragment ViewerFields on Viewer { name }')).toBe(
      'ViewerFieldsFragmentDoc',
    );
    expect(() => documentExportName('{ viewer { name } }')).toThrow(/named/);
  });

  it('turns graphql() calls into imports of the generated documents, a module each', () => {
    const source = [
      "import { graphql } from '../../gql/index.js';",
      'export const A = graphql(`',
      '  fragment AFields on A { id }',
      '`);',
      'export const B = graphql(`query B { a { ...AFields } }`);',
    ].join('\n');
    expect(rewriteGraphqlDocuments(source)).toBe(
      [
        "import { AFieldsFragmentDoc } from 'virtual:gql-document/AFieldsFragmentDoc';",
        "import { BDocument } from 'virtual:gql-document/BDocument';",
        'export const A = AFieldsFragmentDoc;',
        'export const B = BDocument;',
      ].join('\n'),
    );
  });

  it('leaves other files alone', () => {
    expect(rewriteGraphqlDocuments("import { x } from 'y';")).toBeNull();
  });

  it('finds every generated document of the admin, each a plain object literal', () => {
    // vitest's happy-dom gives import.meta.url an http URL: the file's folder comes from vite-node.
    const source = readFileSync(path.join(__dirname, '../src/gql/graphql.ts'), 'utf8');
    const documents = generatedDocuments(source);
    const exported = source.match(/^export const \w+(?:Document|FragmentDoc) = /gm) ?? [];
    expect(documents.size).toBe(exported.length);
    expect(documents.size).toBeGreaterThan(50);
    const viewer = JSON.parse(documents.get('ViewerDocument')!) as { kind: string };
    expect(viewer.kind).toBe('Document');
  });
});
