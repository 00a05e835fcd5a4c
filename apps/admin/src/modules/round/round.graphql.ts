import { graphql } from '../../gql/index.js';

export const RoundListItemFieldsFragment = graphql(`
  fragment RoundListItemFields on Round {
    id
    year
    status
  }
`);

export const RoundSummaryFieldsFragment = graphql(`
  fragment RoundSummaryFields on RoundSummary {
    statements
    withdrawn
    withProblems
    requestedThisYear
    committedThisYear
    freeThisYear
    bySector {
      sector
      statements
      requestedThisYear
    }
    byTheme {
      sector
      themeId
      rank
      title {
        nb
      }
      statements
      withdrawn
      requestedThisYear
    }
    byStatus {
      status
      statements
      requestedThisYear
    }
  }
`);

export const RoundOverviewFieldsFragment = graphql(`
  fragment RoundOverviewFields on Round {
    id
    year
    status
    frame
    version
    allowedActions
    submissionDeadline
    submissionDeadlineOverride
    calendar {
      id
      start
      end
      doneByPhase
      label {
        nb
      }
    }
    summary {
      ...RoundSummaryFields
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

export const DecisionTotalsFieldsFragment = graphql(`
  fragment DecisionTotalsFields on DecisionTotals {
    decisions
    requestedThisYear
    grantedThisYear
    grantedTotal
    grantedLaterYears
    byStatus {
      status
      decisions
      grantedThisYear
      grantedTotal
    }
  }
`);

/** What a decided round granted: the API's sums of its decisions. */
export const RoundDecisionTotalsQuery = graphql(`
  query RoundDecisionTotals($id: ID!) {
    round(id: $id) {
      id
      decisionTotals {
        ...DecisionTotalsFields
      }
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

export const CreateRoundMutation = graphql(`
  mutation CreateRound($input: CreateRoundInput!) {
    createRound(input: $input) {
      ...RoundListItemFields
    }
  }
`);

export const SetRoundFrameMutation = graphql(`
  mutation SetRoundFrame($input: SetRoundFrameInput!) {
    setRoundFrame(input: $input) {
      ...RoundOverviewFields
    }
  }
`);

export const ExtendSubmissionDeadlineMutation = graphql(`
  mutation ExtendSubmissionDeadline($input: ExtendSubmissionDeadlineInput!) {
    extendSubmissionDeadline(input: $input) {
      ...RoundOverviewFields
    }
  }
`);
