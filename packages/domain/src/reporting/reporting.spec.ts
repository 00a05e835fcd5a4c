import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoRound } from '../demo/demo-round.js';
import { resolvePlanVersion } from '../plan/plan-version.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import { SECTORS } from '../plan/sector.js';
import { aggregateReportedFigures, AGGREGATION_KEYS, type ReportedFigure } from './aggregate.js';
import type { AnnualReport, GrantYear } from './annual-report.schema.js';
import { checkReportCoherence, validateAnnualReport } from './validate-annual-report.js';

const plan = resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1');
const statement = generateDemoRound({ seed: 4, statements: 3 }).needsStatements[0]!;
const grant: GrantYear = {
  year: statement.roundYear,
  owner: 300_000,
  institution: 200_000,
  coordinator: 0,
};
const report: AnnualReport = {
  id: 'r1',
  needsStatementId: statement.id,
  year: statement.roundYear,
  measures: statement.measures.map((m) => ({
    measureId: m.id,
    carriedOut: true,
    description: 'Gjennomført.',
  })),
  goals: [...statement.goals.longTerm, ...statement.goals.subGoals].map((g) => ({
    goalId: g.id,
    achievement: 'PARTLY_ACHIEVED' as const,
    assessment: 'Delvis nådd.',
  })),
  useOfFunds: 'Frikjøp og veiledning.',
  coordinatorUse: '',
  accounts: {
    owner: { received: 300_000, spent: 290_000 },
    institution: { received: 200_000, spent: 200_000 },
    coordinatorSpent: 0,
  },
};
const codes = (r: unknown, g: GrantYear | null = grant) =>
  validateAnnualReport(r, { plan, statement, grant: g ?? undefined }).map((p) => p.code);

describe('annual report and accounts', () => {
  it('accepts a report that accounts for every goal and measure, with accounts per party', () => {
    expect(codes(report)).toEqual([]);
  });

  it('finds a report that does not match its statement (same goals and measures)', () => {
    const drifted = {
      ...report,
      measures: [
        ...report.measures.slice(1),
        { measureId: 'new', carriedOut: true, description: 'x' },
      ],
    };
    expect(checkReportCoherence(drifted, statement).map((p) => p.code)).toEqual([
      'RP_MEASURE_MISSING',
      'RP_MEASURE_UNKNOWN',
    ]);
    expect(codes({ ...report, goals: report.goals.slice(1) })).toEqual(['RP_GOAL_MISSING']);
  });

  it('wants simple accounts for both owner and institution', () => {
    const { institution: _omitted, ...accounts } = report.accounts;
    expect(codes({ ...report, accounts })).toEqual(['RP_ACCOUNTS_PARTY_MISSING']);
    expect(
      codes({
        ...report,
        accounts: { ...report.accounts, owner: { received: 300_000, spent: 310_000 } },
      }),
    ).toEqual(['RP_ACCOUNTS_OVERSPENT']);
    expect(
      codes({
        ...report,
        accounts: { ...report.accounts, owner: { received: 250_000, spent: 0 } },
      }),
    ).toEqual(['RP_ACCOUNTS_RECEIVED_MISMATCH']);
  });

  it('asks how coordinator funds were used where they were granted', () => {
    expect(codes(report, { ...grant, coordinator: 50_000 })).toEqual([
      'RP_COORDINATOR_USE_MISSING',
    ]);
    expect(
      codes(
        { ...report, coordinatorUse: 'Koordinator i 20 % stilling.' },
        { ...grant, coordinator: 50_000 },
      ),
    ).toEqual([]);
  });

  it('rejects a report for a year without a grant', () => {
    expect(codes(report, null)).toEqual(['RP_YEAR_NOT_GRANTED']);
  });
});

describe('aggregation', () => {
  const figure = fc.record({
    county: fc.constantFrom('Troms', 'Nordland'),
    year: fc.integer({ min: 2026, max: 2029 }),
    sector: fc.constantFrom(...SECTORS),
    themeId: fc.constantFrom('a', 'b', 'c'),
    ownership: fc.constantFrom('PUBLIC' as const, 'PRIVATE' as const, 'MIXED' as const),
    institutionOrgnr: fc.constantFrom('970422528', '974760673'),
    durationYears: fc.integer({ min: 1, max: 3 }),
    granted: fc.integer({ min: 0, max: 2_000_000 }),
    spentOwner: fc.integer({ min: 0, max: 1_000_000 }),
    spentInstitution: fc.integer({ min: 0, max: 1_000_000 }),
    coordinatorSpent: fc.integer({ min: 0, max: 100_000 }),
  }) as fc.Arbitrary<ReportedFigure>;

  it('gives the same totals whichever way the figures are grouped', () => {
    fc.assert(
      fc.property(
        fc.array(figure, { maxLength: 60 }),
        fc.subarray([...AGGREGATION_KEYS]),
        (figures, by) => {
          const grouped = aggregateReportedFigures(figures, by);
          const flat = aggregateReportedFigures(figures, []);
          expect(grouped.totals).toEqual(flat.totals);
          const sum = (key: 'granted' | 'spent' | 'count') =>
            grouped.groups.reduce((s, g) => s + g[key], 0);
          expect(sum('granted')).toBe(flat.totals.granted);
          expect(sum('spent')).toBe(flat.totals.spent);
          expect(sum('count')).toBe(figures.length);
        },
      ),
    );
  });

  it('groups by sector and year, in key order', () => {
    const base = {
      county: 'Troms',
      themeId: 'a',
      ownership: 'PUBLIC' as const,
      institutionOrgnr: '970422528',
      durationYears: 1,
      spentOwner: 0,
      spentInstitution: 0,
      coordinatorSpent: 0,
    };
    const result = aggregateReportedFigures(
      [
        { ...base, year: 2027, sector: 'SCHOOL', granted: 5 },
        { ...base, year: 2026, sector: 'SCHOOL', granted: 2 },
        { ...base, year: 2026, sector: 'SCHOOL', granted: 3 },
      ],
      ['sector', 'year'],
    );
    expect(result.groups.map((g) => [g.key, g.granted])).toEqual([
      [{ year: 2026, sector: 'SCHOOL' }, 5],
      [{ year: 2027, sector: 'SCHOOL' }, 5],
    ]);
  });
});
