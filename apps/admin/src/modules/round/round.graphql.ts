import { graphql } from '../../gql/index.js';

export const RoundListItemFieldsFragment = graphql(`
  fragment RoundListItemFields on Round {
    id
    year
    status
  }
`);

export const RoundOverviewFieldsFragment = graphql(`
  fragment RoundOverviewFields on Round {
    id
    year
    status
    frame
    version
    calendar {
      id
      start
      end
      label {
        nb
      }
    }
    summary {
      statements
      withdrawn
      requestedThisYear
      committedThisYear
      bySector {
        sector
        statements
        requestedThisYear
      }
    }
    commitments(first: 1) {
      totalCount
    }
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

export const RoundOverviewQuery = graphql(`
  query RoundOverview($id: ID!) {
    round(id: $id) {
      ...RoundOverviewFields
    }
  }
`);

export const RoundPlanQuery = graphql(`
  query RoundPlan($id: ID!) {
    round(id: $id) {
      id
      planVersion {
        id
        versionId
        plan
      }
    }
  }
`);

export const OpenRoundMutation = graphql(`
  mutation OpenRound($input: RoundTransitionInput!) {
    openRound(input: $input) {
      ...RoundOverviewFields
    }
  }
`);

export const CloseRoundMutation = graphql(`
  mutation CloseRound($input: RoundTransitionInput!) {
    closeRound(input: $input) {
      ...RoundOverviewFields
    }
  }
`);

export const StartReportingMutation = graphql(`
  mutation StartReporting($input: RoundTransitionInput!) {
    startReporting(input: $input) {
      ...RoundOverviewFields
    }
  }
`);

export const RoundStatementMixQuery = graphql(`
  query RoundStatementMix($roundId: ID!) {
    needsStatements(roundId: $roundId, first: 200) {
      edges {
        node {
          id
          sector
          themeId
          status
        }
      }
      totalCount
    }
  }
`);
