import { describe, expect, it } from 'vitest';
import { documentExportName, rewriteGraphqlDocuments } from './graphql-documents-plugin.js';

describe('graphql documents plugin', () => {
  it('names the generated export of a document', () => {
    expect(documentExportName('\n  query Viewer {\n viewer { name } }')).toBe('ViewerDocument');
    expect(documentExportName('mutation DevSignIn($r: Role!) { x }')).toBe('DevSignInDocument');
    expect(documentExportName('fragment ViewerFields on Viewer { name }')).toBe(
      'ViewerFieldsFragmentDoc',
    );
    expect(() => documentExportName('{ viewer { name } }')).toThrow(/named/);
  });

  it('turns graphql() calls into imports of the generated documents', () => {
    const source = [
      "import { graphql } from '../../gql/index.js';",
      'export const A = graphql(`',
      '  fragment AFields on A { id }',
      '`);',
      'export const B = graphql(`query B { a { ...AFields } }`);',
    ].join('\n');
    expect(rewriteGraphqlDocuments(source)).toBe(
      [
        "import { AFieldsFragmentDoc, BDocument } from '../../gql/graphql.js';",
        'export const A = AFieldsFragmentDoc;',
        'export const B = BDocument;',
      ].join('\n'),
    );
  });

  it('leaves other files alone', () => {
    expect(rewriteGraphqlDocuments("import { x } from 'y';")).toBeNull();
  });
});
