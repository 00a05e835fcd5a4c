import { graphql } from '../../gql/index.js';

export const ScenarioSummaryFieldsFragment = graphql(`
  fragment ScenarioSummaryFields on Scenario {
    id
    name
    method
    cutRule
    frame
    committedEarlier
    grantedNew
    leftover
    ranAt
    ranByName
    durationMs
    version
  }
`);

export const ScenarioLineFieldsFragment = graphql(`
  fragment ScenarioLineFields on ScenarioLine {
    id
    status
    rank
    score
    requestedThisYear
    engineGrantedThisYear
    adjustedThisYear
    grantedThisYear
    fundedPercent
    adjustmentReason
    adjustedBy
    adjustedAt
    clauses
    explanation {
      nb
    }
    needsStatement {
      id
      title
      sector
      themeId
      durationYears
      partnership {
        id
        name
        owners {
          id
          name
          ownership
          municipality {
            number
            name
          }
        }
        institution {
          id
          name
        }
      }
    }
  }
`);

export const RoundScenariosQuery = graphql(`
  query RoundScenarios($roundId: ID!) {
    round(id: $roundId) {
      id
      year
      status
      version
      planVersion {
        id
        plan
      }
      scenarios(first: 50) {
        edges {
          node {
            ...ScenarioSummaryFields
          }
        }
        totalCount
      }
    }
  }
`);

export const ScenarioQuery = graphql(`
  query Scenario($id: ID!) {
    scenario(id: $id) {
      ...ScenarioSummaryFields
      inputHash
      parametersJson
      methodReport
      report
      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {
        edges {
          node {
            ...ScenarioLineFields
          }
        }
        totalCount
      }
    }
  }
`);

export const RunScenarioMutation = graphql(`
  mutation RunScenario($input: RunScenarioInput!) {
    runScenario(input: $input) {
      ...ScenarioSummaryFields
    }
  }
`);

export const AdjustScenarioLineMutation = graphql(`
  mutation AdjustScenarioLine($input: AdjustScenarioLineInput!) {
    adjustScenarioLine(input: $input) {
      ...ScenarioSummaryFields
      report
      lines(first: 200, orderBy: { field: RANK, direction: ASC }) {
        edges {
          node {
            ...ScenarioLineFields
          }
        }
        totalCount
      }
    }
  }
`);
