import { graphql } from '../../gql/index.js';

export const SignInCountiesQuery = graphql(`
  query SignInCounties {
    counties {
      ...CountyFields
    }
  }
`);

export const DevSignInMutation = graphql(`
  mutation DevSignIn($role: Role!, $countyCode: String) {
    devSignIn(role: $role, countyCode: $countyCode) {
      token
      user {
        ...ViewerFields
      }
    }
  }
`);
