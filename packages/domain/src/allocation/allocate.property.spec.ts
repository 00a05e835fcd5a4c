import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../common/canonical-json.js';
import { generateDemoRound } from '../demo/demo-round.js';
import { createPrng } from '../demo/prng.js';
import { earlierYearsOfWork } from '../needs-statement/history.js';
import { NORDLAND_LIKE_EXAMPLE_PLAN } from '../plan/plans/nordland-like-example.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import { allocate } from './allocate.js';
import type { AllocationInput, AllocationResult } from './allocation.types.js';
import { sharedHighsSolver } from './highs-solver.js';

const roundArbitrary = (methods: string[]) =>
  fc.record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    statements: fc.integer({ min: 1, max: 40 }),
    frameFactor: fc.double({ min: 0.1, max: 1.6, noNaN: true }),
    method: fc.constantFrom(...methods),
    cutRule: fc.constantFrom(
      'proportional',
      'constrained-equal-awards',
      'constrained-equal-losses',
    ),
    minFundedShare: fc.constantFrom(0, 0.3, 0.5, 1),
    tolerance: fc.constantFrom(undefined, 0, 2, 10),
    nordland: fc.boolean(),
    themeOnly: fc.boolean(),
  });

type RoundParams = ReturnType<typeof roundArbitrary> extends fc.Arbitrary<infer T> ? T : never;

const INDICATOR_IDS = [
  ...TROMS_PLAN_2026_2029.versions[0]!.rules.indicators,
  ...NORDLAND_LIKE_EXAMPLE_PLAN.versions[0]!.rules.indicators,
].map((i) => i.id);

function inputFor(p: RoundParams): AllocationInput {
  const demo = generateDemoRound({
    seed: p.seed,
    statements: p.statements,
    plan: p.nordland ? NORDLAND_LIKE_EXAMPLE_PLAN : TROMS_PLAN_2026_2029,
    year: p.nordland ? 2026 : 2028,
    frame: Math.round(p.statements * 420_000 * p.frameFactor),
    scenario: {
      method: p.method,
      cutRule: p.cutRule,
      minFundedShare: p.minFundedShare,
      tolerancePercentagePoints: p.tolerance,
      // Theme only: many ties, which exercises the cut rules.
      indicatorWeights: p.themeOnly
        ? Object.fromEntries(INDICATOR_IDS.map((id) => [id, 0]))
        : undefined,
    },
  });
  return demo.input;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const prng = createPrng(seed);
  const copy = [...items];
  for (let k = copy.length - 1; k > 0; k--) {
    const j = prng.int(0, k);
    [copy[k], copy[j]] = [copy[j] as T, copy[k] as T];
  }
  return copy;
}

function checkInvariants(input: AllocationInput, result: AllocationResult): void {
  const { totals, report } = result;
  // Never over the frame (earlier commitments alone may exceed it; then nothing new is granted).
  if (totals.committedEarlier <= totals.frame)
    expect(totals.used).toBeLessThanOrEqual(totals.frame);
  else expect(totals.grantedNew).toBe(0);
  // Exact sums.
  expect(result.statements.reduce((sum, s) => sum + s.granted.thisYear, 0)).toBe(totals.grantedNew);
  expect(totals.used).toBe(totals.committedEarlier + totals.grantedNew);
  const byId = new Map(input.candidates.map((c) => [c.id, c]));
  for (const s of result.statements) {
    const c = byId.get(s.id)!;
    for (const y of s.granted.perYear) {
      expect(Number.isSafeInteger(y.amount)).toBe(true);
      expect(y.owner + y.institution).toBe(y.amount);
      // No statement gets more than it asked for, in any year or part.
      const asked = c.budget.find((b) => b.year === y.year)!;
      expect(y.amount).toBeLessThanOrEqual(asked.total);
      expect(y.coordinator).toBeLessThanOrEqual(asked.coordinator);
    }
    if (s.granted.thisYear > 0) {
      // The work limit holds, counting earlier years.
      const limit = 4;
      const max = input.plan.id.startsWith('troms') ? limit : 3;
      expect(
        earlierYearsOfWork(input.history, c.workId, input.round.year).length + c.durationYears,
      ).toBeLessThanOrEqual(max);
      // Nothing below the smallest share worth funding.
      expect(s.granted.thisYear).toBeGreaterThanOrEqual(
        Math.ceil(s.requested.thisYear * input.scenario.minFundedShare - 1e-9),
      );
    }
    expect(s.flags.reduced).toBe(
      s.granted.thisYear > 0 && s.granted.thisYear < s.requested.thisYear,
    );
    expect(s.explanation.nb.length).toBeGreaterThan(0);
    expect(s.explanation.en.length).toBeGreaterThan(0);
  }
  // Caps hold whenever demand allows; when earlier commitments alone break one, nothing new is added.
  for (const lock of report.locks) {
    if (lock.committed <= lock.cap) expect(lock.withinCap).toBe(true);
    else expect(lock.grantedNew).toBe(0);
  }
  if (report.coordinator.committed <= report.coordinator.cap)
    expect(report.coordinator.withinCap).toBe(true);
  for (const sector of report.sectors) {
    expect(sector.total).toBeLessThanOrEqual(
      Math.max(sector.effectiveBand.upper, sector.committed),
    );
    // The band moves only with a stated reason, and an unmet lower band is explained.
    if (
      sector.effectiveBand.upper > sector.band.upper ||
      sector.effectiveBand.lower < sector.band.lower
    ) {
      expect(sector.notes.length).toBeGreaterThan(0);
    }
    if (sector.total < sector.effectiveBand.lower) expect(sector.notes.length).toBeGreaterThan(0);
    if (!sector.withinBand) expect(sector.notes.length).toBeGreaterThan(0);
  }
  // Funds left over come with their reasons.
  if (report.leftover.amount > 0) expect(report.leftover.reasons.length).toBeGreaterThan(0);
  expect(result.method.objective).toBeGreaterThanOrEqual(result.method.rankedObjective);
}

describe('allocation engine invariants (random rounds)', () => {
  it('ranked: frame, exact sums, requests, caps, bands, work limit, min share', async () => {
    await fc.assert(
      fc.asyncProperty(roundArbitrary(['ranked']), async (p) => {
        const input = inputFor(p);
        checkInvariants(input, await allocate(input));
      }),
      { numRuns: 120 },
    );
  });

  it('ranked: respects priority order within a sector', async () => {
    await fc.assert(
      fc.asyncProperty(roundArbitrary(['ranked']), async (p) => {
        const input = inputFor(p);
        const result = await allocate(input);
        for (const sector of new Set(result.statements.map((s) => s.sector))) {
          const ranked = result.statements
            .filter((s) => s.sector === sector && s.rank)
            .sort((a, b) => a.rank!.inSector - b.rank!.inSector);
          ranked.forEach((higher, k) => {
            if (higher.granted.thisYear >= higher.requested.thisYear) return;
            for (const lower of ranked.slice(k + 1)) {
              if (
                lower.granted.thisYear === 0 ||
                lower.priority.tier.position === higher.priority.tier.position
              )
                continue;
              // A lower priority got funds while a higher one did not get all: the higher one is held
              // back by something the lower does not share.
              // … or its sector's band: where the greedy fill cannot meet every lower band or
              // leaves funds between the caps, the solver's placement may trade within a band.
              const kinds = higher.binding.map((b) => b.kind);
              expect(
                kinds.some((x) =>
                  [
                    'LOCK_CAP',
                    'FUTURE_FRAME',
                    'COORDINATOR_CAP',
                    'MIN_SHARE',
                    'SECTOR_UPPER',
                  ].includes(x),
                ),
              ).toBe(true);
            }
          });
        }
      }),
      { numRuns: 120 },
    );
  });

  it('is deterministic and independent of input order', async () => {
    await fc.assert(
      fc.asyncProperty(
        roundArbitrary(['ranked', 'optimal']),
        fc.integer(),
        async (p, shuffleSeed) => {
          const input = inputFor(p);
          const reordered: AllocationInput = {
            ...structuredClone(input),
            candidates: shuffled(input.candidates, shuffleSeed),
            commitments: shuffled(input.commitments, shuffleSeed + 1),
            history: {
              works: shuffled(input.history.works, shuffleSeed + 2),
              owners: shuffled(input.history.owners, shuffleSeed + 3),
            },
          };
          const a = await allocate(input);
          const b = await allocate(reordered);
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
          expect(toCanonicalJson(JSON.parse(JSON.stringify(a)))).toBe(toCanonicalJson(a));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('optimal: all invariants hold and its objective is never below the ranked one', async () => {
    const solver = await sharedHighsSolver();
    await fc.assert(
      fc.asyncProperty(roundArbitrary(['optimal']), async (p) => {
        const input = inputFor(p);
        const result = await allocate(input, { solver });
        checkInvariants(input, result);
        if (result.statements.some((s) => s.rank)) expect(result.method.solver).not.toBeNull();
      }),
      { numRuns: 40 },
    );
  });
});
