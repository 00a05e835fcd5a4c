import type { PartnershipRule } from '../plan/plan.schema.js';
import type { InstitutionKind } from '../plan/sector.js';
import { INSTITUTION_KIND_LABELS } from './institution-record.js';
import {
  checkLength,
  checkText,
  comparableText,
  REGISTER_TEXT_LIMITS,
  registerProblem,
  type RegisterProblem,
} from './register-problem.js';

/** A person the office contacts about a partnership (the owners' or the institution's). */
export interface ContactPerson {
  name: string;
  /** Whom they speak for, e.g. "Tromsø kommune" or "UiT, prosjektleder". */
  role: string;
  email: string;
  phone: string;
}

/** A partnership as the office registers it: references are the register's ids. */
export interface PartnershipRecord {
  name: string;
  ownerIds: readonly string[];
  institutionId: string;
  leadOwnerId: string | null;
  /** The owners' kindergartens and schools taking part (the coordinator rule counts these). */
  unitIds: readonly string[];
  /** Other services taking part (PPT, health centre, child welfare, BUP, …). */
  otherServices: readonly string[];
  contactPersons: readonly ContactPerson[];
}

export interface PartnershipContext {
  /** The plan's partnership rule: which institution kinds, whether a lead owner may apply. */
  rule: PartnershipRule;
  owners: ReadonlyMap<string, { archived: boolean }>;
  institution: { kind: InstitutionKind; archived: boolean } | null;
  units: ReadonlyMap<string, { ownerId: string; archived: boolean }>;
  /** Names of the county's other partnerships. */
  takenNames: readonly string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{8,20}$/;

/** Checks a partnership against the register's and the plan's rules. */
export function validatePartnership(
  partnership: PartnershipRecord,
  context: PartnershipContext,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [
    ...checkText(
      partnership.name,
      ['name'],
      { nb: 'navnet', en: 'the name' },
      REGISTER_TEXT_LIMITS.name,
    ),
  ];
  const name = comparableText(partnership.name);
  if (name !== '' && context.takenNames.some((taken) => comparableText(taken) === name)) {
    problems.push(
      registerProblem(
        'REG_PARTNERSHIP_NAME_TAKEN',
        ['name'],
        'Et annet partnerskap har allerede dette navnet.',
        'Another partnership already has this name.',
      ),
    );
  }
  problems.push(...checkOwners(partnership, context));
  problems.push(...checkInstitution(context));
  problems.push(...checkUnits(partnership, context));
  problems.push(...checkServices(partnership.otherServices));
  partnership.contactPersons.forEach((person, index) => {
    problems.push(...checkContact(person, ['contactPersons', index]));
  });
  return problems;
}

function checkOwners(
  partnership: PartnershipRecord,
  { owners, rule }: PartnershipContext,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  if (partnership.ownerIds.length === 0) {
    problems.push(
      registerProblem(
        'REG_PARTNERSHIP_NO_OWNERS',
        ['ownerIds'],
        'Et partnerskap må ha minst én barnehage- eller skoleeier.',
        'A partnership needs at least one kindergarten or school owner.',
      ),
    );
  }
  const seen = new Set<string>();
  partnership.ownerIds.forEach((id, index) => {
    const owner = owners.get(id);
    if (seen.has(id)) {
      problems.push(
        registerProblem(
          'REG_DUPLICATE',
          ['ownerIds', index],
          'Eieren står to ganger i partnerskapet.',
          'The owner is listed twice in the partnership.',
        ),
      );
    } else if (!owner) {
      problems.push(
        registerProblem(
          'REG_OWNER_UNKNOWN',
          ['ownerIds', index],
          'Eieren finnes ikke i registeret.',
          'The owner is not in the register.',
        ),
      );
    } else if (owner.archived) {
      problems.push(
        registerProblem(
          'REG_OWNER_ARCHIVED',
          ['ownerIds', index],
          'Eieren er arkivert og kan ikke være med i et partnerskap.',
          'The owner is archived and cannot take part in a partnership.',
        ),
      );
    }
    seen.add(id);
  });
  const lead = partnership.leadOwnerId;
  if (lead !== null) {
    if (!rule.leadOwnerAllowed) {
      problems.push(
        registerProblem(
          'REG_LEAD_OWNER_NOT_ALLOWED',
          ['leadOwnerId'],
          'Planen tillater ikke at én eier søker på vegne av de andre.',
          'The plan does not allow one owner to apply on behalf of the others.',
        ),
      );
    } else if (!partnership.ownerIds.includes(lead)) {
      problems.push(
        registerProblem(
          'REG_LEAD_OWNER_NOT_AN_OWNER',
          ['leadOwnerId'],
          'Hovedeieren må være en av partnerskapets eiere.',
          "The lead owner must be one of the partnership's owners.",
        ),
      );
    }
  }
  return problems;
}

function checkInstitution({ institution, rule }: PartnershipContext): RegisterProblem[] {
  if (!institution) {
    return [
      registerProblem(
        'REG_INSTITUTION_UNKNOWN',
        ['institutionId'],
        'Kompetansemiljøet finnes ikke i registeret.',
        'The institution is not in the register.',
      ),
    ];
  }
  if (institution.archived) {
    return [
      registerProblem(
        'REG_INSTITUTION_ARCHIVED',
        ['institutionId'],
        'Kompetansemiljøet er arkivert og kan ikke være med i et partnerskap.',
        'The institution is archived and cannot take part in a partnership.',
      ),
    ];
  }
  if (!rule.institutionKinds.includes(institution.kind)) {
    const kind = INSTITUTION_KIND_LABELS[institution.kind];
    return [
      registerProblem(
        'REG_INSTITUTION_KIND_NOT_ALLOWED',
        ['institutionId'],
        `Planen tillater ikke partnerskap med et ${kind.nb}; andre miljøer deltar gjennom universitetet, høgskolen eller fagskolen.`,
        `The plan does not allow a partnership with a ${kind.en}; other environments take part through the university or college.`,
      ),
    ];
  }
  return [];
}

function checkUnits(
  partnership: PartnershipRecord,
  { units }: PartnershipContext,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const owners = new Set(partnership.ownerIds);
  const seen = new Set<string>();
  partnership.unitIds.forEach((id, index) => {
    const unit = units.get(id);
    const path = ['unitIds', index];
    if (seen.has(id)) {
      problems.push(
        registerProblem(
          'REG_DUPLICATE',
          path,
          'Enheten står to ganger.',
          'The unit is listed twice.',
        ),
      );
    } else if (!unit) {
      problems.push(
        registerProblem(
          'REG_UNIT_UNKNOWN',
          path,
          'Enheten finnes ikke i registeret.',
          'The unit is not in the register.',
        ),
      );
    } else if (unit.archived) {
      problems.push(
        registerProblem(
          'REG_UNIT_ARCHIVED',
          path,
          'Enheten er arkivert og kan ikke delta.',
          'The unit is archived and cannot take part.',
        ),
      );
    } else if (!owners.has(unit.ownerId)) {
      problems.push(
        registerProblem(
          'REG_UNIT_NOT_OF_OWNERS',
          path,
          'Enheten tilhører ingen av partnerskapets eiere.',
          "The unit belongs to none of the partnership's owners.",
        ),
      );
    }
    seen.add(id);
  });
  return problems;
}

function checkServices(services: readonly string[]): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const seen = new Set<string>();
  services.forEach((service, index) => {
    const path = ['otherServices', index];
    problems.push(
      ...checkText(
        service,
        path,
        { nb: 'tjenestens navn', en: "the service's name" },
        REGISTER_TEXT_LIMITS.otherService,
      ),
    );
    const key = comparableText(service);
    if (key !== '' && seen.has(key)) {
      problems.push(
        registerProblem(
          'REG_DUPLICATE',
          path,
          `Tjenesten «${service.trim()}» står to ganger.`,
          `The service "${service.trim()}" is listed twice.`,
        ),
      );
    }
    seen.add(key);
  });
  return problems;
}

function checkContact(person: ContactPerson, path: (string | number)[]): RegisterProblem[] {
  const problems: RegisterProblem[] = [
    ...checkText(
      person.name,
      [...path, 'name'],
      { nb: 'kontaktpersonens navn', en: "the contact person's name" },
      REGISTER_TEXT_LIMITS.contactName,
    ),
    ...checkLength(
      person.role,
      [...path, 'role'],
      { nb: 'rollen', en: 'the role' },
      REGISTER_TEXT_LIMITS.contactRole,
    ),
  ];
  const email = person.email.trim();
  if (email === '' || !EMAIL.test(email) || email.length > REGISTER_TEXT_LIMITS.email) {
    problems.push(
      registerProblem(
        'REG_EMAIL_INVALID',
        [...path, 'email'],
        'Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.',
        'Enter a valid email address, e.g. name@municipality.no.',
      ),
    );
  }
  const phone = person.phone.trim();
  if (phone !== '' && !PHONE.test(phone)) {
    problems.push(
      registerProblem(
        'REG_PHONE_INVALID',
        [...path, 'phone'],
        'Telefonnummeret kan bare ha sifre, mellomrom og et plusstegn foran (8–20 tegn).',
        'The phone number may have only digits, spaces and a leading plus (8–20 characters).',
      ),
    );
  }
  return problems;
}
