import { graphql } from '../../gql/index.js';

/** The county's decision letter template, with the placeholders a block may use. */
export const LetterTemplateQuery = graphql(`
  query LetterTemplate {
    letterTemplate {
      version
      isDefault
      blocks {
        id
        text
      }
      contact {
        officeName
        email
        phone
        address
        signatory
        appealBody
      }
      placeholders {
        name
        description
      }
    }
  }
`);

export const UpdateLetterTemplateMutation = graphql(`
  mutation UpdateLetterTemplate($input: UpdateLetterTemplateInput!) {
    updateLetterTemplate(input: $input) {
      version
      isDefault
      blocks {
        id
        text
      }
      contact {
        officeName
        email
        phone
        address
        signatory
        appealBody
      }
      placeholders {
        name
        description
      }
    }
  }
`);

/** The decisions of a round a preview can use, with their partnership's name. */
export const PreviewDecisionsQuery = graphql(`
  query LetterTemplatePreviewDecisions($roundId: ID!) {
    round(id: $roundId) {
      id
      year
      decisions(first: 200) {
        edges {
          node {
            id
            status
            partnership {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** A decision's letter as it would read with the template being edited (not saved). */
export const TemplatePreviewQuery = graphql(`
  query LetterTemplatePreview($decisionId: ID!, $template: LetterTemplateDraftInput) {
    decisionLetterPreview(decisionId: $decisionId, template: $template) {
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
