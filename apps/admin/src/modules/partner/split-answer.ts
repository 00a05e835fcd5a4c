/** What a partnership's split answer for one year must satisfy before it is sent. */
export interface SplitDraft {
  owner: string;
  institution: string;
}

/** Whole kroner from text (`1 250 000`); null when empty, NaN when not a whole number. */
export function parseKroner(text: string): number | null {
  const digits = text.replace(/[\s\u00a0.]/g, '');
  if (digits === '') return null;
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

export type SplitProblem = 'OWNER_INVALID' | 'INSTITUTION_INVALID' | 'SUM_MISMATCH';

/**
 * The parts must be whole kroner and add up to the year's grant (the API refuses anything else:
 * the office's decision fixed the total, the partnership only splits it).
 */
export function splitProblems(draft: SplitDraft, granted: number): SplitProblem[] {
  const owner = parseKroner(draft.owner);
  const institution = parseKroner(draft.institution);
  const problems: SplitProblem[] = [];
  if (owner === null || Number.isNaN(owner)) problems.push('OWNER_INVALID');
  if (institution === null || Number.isNaN(institution)) problems.push('INSTITUTION_INVALID');
  if (problems.length === 0 && owner! + institution! !== granted) problems.push('SUM_MISMATCH');
  return problems;
}
