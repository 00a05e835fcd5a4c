import { graphql } from '../../gql/index.js';

export const ComplaintFields = graphql(`
  fragment ComplaintFields on Complaint {
    id
    status
    complainant
    grounds
    receivedOn
    postedOn
    notifiedOn
    noticeChannel
    deadline
    timely
    daysLate
    deadlineExplanation
    assumptions
    reasons
    lateReason
    caseSummary
    resultingVersion
    settledBy
    settledAt
    version
    decision {
      id
    }
  }
`);

export const RoundComplaintsQuery = graphql(`
  query RoundComplaints($roundId: ID!) {
    complaints(roundId: $roundId) {
      ...ComplaintFields
    }
    round(id: $roundId) {
      id
      year
      decisions(first: 200) {
        edges {
          node {
            id
            status
            grantedTotal
            partnership {
              id
              name
            }
            needsStatement {
              id
              title
            }
            grantedPerYear {
              year
              amount
              owner
              institution
              coordinator
            }
            versions {
              versionNo
              grantedTotal
              changeReason
              decidedAt
            }
            letters {
              id
              kind
              url
              frozenAt
            }
          }
        }
      }
    }
  }
`);

export const RegisterComplaintMutation = graphql(`
  mutation RegisterComplaint($input: RegisterComplaintInput!) {
    registerComplaint(input: $input) {
      ...ComplaintFields
    }
  }
`);

export const ForwardComplaintMutation = graphql(`
  mutation ForwardComplaint($input: ForwardComplaintInput!) {
    forwardComplaint(input: $input) {
      ...ComplaintFields
    }
  }
`);

export const ChangeDecisionOnComplaintMutation = graphql(`
  mutation ChangeDecisionOnComplaint($input: ChangeDecisionInput!) {
    changeDecisionOnComplaint(input: $input) {
      ...ComplaintFields
    }
  }
`);

export const RejectComplaintMutation = graphql(`
  mutation RejectComplaint($input: RejectComplaintInput!) {
    rejectComplaint(input: $input) {
      ...ComplaintFields
    }
  }
`);
