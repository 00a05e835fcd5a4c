import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoRound } from '../demo/demo-round.js';
import { apportion } from '../money/largest-remainder.js';
import { resolvePlanVersion } from '../plan/plan-version.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import {
  COST_LINE_LABELS,
  COST_LINES,
  type AnnualReport,
  type GrantYear,
} from './annual-report.schema.js';
import { checkReportCoherence, validateAnnualReport } from './validate-annual-report.js';

const plan = resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1');
const statement = generateDemoRound({ seed: 11, statements: 2 }).needsStatements[0]!;
const year = statement.roundYear;
const grant: GrantYear = { year, owner: 400_000, institution: 250_000, coordinator: 60_000 };

const itemised: AnnualReport = {
  id: 'r1',
  needsStatementId: statement.id,
  year,
  measures: statement.measures.map((m) => ({
    measureId: m.id,
    carriedOut: true,
    description: 'Gjennomført som planlagt.',
  })),
  goals: [...statement.goals.longTerm, ...statement.goals.subGoals].map((g) => ({
    goalId: g.id,
    achievement: 'PARTLY_ACHIEVED' as const,
    assessment: 'Delvis nådd.',
  })),
  useOfFunds: 'Frikjøp, kurs og koordinator.',
  coordinatorUse: 'Koordinator i 20 % stilling hos eier.',
  accounts: {
    owner: {
      received: 400_000,
      spent: 390_000,
      lines: [
        { costLine: 'RELEASED_TIME', amount: 250_000 },
        { costLine: 'TRAVEL', amount: 20_000 },
        { costLine: 'COORDINATOR', amount: 60_000 },
        { costLine: 'MATERIALS', amount: 60_000 },
      ],
    },
    institution: {
      received: 250_000,
      spent: 250_000,
      lines: [{ costLine: 'COURSES_AND_TEACHING', amount: 250_000 }],
    },
    coordinatorSpent: 60_000,
  },
};

const codes = (report: unknown, today?: string) =>
  validateAnnualReport(report, { plan, statement, grant, today }).map((p) => p.code);

describe('accounts by cost line', () => {
  it('labels every cost line in nb and en', () => {
    for (const line of COST_LINES) {
      expect(COST_LINE_LABELS[line].nb.length).toBeGreaterThan(0);
      expect(COST_LINE_LABELS[line].en.length).toBeGreaterThan(0);
    }
    expect(COST_LINE_LABELS.RELEASED_TIME.nb).toBe('Frikjøp og vikarutgifter');
  });

  it('accepts itemised accounts whose lines add up to what each party spent', () => {
    expect(codes(itemised)).toEqual([]);
  });

  it('finds a party whose lines do not add up to its spending, with the path to the lines', () => {
    const owner = { ...itemised.accounts.owner!, spent: 395_000 };
    const problems = validateAnnualReport(
      { ...itemised, accounts: { ...itemised.accounts, owner } },
      { plan, statement, grant },
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['RP_ACCOUNTS_LINES_MISMATCH', ['accounts', 'owner', 'lines']],
    ]);
    expect(problems[0]!.message.nb).toContain('390000 kr');
  });

  it('wants each cost line at most once per party', () => {
    const institution = {
      received: 250_000,
      spent: 250_000,
      lines: [
        { costLine: 'COURSES_AND_TEACHING' as const, amount: 200_000 },
        { costLine: 'COURSES_AND_TEACHING' as const, amount: 50_000 },
      ],
    };
    const problems = validateAnnualReport(
      { ...itemised, accounts: { ...itemised.accounts, institution } },
      { plan, statement, grant },
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['RP_ACCOUNTS_LINE_DUPLICATE', ['accounts', 'institution', 'lines', 1, 'costLine']],
    ]);
  });

  it('keeps coordinator spending equal to the coordinator lines, and within the grant', () => {
    expect(
      codes({ ...itemised, accounts: { ...itemised.accounts, coordinatorSpent: 50_000 } }),
    ).toEqual(['RP_COORDINATOR_LINES_MISMATCH']);
    const overspent = validateAnnualReport(itemised, {
      plan,
      statement,
      grant: { ...grant, coordinator: 40_000 },
    }).map((p) => p.code);
    expect(overspent).toEqual(['RP_COORDINATOR_OVERSPENT']);
  });

  it('asks for a coordinator account where coordinator funds were granted', () => {
    expect(codes({ ...itemised, coordinatorUse: '  ' })).toEqual(['RP_COORDINATOR_USE_MISSING']);
  });

  it('finds overspending, received ≠ granted and lines at once', () => {
    const owner = {
      received: 410_000,
      spent: 420_000,
      lines: [{ costLine: 'OTHER' as const, amount: 1 }],
    };
    expect(codes({ ...itemised, accounts: { ...itemised.accounts, owner } })).toEqual([
      'RP_ACCOUNTS_RECEIVED_MISMATCH',
      'RP_ACCOUNTS_OVERSPENT',
      'RP_ACCOUNTS_LINES_MISMATCH',
      'RP_COORDINATOR_LINES_MISMATCH',
    ]);
  });

  it('refuses a grant year that has not begun', () => {
    expect(codes(itemised, `${year - 1}-12-31`)).toEqual(['RP_YEAR_NOT_STARTED']);
    expect(codes(itemised, `${year}-01-01`)).toEqual([]);
  });

  it('wants each measure described, and a reason where it was not carried out', () => {
    const measures = itemised.measures.map((m, k) =>
      k === 0 ? { ...m, carriedOut: false, description: '' } : m,
    );
    const problems = validateAnnualReport({ ...itemised, measures }, { plan, statement, grant });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['RP_REQUIRED_PART_MISSING', ['measures', 0, 'description']],
    ]);
    expect(problems[0]!.message.en).toContain('must say why');
  });

  it('finds goals and measures reported twice', () => {
    const twice: AnnualReport = {
      ...itemised,
      measures: [...itemised.measures, itemised.measures[0]!],
      goals: [...itemised.goals, itemised.goals[0]!],
    };
    expect(checkReportCoherence(twice, statement).map((p) => p.code)).toEqual([
      'RP_MEASURE_DUPLICATE',
      'RP_GOAL_DUPLICATE',
    ]);
  });

  it('accepts any split of spending over cost lines that adds up (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400_000 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }),
        (spent, weights) => {
          const w = weights.every((x) => x === 0) ? [1, 0, 0, 0, 0] : weights;
          const amounts = apportion(spent, w);
          const lines = (
            ['RELEASED_TIME', 'COURSES_AND_TEACHING', 'TRAVEL', 'MATERIALS', 'OTHER'] as const
          ).map((costLine, k) => ({ costLine, amount: amounts[k]! }));
          const owner = { received: 400_000, spent, lines };
          const report = {
            ...itemised,
            coordinatorUse: 'Ikke brukt ennå.',
            accounts: { ...itemised.accounts, owner, coordinatorSpent: 0 },
          };
          expect(codes(report)).toEqual([]);
          const off = { ...owner, spent: spent + 1 };
          expect(codes({ ...report, accounts: { ...report.accounts, owner: off } })).toContain(
            'RP_ACCOUNTS_LINES_MISMATCH',
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
