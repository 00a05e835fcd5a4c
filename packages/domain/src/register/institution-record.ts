import { INSTITUTION_KINDS, type InstitutionKind } from '../plan/sector.js';
import { checkOrgnr } from './owner-record.js';
import {
  checkText,
  REGISTER_TEXT_LIMITS,
  registerProblem,
  type RegisterProblem,
} from './register-problem.js';

export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, { nb: string; en: string }> = {
  UNIVERSITY: { nb: 'universitet', en: 'university' },
  UNIVERSITY_COLLEGE: { nb: 'høgskole', en: 'university college' },
  VOCATIONAL_COLLEGE: { nb: 'fagskole', en: 'vocational college' },
  OTHER_COMPETENCE_ENVIRONMENT: {
    nb: 'annet kompetansemiljø',
    en: 'other competence environment',
  },
};

/** A competence partner: a university, university college, vocational college or other. */
export interface InstitutionRecord {
  orgnr: string;
  name: string;
  kind: InstitutionKind;
}

export interface InstitutionContext {
  /** Organisation numbers of the county's other institutions. */
  takenOrgnrs: ReadonlySet<string>;
}

/**
 * Checks an institution. Every kind may be registered: whether a partnership may be made with it
 * is the plan's rule, checked on the partnership.
 */
export function validateInstitution(
  institution: InstitutionRecord,
  context: InstitutionContext,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [
    ...checkOrgnr(institution.orgnr, ['orgnr'], context.takenOrgnrs),
    ...checkText(
      institution.name,
      ['name'],
      { nb: 'navnet', en: 'the name' },
      REGISTER_TEXT_LIMITS.name,
    ),
  ];
  if (!(INSTITUTION_KINDS as readonly string[]).includes(institution.kind)) {
    problems.push(
      registerProblem(
        'REG_INSTITUTION_KIND_INVALID',
        ['kind'],
        'Velg om det er et universitet, en høgskole, en fagskole eller et annet kompetansemiljø.',
        'Choose a university, university college, vocational college or other competence environment.',
      ),
    );
  }
  return problems;
}
