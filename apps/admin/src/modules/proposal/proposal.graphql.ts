import { graphql } from '../../gql/index.js';

export const ProposalFieldsFragment = graphql(`
  fragment ProposalFields on Proposal {
    id
    status
    note
    putAt
    putBy
    forumOutcome
    votesFor
    votesAgainst
    abstentions
    forumMinutes
    recordedAt
    recordedBy
    version
    scenario {
      ...ScenarioSummaryFields
    }
  }
`);

export const DecisionFieldsFragment = graphql(`
  fragment DecisionFields on Decision {
    id
    status
    requestedThisYear
    grantedThisYear
    grantedTotal
    justification
    decidedAt
    version
    partnership {
      id
      name
    }
    needsStatement {
      id
      title
      sector
    }
    splitAnswers {
      id
      year
      owner
      institution
      answeredAt
    }
  }
`);

export const RoundProposalQuery = graphql(`
  query RoundProposal($roundId: ID!) {
    round(id: $roundId) {
      id
      year
      status
      version
      allowedActions
      proposals(first: 20) {
        edges {
          node {
            ...ProposalFields
          }
        }
      }
    }
  }
`);

/** The round's decisions: the office's to read (the forum reads the proposal, not the decisions). */
export const RoundDecisionsQuery = graphql(`
  query RoundDecisions($roundId: ID!) {
    round(id: $roundId) {
      id
      decisions(first: 200) {
        edges {
          node {
            ...DecisionFields
          }
        }
        totalCount
      }
    }
  }
`);

/** The decisions table: the decisions the filter selects, and the API's sums of them. */
export const DecisionsTableQuery = graphql(`
  query DecisionsTable($roundId: ID!, $filter: DecisionFilter) {
    round(id: $roundId) {
      id
      decisions(first: 200, filter: $filter) {
        edges {
          node {
            ...DecisionFields
          }
        }
        totalCount
      }
      decisionTotals(filter: $filter) {
        ...DecisionTotalsFields
      }
    }
  }
`);

export const PutScenarioToForumMutation = graphql(`
  mutation PutScenarioToForum($input: PutScenarioToForumInput!) {
    putScenarioToForum(input: $input) {
      ...ProposalFields
    }
  }
`);

export const RecordForumOutcomeMutation = graphql(`
  mutation RecordForumOutcome($input: RecordForumOutcomeInput!) {
    recordForumOutcome(input: $input) {
      ...ProposalFields
    }
  }
`);

export const DecideRoundMutation = graphql(`
  mutation DecideRound($input: DecideRoundInput!) {
    decideRound(input: $input) {
      ...DecisionFields
    }
  }
`);

/** The proposal's scenario as the forum reads it (through the proposal): summary and lines. */
export const ProposalScenarioQuery = graphql(`
  query ProposalScenario($id: ID!) {
    proposal(id: $id) {
      id
      scenario {
        ...ScenarioSummaryFields
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
  }
`);

/** The proposal's scenario's figures: gauges, breaches and overrides, totals, method. */
export const ProposalScenarioFiguresQuery = graphql(`
  query ProposalScenarioFigures($id: ID!) {
    proposal(id: $id) {
      id
      scenario {
        id
        ...ScenarioFiguresFields
      }
    }
  }
`);
