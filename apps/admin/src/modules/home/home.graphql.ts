import { graphql } from '../../gql/index.js';

export const CountyFieldsFragment = graphql(`
  fragment CountyFields on County {
    id
    code
    name
  }
`);

export const PlatformStatusQuery = graphql(`
  query PlatformStatus {
    health {
      status
      version
    }
    counties {
      ...CountyFields
    }
  }
`);
