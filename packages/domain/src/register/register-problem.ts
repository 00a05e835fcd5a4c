import { problem, type ProblemPath, type ValidationProblem } from '../common/validation-problem.js';

export type RegisterProblemCode =
  | 'REG_TEXT_REQUIRED'
  | 'REG_TEXT_TOO_LONG'
  | 'REG_ORGNR_INVALID'
  | 'REG_ORGNR_TAKEN'
  | 'REG_OWNERSHIP_INVALID'
  | 'REG_MUNICIPALITY_UNKNOWN'
  | 'REG_PUBLIC_OWNER_WITHOUT_MUNICIPALITY'
  | 'REG_YEAR_INVALID'
  | 'REG_UNIT_KIND_INVALID'
  | 'REG_REGISTER_ID_INVALID'
  | 'REG_REGISTER_ID_TAKEN'
  | 'REG_OWNER_UNKNOWN'
  | 'REG_OWNER_ARCHIVED'
  | 'REG_INSTITUTION_KIND_INVALID'
  | 'REG_INSTITUTION_KIND_NOT_ALLOWED'
  | 'REG_INSTITUTION_UNKNOWN'
  | 'REG_INSTITUTION_ARCHIVED'
  | 'REG_PARTNERSHIP_NAME_TAKEN'
  | 'REG_PARTNERSHIP_NO_OWNERS'
  | 'REG_DUPLICATE'
  | 'REG_LEAD_OWNER_NOT_ALLOWED'
  | 'REG_LEAD_OWNER_NOT_AN_OWNER'
  | 'REG_UNIT_UNKNOWN'
  | 'REG_UNIT_ARCHIVED'
  | 'REG_UNIT_NOT_OF_OWNERS'
  | 'REG_EMAIL_INVALID'
  | 'REG_PHONE_INVALID'
  | 'REG_INDICATOR_UNKNOWN'
  | 'REG_INDICATOR_NOT_A_FIGURE'
  | 'REG_FIGURE_PLACE'
  | 'REG_SECTOR_NOT_IN_PLAN'
  | 'REG_FIGURE_VALUE_INVALID'
  | 'REG_FIGURE_DUPLICATE'
  | 'REG_PARTNERSHIP_UNKNOWN'
  | 'REG_DURATION_OUT_OF_RANGE'
  | 'REG_AMOUNT_INVALID'
  | 'REG_COMMITMENT_SPLIT_SUM'
  | 'REG_COMMITMENT_COORDINATOR_EXCEEDS_AMOUNT'
  | 'REG_COMMITMENT_YEAR_OUTSIDE_GRANT'
  | 'REG_COMMITMENT_NOT_EARLIER'
  | 'REG_COMMITMENT_YEAR_DECIDED'
  | 'REG_COMMITMENT_OVER_FRAME'
  | 'REG_IN_USE';

export type RegisterProblem = ValidationProblem<RegisterProblemCode>;

export function registerProblem(
  code: RegisterProblemCode,
  path: ProblemPath,
  nb: string,
  en: string,
): RegisterProblem {
  return problem(code, path, nb, en);
}

/** Column widths of the register's text fields (the API's columns have the same). */
export const REGISTER_TEXT_LIMITS = {
  name: 300,
  otherService: 100,
  contactName: 200,
  contactRole: 200,
  email: 254,
  phone: 30,
  source: 300,
  workId: 100,
} as const;

/** A register's years: a plausible span for participation, figures and grants. */
export const REGISTER_YEARS = { min: 1990, max: 2100 } as const;

/**
 * The largest amount one commitment year may hold. A year with a round is bound by its frame
 * (checked separately); this bound keeps a year without one inside what the columns hold.
 */
export const MAX_COMMITMENT_AMOUNT = 1_000_000_000;

/** A required text: trimmed, not empty, within `max` characters. */
export function checkText(
  value: string,
  path: ProblemPath,
  label: { nb: string; en: string },
  max: number,
): RegisterProblem[] {
  const text = value.trim();
  if (text === '') {
    return [
      registerProblem('REG_TEXT_REQUIRED', path, `Fyll inn ${label.nb}.`, `Fill in ${label.en}.`),
    ];
  }
  return checkLength(text, path, label, max);
}

/** An optional text within `max` characters. */
export function checkLength(
  value: string,
  path: ProblemPath,
  label: { nb: string; en: string },
  max: number,
): RegisterProblem[] {
  if ([...value].length <= max) return [];
  return [
    registerProblem(
      'REG_TEXT_TOO_LONG',
      path,
      `${capitalise(label.nb)} kan ha høyst ${max} tegn.`,
      `${capitalise(label.en)} may have at most ${max} characters.`,
    ),
  ];
}

export function checkYear(
  year: number,
  path: ProblemPath,
  label: { nb: string; en: string },
): RegisterProblem[] {
  if (Number.isInteger(year) && year >= REGISTER_YEARS.min && year <= REGISTER_YEARS.max) return [];
  return [
    registerProblem(
      'REG_YEAR_INVALID',
      path,
      `${capitalise(label.nb)} må være et årstall mellom ${REGISTER_YEARS.min} og ${REGISTER_YEARS.max}.`,
      `${capitalise(label.en)} must be a year between ${REGISTER_YEARS.min} and ${REGISTER_YEARS.max}.`,
    ),
  ];
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text compared as people read it: trimmed, spaces collapsed, case ignored. */
export function sameText(a: string, b: string): boolean {
  return comparableText(a) === comparableText(b);
}

export function comparableText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}
