import { graphql } from '../../gql/index.js';

export const SignInCountiesQuery = graphql(`
  query SignInCounties {
    counties {
      ...CountyFields
    }
  }
`);

export const SignInPartnershipsQuery = graphql(`
  query SignInPartnerships($countyCode: String!) {
    devSignInPartnerships(countyCode: $countyCode) {
      id
      name
    }
  }
`);

export const DevSignInMutation = graphql(`
  mutation DevSignIn($role: Role!, $countyCode: String, $partnershipId: ID) {
    devSignIn(role: $role, countyCode: $countyCode, partnershipId: $partnershipId) {
      token
      user {
        ...ViewerFields
      }
    }
  }
`);
