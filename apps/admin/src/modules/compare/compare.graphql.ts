import { graphql } from '../../gql/index.js';

export const ComparisonRowFieldsFragment = graphql(`
  fragment ComparisonRowFields on ComparisonRow {
    requestedThisYear
    granted
    spread
    needsStatement {
      id
      title
      sector
      partnership {
        id
        name
        owners {
          id
          name
          municipality {
            number
            name
          }
        }
      }
    }
  }
`);

export const CompareScenariosQuery = graphql(`
  query CompareScenarios($ids: [ID!]!) {
    compareScenarios(ids: $ids) {
      scenarios {
        ...ScenarioSummaryFields
        report
      }
      rows {
        ...ComparisonRowFields
      }
      sameInputAsFirst
    }
  }
`);
