import { isValidOrganisationNumber } from '../needs-statement/organisation-number.js';
import { OWNERSHIPS, type Ownership } from '../plan/sector.js';
import {
  checkText,
  checkYear,
  REGISTER_TEXT_LIMITS,
  registerProblem,
  type RegisterProblem,
} from './register-problem.js';

/** A kindergarten or school owner as the office registers it. */
export interface OwnerRecord {
  orgnr: string;
  name: string;
  ownership: Ownership;
  /** Kommunenummer of the municipality the owner is (PUBLIC) or lies in (PRIVATE). */
  municipalityNumber: string | null;
  /** Years the owner took part in the scheme or the schemes it replaced. */
  participationYears: readonly number[];
}

export interface OwnerContext {
  /** The county's municipalities by kommunenummer. */
  municipalityNumbers: ReadonlySet<string>;
  /** Organisation numbers of the county's other owners (not the one being edited). */
  takenOrgnrs: ReadonlySet<string>;
}

/** An organisation number as stored: its nine digits, spaces removed. */
export function normaliseOrgnr(value: string): string {
  return value.replace(/[\s\u00a0]/g, '');
}

/** Checks an owner against the register's rules; every problem at once, with its field path. */
export function validateOwner(owner: OwnerRecord, context: OwnerContext): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  problems.push(...checkOrgnr(owner.orgnr, ['orgnr'], context.takenOrgnrs));
  problems.push(
    ...checkText(owner.name, ['name'], { nb: 'navnet', en: 'the name' }, REGISTER_TEXT_LIMITS.name),
  );
  if (!(OWNERSHIPS as readonly string[]).includes(owner.ownership)) {
    problems.push(
      registerProblem(
        'REG_OWNERSHIP_INVALID',
        ['ownership'],
        'Eierformen må være offentlig eller privat.',
        'The ownership must be public or private.',
      ),
    );
  }
  if (owner.municipalityNumber !== null) {
    if (!context.municipalityNumbers.has(owner.municipalityNumber)) {
      problems.push(
        registerProblem(
          'REG_MUNICIPALITY_UNKNOWN',
          ['municipalityNumber'],
          `Kommunenummeret ${owner.municipalityNumber} hører ikke til fylket.`,
          `The municipality number ${owner.municipalityNumber} is not in the county.`,
        ),
      );
    }
  } else if (owner.ownership === 'PUBLIC') {
    problems.push(
      registerProblem(
        'REG_PUBLIC_OWNER_WITHOUT_MUNICIPALITY',
        ['municipalityNumber'],
        'En offentlig eier er en kommune: velg hvilken.',
        'A public owner is a municipality: choose which.',
      ),
    );
  }
  const seen = new Set<number>();
  owner.participationYears.forEach((year, index) => {
    problems.push(
      ...checkYear(year, ['participationYears', index], {
        nb: 'deltakelsesåret',
        en: 'the participation year',
      }),
    );
    if (seen.has(year)) {
      problems.push(
        registerProblem(
          'REG_DUPLICATE',
          ['participationYears', index],
          `Året ${year} står to ganger.`,
          `The year ${year} is listed twice.`,
        ),
      );
    }
    seen.add(year);
  });
  return problems;
}

/** An organisation number: nine digits with a valid mod-11 check digit, not used by another. */
export function checkOrgnr(
  orgnr: string,
  path: (string | number)[],
  taken: ReadonlySet<string>,
): RegisterProblem[] {
  if (!isValidOrganisationNumber(orgnr) || normaliseOrgnr(orgnr) !== orgnr) {
    return [
      registerProblem(
        'REG_ORGNR_INVALID',
        path,
        `«${orgnr}» er ikke et gyldig organisasjonsnummer (ni siffer med riktig kontrollsiffer).`,
        `"${orgnr}" is not a valid organisation number (nine digits with the right check digit).`,
      ),
    ];
  }
  if (taken.has(orgnr)) {
    return [
      registerProblem(
        'REG_ORGNR_TAKEN',
        path,
        `Organisasjonsnummeret ${orgnr} er allerede registrert.`,
        `The organisation number ${orgnr} is already registered.`,
      ),
    ];
  }
  return [];
}

/** Participation years as stored: each once, in order. */
export function normaliseYears(years: readonly number[]): number[] {
  return [...new Set(years)].sort((a, b) => a - b);
}
