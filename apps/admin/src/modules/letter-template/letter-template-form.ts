import type { LetterTemplateQuery } from '../../gql/graphql.js';
import { problemsFor, type ApiProblem } from '../../graphql/api-error.js';

export type LetterTemplateData = LetterTemplateQuery['letterTemplate'];

/** The office's contact fields, in the order the form shows them. */
export const CONTACT_FIELDS = [
  'officeName',
  'email',
  'phone',
  'address',
  'signatory',
  'appealBody',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** What the office edits: each block's text and the contact, as the API gave them. */
export interface LetterTemplateDraft {
  blocks: { id: string; text: string }[];
  contact: Record<ContactField, string>;
}

export function draftOf(template: LetterTemplateData): LetterTemplateDraft {
  return {
    blocks: template.blocks.map((b) => ({ id: b.id, text: b.text })),
    contact: Object.fromEntries(CONTACT_FIELDS.map((f) => [f, template.contact[f]])) as Record<
      ContactField,
      string
    >,
  };
}

/** The draft as the API takes it (blocks and contact as written: the API checks them). */
export function templateInput(draft: LetterTemplateDraft) {
  return {
    blocks: draft.blocks.map((b) => ({ id: b.id, text: b.text })),
    contact: { ...draft.contact },
  };
}

/** Whether the draft differs from the template it was made from. */
export function isChanged(draft: LetterTemplateDraft, template: LetterTemplateData): boolean {
  return JSON.stringify(draft) !== JSON.stringify(draftOf(template));
}

/** The problems of one block (`blocks.<id>`) or contact field (`contact.<field>`). */
export function problemsOf(
  problems: readonly ApiProblem[],
  field: `blocks.${string}` | `contact.${ContactField}`,
): ApiProblem[] {
  return problemsFor(problems, field, { exact: true });
}

/** Problems that belong to no field of the form (shown above it). */
export function formLevelProblems(
  problems: readonly ApiProblem[],
  draft: LetterTemplateDraft,
): ApiProblem[] {
  const fields = new Set([
    ...draft.blocks.map((b) => `blocks.${b.id}`),
    ...CONTACT_FIELDS.map((f) => `contact.${f}`),
  ]);
  return problems.filter((p) => !fields.has(p.path.join('.')));
}
