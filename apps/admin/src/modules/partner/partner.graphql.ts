import { graphql } from '../../gql/index.js';

export const PartnerRoundsQuery = graphql(`
  query PartnerRounds {
    rounds(first: 8) {
      edges {
        node {
          id
          year
          status
          calendar {
            id
            start
            end
          }
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
