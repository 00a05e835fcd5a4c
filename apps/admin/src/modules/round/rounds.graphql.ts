import { graphql } from '../../gql/index.js';

/** The county's rounds for the round picker (the app shell, every page). */
export const RoundListItemFieldsFragment = graphql(`
  fragment RoundListItemFields on Round {
    id
    year
    status
  }
`);

export const RoundsQuery = graphql(`
  query Rounds {
    rounds(first: 20, orderBy: { field: YEAR, direction: DESC }) {
      edges {
        node {
          ...RoundListItemFields
        }
      }
      totalCount
    }
  }
`);
