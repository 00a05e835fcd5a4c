import { graphql } from '../../gql/index.js';

/** Each decision's letter (sent or not) and its notices' delivery: the office's to read. */
export const RoundDecisionLettersQuery = graphql(`
  query RoundDecisionLetters($roundId: ID!) {
    round(id: $roundId) {
      id
      status
      decisions(first: 200) {
        edges {
          node {
            id
            letter {
              id
              url
              sha256
              frozenAt
            }
            notices {
              id
              status
              attempts
            }
          }
        }
      }
    }
  }
`);

/** A decision's letter as it would be sent now. */
export const DecisionLetterPreviewQuery = graphql(`
  query DecisionLetterPreview($decisionId: ID!) {
    decisionLetterPreview(decisionId: $decisionId) {
      decisionId
      title
      date
      recipient
      complaintDeadline
      reportDeadline
      pdfUrl
      sections {
        heading
        paragraphs
        list
        table {
          columns
          rows
        }
      }
    }
  }
`);

export const SendDecisionLettersMutation = graphql(`
  mutation SendDecisionLetters($input: SendDecisionLettersInput!) {
    sendDecisionLetters(input: $input) {
      id
      letter {
        id
        url
        sha256
        frozenAt
      }
    }
  }
`);
