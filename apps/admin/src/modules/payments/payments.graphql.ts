import { graphql } from '../../gql/index.js';

export const PaymentFields = graphql(`
  fragment PaymentFields on PaymentRow {
    id
    decisionId
    partnershipName
    year
    party
    amount
    payeeName
    payeeOrgnr
    plannedOn
    status
    holds {
      year
      reason
      dueDate
      text
    }
    paidOn
    paidBy
    version
  }
`);

export const RoundPaymentsQuery = graphql(`
  query RoundPayments($roundId: ID!) {
    payments(roundId: $roundId) {
      ...PaymentFields
    }
  }
`);

export const PlanPaymentsMutation = graphql(`
  mutation PlanPayments($roundId: ID!) {
    planPayments(roundId: $roundId) {
      planned
      payments
    }
  }
`);

export const MarkPaymentPaidMutation = graphql(`
  mutation MarkPaymentPaid($input: MarkPaymentPaidInput!) {
    markPaymentPaid(input: $input) {
      ...PaymentFields
    }
  }
`);
