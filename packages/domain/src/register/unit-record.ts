import { isValidOrganisationNumber } from '../needs-statement/organisation-number.js';
import { normaliseOrgnr } from './owner-record.js';
import {
  checkText,
  REGISTER_TEXT_LIMITS,
  registerProblem,
  type RegisterProblem,
} from './register-problem.js';

export const UNIT_KINDS = ['KINDERGARTEN', 'SCHOOL'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, { nb: string; en: string }> = {
  KINDERGARTEN: { nb: 'barnehage', en: 'kindergarten' },
  SCHOOL: { nb: 'skole', en: 'school' },
};

/** A kindergarten or school of an owner. */
export interface UnitRecord {
  name: string;
  kind: UnitKind;
  /**
   * The unit's id in the national registers (NSR for schools, NBR for kindergartens): its own
   * organisation number.
   */
  registerId: string | null;
}

export interface UnitContext {
  /** The owner the unit belongs to; null when there is no such owner. */
  owner: { archived: boolean } | null;
  /** Register ids of the county's other units. */
  takenRegisterIds: ReadonlySet<string>;
}

export function validateUnit(unit: UnitRecord, context: UnitContext): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  if (!context.owner) {
    problems.push(
      registerProblem(
        'REG_OWNER_UNKNOWN',
        ['ownerId'],
        'Eieren finnes ikke i registeret.',
        'The owner is not in the register.',
      ),
    );
  } else if (context.owner.archived) {
    problems.push(
      registerProblem(
        'REG_OWNER_ARCHIVED',
        ['ownerId'],
        'Eieren er arkivert: gjenopprett eieren før du legger til eller endrer enheter.',
        'The owner is archived: restore it before adding or changing units.',
      ),
    );
  }
  problems.push(
    ...checkText(unit.name, ['name'], { nb: 'navnet', en: 'the name' }, REGISTER_TEXT_LIMITS.name),
  );
  if (!(UNIT_KINDS as readonly string[]).includes(unit.kind)) {
    problems.push(
      registerProblem(
        'REG_UNIT_KIND_INVALID',
        ['kind'],
        'Enheten må være en barnehage eller en skole.',
        'The unit must be a kindergarten or a school.',
      ),
    );
  }
  if (unit.registerId !== null) {
    const id = unit.registerId;
    if (!isValidOrganisationNumber(id) || normaliseOrgnr(id) !== id) {
      problems.push(
        registerProblem(
          'REG_REGISTER_ID_INVALID',
          ['registerId'],
          `«${id}» er ikke en gyldig NSR/NBR-id: registrene bruker enhetens organisasjonsnummer (ni siffer).`,
          `"${id}" is not a valid NSR/NBR id: the registers use the unit's organisation number (nine digits).`,
        ),
      );
    } else if (context.takenRegisterIds.has(id)) {
      problems.push(
        registerProblem(
          'REG_REGISTER_ID_TAKEN',
          ['registerId'],
          `En annen enhet har allerede NSR/NBR-id ${id}.`,
          `Another unit already has the NSR/NBR id ${id}.`,
        ),
      );
    }
  }
  return problems;
}
