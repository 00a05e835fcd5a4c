import { describe, expect, it } from 'vitest';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import { resolvePlanVersion } from '../plan/plan-version.js';
import { planCommitmentImport, type CommitmentSnapshot } from './commitment-table.js';
import { planIndicatorImport, type IndicatorSnapshot } from './indicator-table.js';
import { planRegisterImport, type RegisterSnapshot } from './register-extract.js';
import { readDecimal, readInteger, readYears, type Table } from './table.js';

const rules = resolvePlanVersion(TROMS_PLAN_2026_2029, TROMS_PLAN_2026_2029.versions[0]!.id).rules;
const TROMSO = '974760673';
const SKOLE = '970422528';
const where = (problems: { row: number | null; column: string | null; code: string }[]) =>
  problems.map((p) => [p.row, p.column, p.code]);

describe('reading cells', () => {
  it('reads whole kroner as people write them, and nothing else', () => {
    expect(readInteger(250000, '250000')).toBe(250000);
    expect(readInteger('250 000', '250 000')).toBe(250000);
    expect(readInteger('1.250.000', '1.250.000')).toBe(1250000);
    expect(readInteger('250 000 kr', '250 000 kr')).toBe(250000);
    expect(readInteger('250,5', '250,5')).toBeUndefined();
    expect(readInteger(12.5, '12.5')).toBeUndefined();
    expect(readInteger('12 34', '12 34')).toBeUndefined();
  });

  it('reads decimal commas and points, and lists or spans of years', () => {
    expect(readDecimal('12,5', '12,5')).toBe(12.5);
    expect(readDecimal('1 234,5', '1 234,5')).toBe(1234.5);
    expect(readDecimal('4,2 %', '4,2 %')).toBe(4.2);
    expect(readDecimal('tolv', 'tolv')).toBeUndefined();
    expect(readYears('2022, 2024–2025', '2022, 2024–2025')).toEqual([2022, 2024, 2025]);
    expect(readYears('i fjor', 'i fjor')).toBeUndefined();
  });
});

describe('a register extract', () => {
  const snapshot: RegisterSnapshot = {
    municipalities: [
      { number: '5501', name: 'Tromsø' },
      { number: '5503', name: 'Harstad' },
    ],
    owners: [
      {
        id: 'owner-1',
        orgnr: TROMSO,
        name: 'Tromsø kommune',
        ownership: 'PUBLIC',
        municipalityNumber: '5501',
        participationYears: [2022],
        archived: false,
      },
    ],
    units: [
      {
        id: 'unit-1',
        ownerOrgnr: TROMSO,
        name: 'Bjerkaker skole',
        kind: 'SCHOOL',
        registerId: null,
        archived: false,
      },
    ],
  };
  const header = [
    'Eiers organisasjonsnummer',
    'Eiers navn',
    'Eierform',
    'Kommune',
    'Enhetens navn',
    'Enhetstype',
    'NSR/NBR-id',
    'Deltatt år',
  ];

  it('creates, updates and leaves owners and units as the file says', () => {
    const table: Table = [
      header,
      [
        Number(TROMSO),
        'Tromsø kommune',
        'Kommunal',
        '5501 Tromsø',
        'Bjerkaker skole',
        'Skole',
        SKOLE,
        '2024',
      ],
      [TROMSO, 'Tromsø kommune', 'offentlig', 'Tromsø', 'Solneset barnehage', 'barnehage', '', ''],
      [],
      ['986 105 174', 'Trollskogen barnehage AS', 'privat', 'Harstad', '', '', '', ''],
    ];
    const plan = planRegisterImport(table, snapshot);
    expect(plan.problems).toEqual([]);
    expect(plan.rows).toBe(3);
    expect(plan.summary).toEqual([
      { entity: 'OWNER', created: 1, updated: 1, unchanged: 0 },
      { entity: 'UNIT', created: 1, updated: 1, unchanged: 0 },
    ]);
    expect(plan.owners.map((o) => [o.action, o.record.orgnr, o.record.participationYears])).toEqual(
      [
        ['UPDATE', TROMSO, [2022, 2024]],
        ['CREATE', '986105174', []],
      ],
    );
    expect(plan.units.map((u) => [u.action, u.id, u.record.registerId])).toEqual([
      ['UPDATE', 'unit-1', SKOLE],
      ['CREATE', null, null],
    ]);
  });

  it('names every faulty row and column, and plans nothing to write while any remain', () => {
    const table: Table = [
      header,
      [TROMSO, 'Tromsø kommune', 'offentlig', '5501', 'Bjerkaker skole', 'skole', '', ''],
      ['974760674', 'Feil AS', 'privat', '5501', '', '', '', ''],
      [TROMSO, 'Tromsø bykommune', 'offentlig', '5501', 'Ny skole', 'skole', '', ''],
      [
        '986105174',
        'Trollskogen barnehage AS',
        'halvoffentlig',
        '5501',
        'Trollskogen',
        '',
        '12',
        '',
      ],
      ['986105174', 'Trollskogen barnehage AS', 'privat', '1804', '', '', '', ''],
    ];
    const plan = planRegisterImport(table, snapshot);
    expect(where(plan.problems)).toEqual([
      [3, 'Eiers organisasjonsnummer', 'REG_ORGNR_INVALID'],
      [4, 'Eiers navn', 'IMPORT_ROW_CONFLICT'],
      [5, 'Eierform', 'IMPORT_VALUE_UNREADABLE'],
      [6, 'Kommune', 'REG_MUNICIPALITY_UNKNOWN'],
    ]);
    expect(plan.owners.map((o) => o.row)).toEqual([2, 3, 6]);
    expect(plan.problems.find((p) => p.row === 3)?.message.nb).toBe(
      '«974760674» er ikke et gyldig organisasjonsnummer (ni siffer med riktig kontrollsiffer).',
    );
  });

  it('says which required columns the file lacks', () => {
    const plan = planRegisterImport([['Orgnr', 'Navn']], snapshot);
    expect(where(plan.problems)).toEqual([
      [1, 'Eierform', 'IMPORT_COLUMN_MISSING'],
      [1, 'Kommunenummer', 'IMPORT_COLUMN_MISSING'],
    ]);
    expect(where(planRegisterImport([], snapshot).problems)).toEqual([
      [null, null, 'IMPORT_EMPTY'],
    ]);
  });
});

describe('an indicator table', () => {
  const snapshot: IndicatorSnapshot = {
    rules,
    municipalities: [{ number: '5501', name: 'Tromsø' }],
    ownerOrgnrs: new Set([TROMSO]),
    figures: [
      {
        id: 'f1',
        indicatorId: 'ito-pupils',
        municipalityNumber: '5501',
        ownerOrgnr: null,
        sector: 'SCHOOL',
        year: 2026,
        value: 7,
        source: 'GSI',
      },
    ],
  };

  it('takes the plan’s indicator by id or Norwegian name, with decimal commas', () => {
    const plan = planIndicatorImport(
      [
        [
          'Kommunenummer',
          'Eiers organisasjonsnummer',
          'Indikator',
          'Sektor',
          'År',
          'Verdi',
          'Kilde',
        ],
        ['5501', '', 'ito-pupils', 'skole', 2026, '7,5', 'GSI'],
        ['', TROMSO, 'Mange ufaglærte i skolen', '', 2026, '3', ''],
      ],
      snapshot,
      'tall.xlsx',
    );
    expect(plan.problems).toEqual([]);
    expect(plan.figures.map((f) => [f.action, f.record.value, f.record.source])).toEqual([
      ['UPDATE', 7.5, 'GSI'],
      ['CREATE', 3, 'tall.xlsx'],
    ]);
  });

  it('refuses an indicator that is no figure and a repeated row', () => {
    const plan = planIndicatorImport(
      [
        ['Kommune', 'Indikator', 'År', 'Verdi'],
        ['5501', 'newcomer', 2026, 1],
        ['5501', 'staff-turnover', 2026, 1],
        ['5501', 'staff-turnover', 2026, 2],
      ],
      snapshot,
      'tall.csv',
    );
    expect(where(plan.problems)).toEqual([
      [2, 'Indikator', 'REG_INDICATOR_NOT_A_FIGURE'],
      [4, 'År', 'IMPORT_ROW_REPEATED'],
    ]);
  });
});

describe('a table of earlier commitments', () => {
  const snapshot: CommitmentSnapshot = {
    rules,
    partnerships: [
      { id: 'p-senja-0001', name: 'Senja-nettverket' },
      { id: 'p-nord-0002', name: 'Nord-Troms' },
    ],
    firstRoundYear: 2026,
    rounds: [
      { year: 2026, frame: 10_000_000, status: 'REPORTING' },
      { year: 2027, frame: 1_000_000, status: 'OPEN' },
    ],
    committedByYear: new Map([[2027, 200_000]]),
    earlier: [],
  };
  const header = [
    'Partnerskap',
    'Sektor',
    'Varighet',
    'Vedtaksår',
    'År',
    'Eiers del',
    'Kompetansemiljøets del',
    'Beløp',
  ];

  it('creates the years of an earlier grant, one work id per grant', () => {
    const plan = planCommitmentImport(
      [
        header,
        ['Senja-nettverket', 'skole', 3, 2025, 2025, '200 000', '100 000', ''],
        ['senja-nettverket', 'Skole', 3, 2025, 2027, 200_000, 100_000, 300_000],
      ],
      snapshot,
    );
    expect(plan.problems).toEqual([]);
    expect(plan.commitments.map((c) => [c.action, c.record.workId, c.record.amount])).toEqual([
      ['CREATE', 'tidligere-2025-school-p-senja-', 300_000],
      ['CREATE', 'tidligere-2025-school-p-senja-', 300_000],
    ]);
  });

  it('counts the rows before it against the frame, and refuses decided years', () => {
    const plan = planCommitmentImport(
      [
        header,
        ['Senja-nettverket', 'skole', 3, 2025, 2027, 300_000, 200_000, ''],
        ['Nord-Troms', 'barnehage', 3, 2025, 2027, 200_000, 200_000, ''],
        ['Nord-Troms', 'barnehage', 2, 2025, 2026, 100_000, 100_000, ''],
        ['Ukjent', 'barnehage', 2, 2025, 2026, 100_000, 100_000, ''],
        ['Nord-Troms', 'barnehage', 2, 2025, 2025, 100_000, 100_000, 1],
      ],
      snapshot,
    );
    expect(where(plan.problems)).toEqual([
      [3, 'Beløp', 'REG_COMMITMENT_OVER_FRAME'],
      [4, 'År', 'REG_COMMITMENT_YEAR_DECIDED'],
      [5, 'Partnerskap', 'IMPORT_VALUE_UNREADABLE'],
      [6, 'Beløp', 'REG_COMMITMENT_SPLIT_SUM'],
    ]);
  });
});
