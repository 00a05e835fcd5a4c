import { graphql } from '../../gql/index.js';

export const ValidationProblemFieldsFragment = graphql(`
  fragment ValidationProblemFields on ValidationProblem {
    code
    field
    message {
      nb
    }
  }
`);

export const NeedsStatementRowFieldsFragment = graphql(`
  fragment NeedsStatementRowFields on NeedsStatement {
    id
    title
    sector
    themeId
    status
    durationYears
    requestedThisYear
    submittedAt
    newcomer
    partnership {
      id
      name
      institution {
        id
        name
      }
      owners {
        id
        name
        municipality {
          number
          name
        }
      }
    }
    problems {
      ...ValidationProblemFields
    }
  }
`);

export const SamiAssessmentFieldsFragment = graphql(`
  fragment SamiAssessmentFields on SamiAssessment {
    id
    level
    reason
    assessedByName
    assessedAt
    version
  }
`);

export const NeedsStatementDetailFieldsFragment = graphql(`
  fragment NeedsStatementDetailFields on NeedsStatement {
    ...NeedsStatementRowFields
    round {
      id
      allowedActions
    }
    samiAssessment {
      ...SamiAssessmentFields
    }
    workId
    themeItemIds
    notices {
      code
      field
      message {
        nb
      }
    }
    localNeeds
    requestedTotal
    updatedAt
    withdrawReason
    version
    samiPerspectives
    collectiveLearning
    teacherEducationFeedback
    goals {
      longTerm {
        id
        text
      }
      subGoals {
        id
        text
      }
    }
    measures {
      id
      kind
      description
      goalIds
    }
    budget {
      year
      owner
      institution
      coordinator
      total
    }
    ownContribution {
      description
      amount
    }
    coordinator {
      requested
      justification
      conditionIds
      otherComplexityFactors
    }
    continuation {
      continuesEarlierWork
    }
    participants {
      kindergartenStaff
      schoolStaff
      otherServices
    }
    contact {
      name
      email
    }
    partnership {
      id
      name
      otherServices
      institution {
        id
        name
        kind
      }
      owners {
        id
        name
        ownership
        municipality {
          number
          name
        }
      }
    }
    decision {
      id
      status
      grantedThisYear
    }
  }
`);

export const NeedsStatementsQuery = graphql(`
  query NeedsStatements(
    $roundId: ID!
    $first: Int!
    $after: String
    $filter: NeedsStatementFilter
    $orderBy: NeedsStatementOrder
  ) {
    needsStatements(
      roundId: $roundId
      first: $first
      after: $after
      filter: $filter
      orderBy: $orderBy
    ) {
      edges {
        cursor
        node {
          ...NeedsStatementRowFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const NeedsStatementQuery = graphql(`
  query NeedsStatement($id: ID!) {
    needsStatement(id: $id) {
      ...NeedsStatementDetailFields
    }
  }
`);

export const HistoryEntryFieldsFragment = graphql(`
  fragment HistoryEntryFields on StatementHistoryEntry {
    id
    action
    at
    actorName
    actorRole
    reason
    scenarioName
    grantedThisYear
    decisionStatus
  }
`);

/** What happened to a statement: submitted, changed, withdrawn, adjusted in a scenario, decided. */
export const NeedsStatementHistoryQuery = graphql(`
  query NeedsStatementHistory($id: ID!) {
    needsStatement(id: $id) {
      id
      history {
        ...HistoryEntryFields
      }
    }
  }
`);

/** The office's assessment of the statement's Sámi perspectives, with its reason. */
export const AssessSamiPerspectiveMutation = graphql(`
  mutation AssessSamiPerspective($input: AssessSamiPerspectiveInput!) {
    assessSamiPerspective(input: $input) {
      id
      samiAssessment {
        ...SamiAssessmentFields
      }
    }
  }
`);
