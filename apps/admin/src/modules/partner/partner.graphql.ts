import { graphql } from '../../gql/index.js';

export const PartnerRoundsQuery = graphql(`
  query PartnerRounds {
    rounds(first: 8) {
      edges {
        node {
          id
          year
          status
          submissionDeadline
          submissionDeadlineOverride
          needsStatements(first: 50) {
            edges {
              node {
                ...NeedsStatementRowFields
                version
                withdrawReason
                decision {
                  id
                  status
                  grantedThisYear
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const PartnerFormContextQuery = graphql(`
  query PartnerFormContext($roundId: ID!, $workId: String) {
    needsStatementFormContext(roundId: $roundId, workId: $workId) {
      roundId
      roundYear
      deadline
      open
      partnershipId
      plan
      partnership
      history
    }
  }
`);

export const PartnerSubmitStatementMutation = graphql(`
  mutation PartnerSubmitStatement($input: SubmitNeedsStatementInput!) {
    submitNeedsStatement(input: $input) {
      ...NeedsStatementDetailFields
    }
  }
`);

export const PartnerUpdateStatementMutation = graphql(`
  mutation PartnerUpdateStatement($input: UpdateNeedsStatementInput!) {
    updateNeedsStatement(input: $input) {
      ...NeedsStatementDetailFields
    }
  }
`);

export const PartnerWithdrawStatementMutation = graphql(`
  mutation PartnerWithdrawStatement($input: WithdrawNeedsStatementInput!) {
    withdrawNeedsStatement(input: $input) {
      ...NeedsStatementDetailFields
    }
  }
`);

export const PartnerDecisionsQuery = graphql(`
  query PartnerDecisions {
    rounds(first: 6) {
      edges {
        node {
          id
          year
          status
          decisions(first: 50) {
            edges {
              node {
                id
                status
                requestedThisYear
                grantedThisYear
                grantedTotal
                justification
                decidedAt
                grantedPerYear {
                  year
                  amount
                }
                needsStatement {
                  id
                  title
                  sector
                  budget {
                    year
                    owner
                    institution
                    total
                  }
                }
                splitAnswers {
                  id
                  year
                  owner
                  institution
                  comment
                  answeredAt
                }
                complaints {
                  id
                  status
                  receivedOn
                  reasons
                  resultingVersion
                  settledAt
                }
                annualReports {
                  id
                  year
                  status
                  submittedAt
                  reviewComment
                  reviewedAt
                  receivedOwner
                  receivedInstitution
                  spentOwner
                  spentInstitution
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const PartnerRecordSplitAnswerMutation = graphql(`
  mutation PartnerRecordSplitAnswer($input: RecordSplitAnswerInput!) {
    recordSplitAnswer(input: $input) {
      id
      year
      owner
      institution
      comment
      answeredAt
    }
  }
`);

export const PartnerReportFieldsFragment = graphql(`
  fragment PartnerReportFields on AnnualReport {
    id
    year
    status
    version
    submittedAt
    submittedBy
    reviewComment
    reviewedAt
    useOfFunds
    coordinatorUse
    measures {
      measureId
      carriedOut
      description
    }
    goals {
      goalId
      achievement
      assessment
    }
    accounts {
      coordinatorSpent
      owner {
        received
        spent
        lines {
          costLine
          amount
        }
      }
      institution {
        received
        spent
        lines {
          costLine
          amount
        }
      }
    }
  }
`);

export const PartnerReportFormQuery = graphql(`
  query PartnerReportForm($decisionId: ID!) {
    decision(id: $decisionId) {
      id
      status
      round {
        id
        year
      }
      grantedPerYear {
        year
        amount
        owner
        institution
        coordinator
      }
      needsStatement {
        id
        title
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
      }
      annualReports {
        ...PartnerReportFields
      }
    }
    costLines {
      costLine
      label {
        nb
      }
    }
  }
`);

export const PartnerSubmitAnnualReportMutation = graphql(`
  mutation PartnerSubmitAnnualReport($input: SubmitAnnualReportInput!) {
    submitAnnualReport(input: $input) {
      ...PartnerReportFields
    }
  }
`);

export const PartnerSaveDraftMutation = graphql(`
  mutation PartnerSaveDraft($input: SaveNeedsStatementDraftInput!) {
    saveNeedsStatementDraft(input: $input) {
      ...NeedsStatementDetailFields
    }
  }
`);

export const PartnerSubmitDraftMutation = graphql(`
  mutation PartnerSubmitDraft($input: UpdateNeedsStatementInput!) {
    submitNeedsStatementDraft(input: $input) {
      ...NeedsStatementDetailFields
    }
  }
`);

export const PartnerDiscardDraftMutation = graphql(`
  mutation PartnerDiscardDraft($input: DiscardNeedsStatementDraftInput!) {
    discardNeedsStatementDraft(input: $input)
  }
`);

/** The partnership files a complaint against its own decision (received today, deadline checked). */
export const PartnerFileComplaintMutation = graphql(`
  mutation PartnerFileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      id
      status
      receivedOn
      deadline
      timely
      daysLate
    }
  }
`);
