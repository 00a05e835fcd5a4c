import { graphql } from '../../gql/index.js';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    subject
    name
    role
    county {
      id
      code
      name
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);
