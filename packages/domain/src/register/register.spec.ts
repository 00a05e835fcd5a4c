import { describe, expect, it } from 'vitest';
import { demoOrgnr } from '../demo/demo-round.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import { resolvePlanVersion } from '../plan/plan-version.js';
import { checkDeletion } from './deletion.js';
import {
  checkCommitmentYearOpen,
  validateEarlierCommitment,
  type EarlierCommitmentRecord,
} from './earlier-commitment.js';
import {
  indicatorFigureKey,
  validateIndicatorFigure,
  type IndicatorFigureRecord,
} from './indicator-figure-record.js';
import { validateInstitution } from './institution-record.js';
import { validateOwner, type OwnerRecord } from './owner-record.js';
import { validatePartnership, type PartnershipRecord } from './partnership-record.js';
import { validateUnit } from './unit-record.js';

const rules = resolvePlanVersion(TROMS_PLAN_2026_2029, TROMS_PLAN_2026_2029.versions[0]!.id).rules;
const UIT = '970422528';
const BRREG = '974760673';
const codes = (problems: { code: string; path: (string | number)[] }[]) =>
  problems.map((p) => [p.code, p.path.join('.')]);

describe('validateOwner', () => {
  const owner: OwnerRecord = {
    orgnr: BRREG,
    name: 'Tromsø kommune',
    ownership: 'PUBLIC',
    municipalityNumber: '5501',
    participationYears: [2022, 2024],
  };
  const context = {
    municipalityNumbers: new Set(['5501', '5503']),
    takenOrgnrs: new Set<string>(),
  };

  it('accepts a municipality with a valid organisation number', () => {
    expect(validateOwner(owner, context)).toEqual([]);
  });

  it('refuses a bad check digit, a taken number, an empty name and a public owner without a municipality', () => {
    expect(codes(validateOwner({ ...owner, orgnr: '974760674' }, context))).toEqual([
      ['REG_ORGNR_INVALID', 'orgnr'],
    ]);
    expect(codes(validateOwner(owner, { ...context, takenOrgnrs: new Set([BRREG]) }))).toEqual([
      ['REG_ORGNR_TAKEN', 'orgnr'],
    ]);
    expect(
      codes(validateOwner({ ...owner, name: '  ', municipalityNumber: null }, context)),
    ).toEqual([
      ['REG_TEXT_REQUIRED', 'name'],
      ['REG_PUBLIC_OWNER_WITHOUT_MUNICIPALITY', 'municipalityNumber'],
    ]);
  });

  it('lets a private owner be without a municipality, but not in one outside the county', () => {
    expect(
      validateOwner({ ...owner, ownership: 'PRIVATE', municipalityNumber: null }, context),
    ).toEqual([]);
    const problems = validateOwner({ ...owner, municipalityNumber: '1804' }, context);
    expect(codes(problems)).toEqual([['REG_MUNICIPALITY_UNKNOWN', 'municipalityNumber']]);
    expect(problems[0]!.message.nb).toBe('Kommunenummeret 1804 hører ikke til fylket.');
  });

  it('names each bad or repeated participation year', () => {
    expect(
      codes(validateOwner({ ...owner, participationYears: [2022, 1850, 2022] }, context)),
    ).toEqual([
      ['REG_YEAR_INVALID', 'participationYears.1'],
      ['REG_DUPLICATE', 'participationYears.2'],
    ]);
  });

  it('refuses a name longer than the column and a number written with spaces', () => {
    expect(codes(validateOwner({ ...owner, name: 'x'.repeat(301) }, context))).toEqual([
      ['REG_TEXT_TOO_LONG', 'name'],
    ]);
    expect(codes(validateOwner({ ...owner, orgnr: '974 760 673' }, context))).toEqual([
      ['REG_ORGNR_INVALID', 'orgnr'],
    ]);
  });
});

describe('validateUnit', () => {
  const unit = { name: 'Bjerkaker skole', kind: 'SCHOOL' as const, registerId: UIT };
  it('takes an NSR/NBR id as the unit’s organisation number, once in the county', () => {
    expect(validateUnit(unit, { owner: { archived: false }, takenRegisterIds: new Set() })).toEqual(
      [],
    );
    expect(
      codes(validateUnit(unit, { owner: { archived: false }, takenRegisterIds: new Set([UIT]) })),
    ).toEqual([['REG_REGISTER_ID_TAKEN', 'registerId']]);
    expect(
      codes(
        validateUnit(
          { ...unit, registerId: '12345' },
          { owner: { archived: false }, takenRegisterIds: new Set() },
        ),
      ),
    ).toEqual([['REG_REGISTER_ID_INVALID', 'registerId']]);
  });

  it('refuses a unit of an archived or unknown owner', () => {
    expect(
      codes(validateUnit(unit, { owner: { archived: true }, takenRegisterIds: new Set() })),
    ).toEqual([['REG_OWNER_ARCHIVED', 'ownerId']]);
    expect(codes(validateUnit(unit, { owner: null, takenRegisterIds: new Set() }))).toEqual([
      ['REG_OWNER_UNKNOWN', 'ownerId'],
    ]);
  });
});

describe('validateInstitution', () => {
  it('takes every kind the regulation allows; a taken number is refused', () => {
    for (const kind of [
      'UNIVERSITY',
      'UNIVERSITY_COLLEGE',
      'VOCATIONAL_COLLEGE',
      'OTHER_COMPETENCE_ENVIRONMENT',
    ] as const) {
      expect(
        validateInstitution({ orgnr: UIT, name: 'UiT', kind }, { takenOrgnrs: new Set() }),
      ).toEqual([]);
    }
    expect(
      codes(
        validateInstitution(
          { orgnr: UIT, name: 'UiT', kind: 'UNIVERSITY' },
          { takenOrgnrs: new Set([UIT]) },
        ),
      ),
    ).toEqual([['REG_ORGNR_TAKEN', 'orgnr']]);
  });
});

describe('validatePartnership', () => {
  const partnership: PartnershipRecord = {
    name: 'Nord-Troms barnehagenettverk og UiT',
    ownerIds: ['o1', 'o2'],
    institutionId: 'i1',
    leadOwnerId: null,
    unitIds: ['u1', 'u3'],
    otherServices: ['PPT', 'Helsestasjon'],
    contactPersons: [
      {
        name: 'Kari',
        role: 'Skjervøy kommune',
        email: 'kari@skjervoy.kommune.no',
        phone: '+47 777 77 777',
      },
    ],
  };
  const context = {
    rule: rules.partnership,
    owners: new Map([
      ['o1', { archived: false }],
      ['o2', { archived: false }],
      ['o9', { archived: true }],
    ]),
    institution: { kind: 'UNIVERSITY' as const, archived: false },
    units: new Map([
      ['u1', { ownerId: 'o1', archived: false }],
      ['u2', { ownerId: 'o9', archived: false }],
      ['u3', { ownerId: 'o2', archived: false }],
      ['u4', { ownerId: 'o1', archived: true }],
    ]),
    takenNames: ['Senja-nettverket'],
  };

  it('accepts owners, an allowed institution, their units, services and contacts', () => {
    expect(validatePartnership(partnership, context)).toEqual([]);
  });

  it('counts only units of the partnership’s own owners, each once and not archived', () => {
    expect(
      codes(
        validatePartnership({ ...partnership, unitIds: ['u1', 'u1', 'u2', 'u4', 'u5'] }, context),
      ),
    ).toEqual([
      ['REG_DUPLICATE', 'unitIds.1'],
      ['REG_UNIT_NOT_OF_OWNERS', 'unitIds.2'],
      ['REG_UNIT_ARCHIVED', 'unitIds.3'],
      ['REG_UNIT_UNKNOWN', 'unitIds.4'],
    ]);
  });

  it('follows the plan: no lead owner in Troms, no institution kind the plan leaves out', () => {
    expect(codes(validatePartnership({ ...partnership, leadOwnerId: 'o1' }, context))).toEqual([
      ['REG_LEAD_OWNER_NOT_ALLOWED', 'leadOwnerId'],
    ]);
    const universitiesOnly = {
      ...context,
      rule: { ...context.rule, institutionKinds: ['UNIVERSITY' as const], leadOwnerAllowed: true },
      institution: { kind: 'VOCATIONAL_COLLEGE' as const, archived: false },
    };
    const problems = validatePartnership({ ...partnership, leadOwnerId: 'o3' }, universitiesOnly);
    expect(codes(problems)).toEqual([
      ['REG_LEAD_OWNER_NOT_AN_OWNER', 'leadOwnerId'],
      ['REG_INSTITUTION_KIND_NOT_ALLOWED', 'institutionId'],
    ]);
  });

  it('needs an owner, a unique name, and refuses archived parties and bad contact details', () => {
    const problems = validatePartnership(
      {
        ...partnership,
        name: 'senja-NETTVERKET ',
        ownerIds: [],
        unitIds: [],
        otherServices: ['PPT', 'ppt', ''],
        contactPersons: [{ name: '', role: '', email: 'kari@', phone: 'ring meg' }],
      },
      { ...context, institution: { kind: 'UNIVERSITY', archived: true } },
    );
    expect(codes(problems)).toEqual([
      ['REG_PARTNERSHIP_NAME_TAKEN', 'name'],
      ['REG_PARTNERSHIP_NO_OWNERS', 'ownerIds'],
      ['REG_INSTITUTION_ARCHIVED', 'institutionId'],
      ['REG_DUPLICATE', 'otherServices.1'],
      ['REG_TEXT_REQUIRED', 'otherServices.2'],
      ['REG_TEXT_REQUIRED', 'contactPersons.0.name'],
      ['REG_EMAIL_INVALID', 'contactPersons.0.email'],
      ['REG_PHONE_INVALID', 'contactPersons.0.phone'],
    ]);
    expect(
      codes(validatePartnership({ ...partnership, ownerIds: ['o1', 'o9'], unitIds: [] }, context)),
    ).toEqual([['REG_OWNER_ARCHIVED', 'ownerIds.1']]);
  });
});

describe('validateIndicatorFigure', () => {
  const figure: IndicatorFigureRecord = {
    indicatorId: 'ito-pupils',
    municipalityNumber: '5501',
    ownerOrgnr: null,
    sector: 'SCHOOL',
    year: 2026,
    value: 7.5,
    source: 'GSI 2026',
  };
  const context = {
    rules,
    municipalityNumbers: new Set(['5501']),
    ownerOrgnrs: new Set([BRREG]),
    takenKeys: new Set<string>(),
  };

  it('takes a figure of a statistical indicator for a municipality or an owner', () => {
    expect(validateIndicatorFigure(figure, context)).toEqual([]);
    expect(
      validateIndicatorFigure(
        { ...figure, municipalityNumber: null, ownerOrgnr: BRREG, sector: null },
        context,
      ),
    ).toEqual([]);
  });

  it('refuses indicators that are not figures, a place that is both or neither, and a second figure', () => {
    expect(codes(validateIndicatorFigure({ ...figure, indicatorId: 'newcomer' }, context))).toEqual(
      [['REG_INDICATOR_NOT_A_FIGURE', 'indicatorId']],
    );
    expect(codes(validateIndicatorFigure({ ...figure, indicatorId: 'weather' }, context))).toEqual([
      ['REG_INDICATOR_UNKNOWN', 'indicatorId'],
    ]);
    expect(codes(validateIndicatorFigure({ ...figure, ownerOrgnr: BRREG }, context))).toEqual([
      ['REG_FIGURE_PLACE', 'municipalityNumber'],
    ]);
    expect(
      codes(
        validateIndicatorFigure(figure, {
          ...context,
          takenKeys: new Set([indicatorFigureKey(figure)]),
        }),
      ),
    ).toEqual([['REG_FIGURE_DUPLICATE', 'year']]);
    expect(
      codes(validateIndicatorFigure({ ...figure, value: -1, source: '', year: 202 }, context)),
    ).toEqual([
      ['REG_YEAR_INVALID', 'year'],
      ['REG_FIGURE_VALUE_INVALID', 'value'],
      ['REG_TEXT_REQUIRED', 'source'],
    ]);
  });
});

describe('validateEarlierCommitment', () => {
  const commitment: EarlierCommitmentRecord = {
    partnershipId: 'p1',
    workId: 'desentralisert-2025-senja',
    sector: 'SCHOOL',
    durationYears: 3,
    grantedYear: 2025,
    year: 2027,
    amount: 400_000,
    owner: 250_000,
    institution: 150_000,
    coordinator: 0,
  };
  const context = {
    rules,
    partnershipExists: true,
    firstRoundYear: 2026,
    round: { year: 2027, frame: 10_000_000, status: 'OPEN' as const },
    committedInYear: 9_500_000,
  };

  it('binds a later year of an earlier grant within the round’s frame', () => {
    expect(validateEarlierCommitment(commitment, context)).toEqual([]);
    expect(
      validateEarlierCommitment({ ...commitment, year: 2025 }, { ...context, round: null }),
    ).toEqual([]);
  });

  it('never takes a year past its frame', () => {
    const problems = validateEarlierCommitment(
      { ...commitment, amount: 500_001, owner: 350_001 },
      context,
    );
    expect(codes(problems)).toEqual([['REG_COMMITMENT_OVER_FRAME', 'amount']]);
    expect(problems[0]!.message.nb).toBe(
      'Med dette blir 10 000 001 kr bundet i 2027, mer enn rammen på 10 000 000 kr.',
    );
  });

  it('refuses a decided year, a grant from the platform’s own rounds, and years outside the grant', () => {
    expect(
      codes(
        validateEarlierCommitment(commitment, {
          ...context,
          round: { ...context.round, status: 'DECIDED' },
        }),
      ),
    ).toEqual([['REG_COMMITMENT_YEAR_DECIDED', 'year']]);
    expect(
      codes(
        validateEarlierCommitment(
          { ...commitment, grantedYear: 2026, year: 2028 },
          { ...context, round: null },
        ),
      ),
    ).toEqual([['REG_COMMITMENT_NOT_EARLIER', 'grantedYear']]);
    expect(
      codes(validateEarlierCommitment({ ...commitment, year: 2028 }, { ...context, round: null })),
    ).toEqual([['REG_COMMITMENT_YEAR_OUTSIDE_GRANT', 'year']]);
  });

  it('needs the parties’ parts to add up, whole kroner, and a duration the plan allows', () => {
    expect(
      codes(
        validateEarlierCommitment(
          { ...commitment, owner: 1, coordinator: 500_000, durationYears: 4 },
          context,
        ),
      ),
    ).toEqual([
      ['REG_DURATION_OUT_OF_RANGE', 'durationYears'],
      ['REG_COMMITMENT_SPLIT_SUM', 'amount'],
      ['REG_COMMITMENT_COORDINATOR_EXCEEDS_AMOUNT', 'coordinator'],
    ]);
    expect(codes(validateEarlierCommitment({ ...commitment, amount: 0.5 }, context))).toEqual([
      ['REG_AMOUNT_INVALID', 'amount'],
    ]);
    expect(codes(validateEarlierCommitment({ ...commitment, amount: 2 ** 40 }, context))).toEqual([
      ['REG_AMOUNT_INVALID', 'amount'],
    ]);
  });
});

describe('checkCommitmentYearOpen', () => {
  it('lets what is bound in a year change until its round is decided', () => {
    for (const status of ['DRAFT', 'OPEN', 'CLOSED', 'PROPOSAL'] as const) {
      expect(checkCommitmentYearOpen({ year: 2027, frame: 1, status })).toEqual([]);
    }
    expect(checkCommitmentYearOpen(null)).toEqual([]);
    for (const status of ['DECIDED', 'REPORTING'] as const) {
      expect(codes(checkCommitmentYearOpen({ year: 2026, frame: 1, status }))).toEqual([
        ['REG_COMMITMENT_YEAR_DECIDED', 'year'],
      ]);
    }
  });
});

describe('checkDeletion', () => {
  it('refuses while anything refers to the row, and names what', () => {
    expect(
      checkDeletion({ nb: 'eieren', en: 'the owner' }, [{ kind: 'PARTNERSHIP', count: 0 }]),
    ).toEqual([]);
    const [problem] = checkDeletion({ nb: 'eieren', en: 'the owner' }, [
      { kind: 'PARTNERSHIP', count: 2 },
      { kind: 'INDICATOR_FIGURE', count: 0 },
      { kind: 'NEEDS_STATEMENT', count: 1 },
    ]);
    expect(problem?.code).toBe('REG_IN_USE');
    expect(problem?.message.nb).toBe(
      'Eieren kan ikke slettes fordi 2 partnerskap, 1 behovsmelding viser til denne registreringen. Arkiver i stedet, så blir historikken stående.',
    );
  });
});

describe('organisation numbers of the demo data', () => {
  it('pass the register’s check', () => {
    for (let seed = 1; seed < 50; seed++) {
      expect(
        validateInstitution(
          { orgnr: demoOrgnr(seed), name: 'Demo', kind: 'UNIVERSITY' },
          { takenOrgnrs: new Set() },
        ),
      ).toEqual([]);
    }
  });
});
