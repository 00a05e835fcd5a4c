import { graphql } from '../../gql/index.js';

export const NationalFiguresFragment = graphql(`
  fragment NationalFiguresFields on NationalFigures {
    statements
    requested
    decisions
    grants
    granted
    grantedLaterYears
    committed
    coordinatorGranted
    frame
    samiShare
    newcomerShare
    reportsExpected
    reportsSubmitted
    reportCompleteness
  }
`);

export const NationalStatisticsQuery = graphql(`
  query NationalStatistics($groupBy: [NationalDimension!]!, $years: [Int!]) {
    nationalStatistics(groupBy: $groupBy, years: $years) {
      groupBy
      years
      groups {
        county {
          code
          name
        }
        sector
        year
        ownership
        figures {
          ...NationalFiguresFields
        }
      }
      totals {
        ...NationalFiguresFields
      }
    }
  }
`);

export const NationalYearsQuery = graphql(`
  query NationalYears {
    nationalStatistics(groupBy: [YEAR]) {
      groups {
        year
      }
    }
  }
`);
