import { graphql } from '../../gql/index.js';

export const ComparisonGroupFieldsFragment = graphql(`
  fragment ComparisonGroupFields on ComparisonGroup {
    key
    kind
    sector
    municipality {
      number
      name
    }
    owners {
      id
      name
    }
    statements
    requestedThisYear
    granted
    spread
    differs
  }
`);

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
      }
    }
    lines {
      id
      status
      grantedThisYear
      adjustmentReason
      explanation {
        nb
      }
    }
  }
`);

export const CompareScenariosQuery = graphql(`
  query CompareScenarios($ids: [ID!]!) {
    compareScenarios(ids: $ids) {
      scenarios {
        ...ScenarioSummaryFields
      }
      bySector {
        ...ComparisonGroupFields
      }
      byMunicipality {
        ...ComparisonGroupFields
      }
      byOwner {
        ...ComparisonGroupFields
      }
      differences {
        ...ComparisonRowFields
      }
      sameInputAsFirst
    }
  }
`);
