import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDecisionFrames } from '../decision/decision-frames.js';
import { generateDemoRound } from '../demo/demo-round.js';
import { NORDLAND_LIKE_EXAMPLE_PLAN } from '../plan/plans/nordland-like-example.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import {
  adjustAllocation,
  adjustAllocationLine,
  type AdjustedAllocation,
  type LineAdjustment,
} from './adjusted-result.js';
import { allocate } from './allocate.js';
import type { AllocationInput } from './allocation.types.js';

const roundArbitrary = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  statements: fc.integer({ min: 1, max: 30 }),
  frameFactor: fc.double({ min: 0.1, max: 1.6, noNaN: true }),
  cutRule: fc.constantFrom('proportional', 'constrained-equal-awards', 'constrained-equal-losses'),
  minFundedShare: fc.constantFrom(0, 0.5),
  nordland: fc.boolean(),
});

/** An adviser's try: a statement, an amount as a share of its request, and whether to override. */
const changeArbitrary = fc.record({
  pick: fc.nat(),
  share: fc.oneof(fc.double({ min: 0, max: 1.2, noNaN: true }), fc.constantFrom(0, 1)),
  plusKroner: fc.integer({ min: -2, max: 2 }),
  override: fc.boolean(),
});

function inputFor(p: RoundParams): AllocationInput {
  return generateDemoRound({
    seed: p.seed,
    statements: p.statements,
    plan: p.nordland ? NORDLAND_LIKE_EXAMPLE_PLAN : TROMS_PLAN_2026_2029,
    year: p.nordland ? 2026 : 2028,
    frame: Math.round(p.statements * 420_000 * p.frameFactor),
    scenario: { method: 'ranked', cutRule: p.cutRule, minFundedShare: p.minFundedShare },
  }).input;
}
type RoundParams = typeof roundArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Committed earlier per year (from the round's year on). */
function committedByYear(input: AllocationInput): Map<number, number> {
  const byYear = new Map<number, number>();
  for (const c of input.commitments) {
    if (c.year >= input.round.year) byYear.set(c.year, (byYear.get(c.year) ?? 0) + c.amount);
  }
  return byYear;
}

/** No year past its frame, exact sums, every breach overridden. */
function checkAdjusted(input: AllocationInput, adjusted: AdjustedAllocation): void {
  const { result } = adjusted;
  const frame = input.round.frame;
  const committed = committedByYear(input);
  expect(adjusted.problems).toEqual([]);
  expect(adjusted.pastFrame).toEqual([]);
  const byYear = new Map<number, number>();
  for (const s of result.statements) {
    let all = 0;
    for (const y of s.granted.perYear) {
      expect(Number.isSafeInteger(y.amount)).toBe(true);
      expect(y.owner + y.institution).toBe(y.amount);
      byYear.set(y.year, (byYear.get(y.year) ?? 0) + y.amount);
      all += y.amount;
    }
    if (s.granted.perYear.length > 0) expect(all).toBe(s.granted.allYears);
    expect(s.granted.thisYear).toBeLessThanOrEqual(s.requested.thisYear);
  }
  for (const [year, added] of byYear) {
    const before = committed.get(year) ?? 0;
    if (added > 0) expect(before + added).toBeLessThanOrEqual(frame);
  }
  const grantedNew = result.statements.reduce((sum, s) => sum + s.granted.thisYear, 0);
  expect(result.totals.grantedNew).toBe(grantedNew);
  expect(result.totals.used).toBe(result.totals.committedEarlier + grantedNew);
  expect(result.totals.leftover).toBe(Math.max(0, frame - result.totals.used));
  expect(result.report.leftover.amount).toBe(Math.max(0, frame - result.totals.used));
  for (const b of adjusted.breaches) expect(b.overrides.length).toBeGreaterThan(0);
  // The decisions made from it keep every year within its frame too.
  const grants = result.statements.map((s) => ({
    needsStatementId: s.id,
    perYear: s.granted.perYear,
  }));
  expect(checkDecisionFrames(input.round, input.commitments, grants)).toEqual([]);
}

describe('no path exceeds the frame (random rounds and adjustments)', () => {
  it('engine, any sequence of adjustments and overrides, and the decisions from them', async () => {
    await fc.assert(
      fc.asyncProperty(
        roundArbitrary,
        fc.array(changeArbitrary, { minLength: 1, maxLength: 12 }),
        async (p, tries) => {
          const input = inputFor(p);
          const engine = await allocate(input);
          let current: LineAdjustment[] = [];
          checkAdjusted(input, adjustAllocation(input, engine, current));
          for (const t of tries) {
            const s = engine.statements[t.pick % engine.statements.length]!;
            const amount = Math.max(0, Math.round(s.requested.thisYear * t.share) + t.plusKroner);
            const change: LineAdjustment = {
              needsStatementId: s.id,
              grantedThisYear: amount,
              reason: 'Kjent behov i kommunen',
            };
            let outcome = adjustAllocationLine(input, engine, current, change);
            // The adviser overrides what the change breaks, with a reason, when told to.
            if (
              t.override &&
              outcome.problems.length > 0 &&
              outcome.problems.every((x) => x.code === 'ADJUSTMENT_OVERRIDE_REQUIRED')
            ) {
              change.override = {
                constraintIds: outcome.requiredOverrides,
                reason: 'Forumets ønske',
              };
              outcome = adjustAllocationLine(input, engine, current, change);
              expect(outcome.problems).toEqual([]);
            }
            if (outcome.problems.length > 0) {
              // Refused: a change past a frame is never acceptable, whatever the override.
              if (outcome.pastFrame.length > 0) {
                expect(outcome.problems.map((x) => x.code)).toContain('ADJUSTMENT_PAST_FRAME');
              }
              continue;
            }
            current = [...current.filter((a) => a.needsStatementId !== s.id), change];
            const adjusted = adjustAllocation(input, engine, current);
            checkAdjusted(input, adjusted);
            // The set's view agrees with the change's.
            expect(adjusted.result.totals).toEqual(outcome.result.totals);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a decision that would pass a frame is refused, by one krone', async () => {
    await fc.assert(
      fc.asyncProperty(roundArbitrary, async (p) => {
        const input = inputFor(p);
        const engine = await allocate(input);
        const committed = committedByYear(input).get(input.round.year) ?? 0;
        const grants = engine.statements.map((s) => ({
          needsStatementId: s.id,
          perYear: s.granted.perYear,
        }));
        expect(checkDecisionFrames(input.round, input.commitments, grants)).toEqual([]);
        const room = input.round.frame - committed - engine.totals.grantedNew;
        const extra = {
          needsStatementId: 'extra',
          perYear: [{ year: input.round.year, amount: Math.max(1, room + 1) }],
        };
        expect(
          checkDecisionFrames(input.round, input.commitments, [...grants, extra]).map(
            (x) => x.code,
          ),
        ).toEqual(['DECISION_PAST_FRAME']);
      }),
      { numRuns: 40 },
    );
  });
});
