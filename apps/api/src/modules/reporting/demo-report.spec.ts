import {
  generateDemoRound,
  resolvePlanVersion,
  TROMS_PLAN_2026_2029,
  validateAnnualReport,
} from '@kompetansemidler/domain';
import { describe, expect, it } from 'vitest';
import type { PerYearGrant } from '../scenario/scenario-line.entity.js';
import { buildDemoReport } from './demo-report.js';
import { ReportParty } from './accounts-line.entity.js';

const plan = resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1');
const statements = generateDemoRound({ seed: 7, statements: 12 }).needsStatements;

describe('demo reports', () => {
  it('pass the reporting rules for every granted year, with sums that match their lines', () => {
    let checked = 0;
    statements.forEach((ds, k) => {
      const perYear: PerYearGrant[] = ds.budget.map((b, i) => ({
        year: b.year,
        amount: b.owner + b.institution,
        owner: b.owner,
        institution: b.institution,
        coordinator: k % 3 === 0 ? Math.min(40_000, b.owner) : 0,
        subjectToAppropriation: i > 0,
      }));
      const statement = {
        longTermGoals: ds.goals.longTerm,
        subGoals: ds.goals.subGoals,
        measures: ds.measures,
      };
      for (const y of perYear) {
        const demo = buildDemoReport(perYear, statement, y.year, 1000 + k)!;
        const lines = (party: ReportParty) =>
          demo.lines
            .filter((l) => l.party === party)
            .map((l) => ({ costLine: l.costLine, amount: l.amount }));
        const problems = validateAnnualReport(
          {
            id: `demo-${k}`,
            needsStatementId: ds.id,
            year: y.year,
            measures: demo.measures,
            goals: demo.goals,
            useOfFunds: demo.useOfFunds,
            coordinatorUse: demo.coordinatorUse,
            accounts: {
              owner: {
                received: demo.receivedOwner,
                spent: demo.spentOwner,
                lines: lines(ReportParty.OWNER),
              },
              institution: {
                received: demo.receivedInstitution,
                spent: demo.spentInstitution,
                lines: lines(ReportParty.INSTITUTION),
              },
              coordinatorSpent: demo.coordinatorSpent,
            },
          },
          {
            plan,
            statement: ds,
            grant: {
              year: y.year,
              owner: y.owner,
              institution: y.institution,
              coordinator: y.coordinator,
            },
          },
        );
        expect(problems).toEqual([]);
        expect(demo.spentOwner).toBeLessThanOrEqual(y.owner);
        expect(demo.spentOwner).toBeGreaterThanOrEqual(Math.floor(y.owner * 0.85));
        checked += 1;
      }
    });
    expect(checked).toBeGreaterThan(12);
  });

  it('is the same for the same seed, and null for a year without a grant', () => {
    const ds = statements[0]!;
    const perYear: PerYearGrant[] = [
      {
        year: 2026,
        amount: 500_000,
        owner: 300_000,
        institution: 200_000,
        coordinator: 0,
        subjectToAppropriation: false,
      },
      {
        year: 2027,
        amount: 0,
        owner: 0,
        institution: 0,
        coordinator: 0,
        subjectToAppropriation: true,
      },
    ];
    const statement = {
      longTermGoals: ds.goals.longTerm,
      subGoals: ds.goals.subGoals,
      measures: ds.measures,
    };
    expect(buildDemoReport(perYear, statement, 2026, 5)).toEqual(
      buildDemoReport(perYear, statement, 2026, 5),
    );
    expect(buildDemoReport(perYear, statement, 2027, 5)).toBeNull();
    expect(buildDemoReport(perYear, statement, 2030, 5)).toBeNull();
  });
});
