import { describe, expect, it } from 'vitest';
import { allocate } from '../../allocation/allocate.js';
import { generateDemoRound } from '../../demo/demo-round.js';
import { validateNeedsStatement } from '../../needs-statement/validate-needs-statement.js';
import { calendarForRound } from '../calendar.js';
import { parseCountyPlan } from '../parse-county-plan.js';
import { planVersionInForce } from '../plan-version.js';
import { OSLO_VIKEN_LIKE_EXAMPLE_PLAN } from './oslo-viken-like-example.js';

describe('the Oslo og Viken-like example plan (invented)', () => {
  const plan = planVersionInForce(OSLO_VIKEN_LIKE_EXAMPLE_PLAN, '2027-03-01');

  it('parses without problems and is marked as an example', () => {
    expect(parseCountyPlan(OSLO_VIKEN_LIKE_EXAMPLE_PLAN)).toMatchObject({ ok: true });
    expect(OSLO_VIKEN_LIKE_EXAMPLE_PLAN.example).toBe(true);
  });

  it('differs from Troms in the knobs counties differ in', () => {
    expect(plan.rules.sectorSplit).toMatchObject({ kind: 'FIXED_SHARES' });
    expect(plan.rules.lockCaps.caps).toEqual([{ durationYears: 3, maxPercent: 40 }]);
    expect(plan.rules.durations).toMatchObject({ maxYears: 3, maxYearsPerWork: 3 });
    expect(plan.rules.newcomers.yearsAwayCountsAsLongWhile).toBe(2);
    expect(plan.rules.partnership.leadOwnerAllowed).toBe(true);
    expect(plan.rules.ownShare.kind).toBe('DESCRIBED');
    expect(plan.rules.needsStatement.requiredParts).not.toContain('SAMI_PERSPECTIVES');
  });

  it('accepts a statement that leaves Sámi perspectives blank', () => {
    const demo = generateDemoRound({ seed: 3, statements: 1, plan: OSLO_VIKEN_LIKE_EXAMPLE_PLAN });
    const statement = { ...demo.needsStatements[0]!, samiPerspectives: '' };
    const codes = validateNeedsStatement(statement, { plan }).map((p) => p.code);
    expect(codes).not.toContain('NS_REQUIRED_PART_MISSING');
  });

  it('runs through the engine and the calendar', async () => {
    const demo = generateDemoRound({
      seed: 11,
      statements: 40,
      plan: OSLO_VIKEN_LIKE_EXAMPLE_PLAN,
      year: 2027,
    });
    const result = await allocate(demo.input);
    expect(result.totals.grantedNew).toBeGreaterThan(0);
    expect(result.totals.grantedNew).toBeLessThanOrEqual(demo.input.round.frame);
    expect(calendarForRound(plan.rules, 2027).map((m) => m.id)).toContain('submission-deadline');
  });
});
