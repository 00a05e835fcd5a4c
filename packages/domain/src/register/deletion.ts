import { registerProblem, type RegisterProblem } from './register-problem.js';

/** What may hold on to a register row. */
export const REFERENCE_KINDS = [
  'PARTNERSHIP',
  'UNIT',
  'NEEDS_STATEMENT',
  'COMMITMENT',
  'DECISION',
  'ANNUAL_REPORT',
  'INDICATOR_FIGURE',
  'OTHER',
] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** Each kind in the singular and the plural. */
const REFERENCE_LABELS: Record<ReferenceKind, { nb: [string, string]; en: [string, string] }> = {
  PARTNERSHIP: { nb: ['partnerskap', 'partnerskap'], en: ['partnership', 'partnerships'] },
  UNIT: {
    nb: ['enhet i et partnerskap', 'enheter i partnerskap'],
    en: ['unit in a partnership', 'units in partnerships'],
  },
  NEEDS_STATEMENT: {
    nb: ['behovsmelding', 'behovsmeldinger'],
    en: ['needs statement', 'needs statements'],
  },
  COMMITMENT: { nb: ['tilskuddsår', 'tilskuddsår'], en: ['grant year', 'grant years'] },
  DECISION: { nb: ['vedtak', 'vedtak'], en: ['decision', 'decisions'] },
  ANNUAL_REPORT: { nb: ['rapport', 'rapporter'], en: ['report', 'reports'] },
  INDICATOR_FIGURE: {
    nb: ['tall i kunnskapsgrunnlaget', 'tall i kunnskapsgrunnlaget'],
    en: ['knowledge-base figure', 'knowledge-base figures'],
  },
  OTHER: {
    nb: ['annen registrering', 'andre registreringer'],
    en: ['other record', 'other records'],
  },
};

export interface Reference {
  kind: ReferenceKind;
  count: number;
}

/**
 * Whether a register row may be deleted: not while anything refers to it (the history must stay
 * whole). The answer names what refers to it and points to archiving instead.
 */
export function checkDeletion(
  what: { nb: string; en: string },
  references: readonly Reference[],
): RegisterProblem[] {
  const used = references.filter((r) => r.count > 0);
  if (used.length === 0) return [];
  const list = (lang: 'nb' | 'en') =>
    used
      .map((r) => `${r.count} ${REFERENCE_LABELS[r.kind][lang][r.count === 1 ? 0 : 1]}`)
      .join(', ');
  return [
    registerProblem(
      'REG_IN_USE',
      [],
      `${what.nb.charAt(0).toUpperCase()}${what.nb.slice(1)} kan ikke slettes fordi ${list('nb')} viser til denne registreringen. Arkiver i stedet, så blir historikken stående.`,
      `${what.en.charAt(0).toUpperCase()}${what.en.slice(1)} cannot be deleted because ${list('en')} refer to it. Archive it instead, so the history stays.`,
    ),
  ];
}
