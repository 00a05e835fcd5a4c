import fc from 'fast-check';
import type { Highs } from 'highs';
import { describe, expect, it } from 'vitest';
import type { Sector } from '../plan/sector.js';
import { allocate } from './allocate.js';
import type {
  AllocationCandidate,
  AllocationInput,
  AllocationResult,
  SamiLevel,
} from './allocation.types.js';
import { tromsInput } from './allocation.test-helpers.js';
import { proportionalCut } from './cut-rules.js';
import { sharedHighsSolver } from './highs-solver.js';
import { prepareRound } from './prepare-round.js';

const SECTORS: Sector[] = ['KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD'];
const THEMES: Record<Sector, string[]> = {
  KINDERGARTEN: ['kg-safe-environment', 'kg-life-skills', 'kg-sami'],
  SCHOOL: ['school-safe-environment', 'school-practical', 'school-ito'],
  TEAM_AROUND_CHILD: ['tac-safe-environments', 'tac-inclusion'],
};

const statementArbitrary = fc.record({
  sector: fc.constantFrom(...SECTORS),
  /** 0-based theme position; 3 = outside the themes. */
  theme: fc.integer({ min: 0, max: 3 }),
  duration: fc.constantFrom(1, 2, 2, 3, 3),
  /** Thousands of kroner this year; later years a share of it. */
  perYear: fc.integer({ min: 50, max: 2500 }),
  laterPercent: fc.integer({ min: 30, max: 100 }),
  coordinator: fc.constantFrom(0, 0, 0, 10),
  newcomer: fc.boolean(),
  sami: fc.constantFrom<SamiLevel | undefined>(undefined, 'NONE', 'SOME', 'STRONG'),
  ito: fc.integer({ min: 0, max: 100 }),
});

/** Rounds where most statements are multi-year, so the lock caps bind across the sectors. */
const roundArbitrary = fc.record({
  statements: fc.array(statementArbitrary, { minLength: 2, maxLength: 28 }),
  frameThousands: fc.integer({ min: 2_000, max: 30_000 }),
  tolerance: fc.constantFrom(undefined, 0, 2, 5),
  cutRule: fc.constantFrom('proportional', 'constrained-equal-awards', 'constrained-equal-losses'),
  marginalTier: fc.constantFrom('cut-rule' as const, 'indicators' as const),
  minFundedShare: fc.constantFrom(0, 0, 0.5),
});
type RoundParams = typeof roundArbitrary extends fc.Arbitrary<infer T> ? T : never;

function inputFor(p: RoundParams): AllocationInput {
  const candidates: AllocationCandidate[] = p.statements.map((s, k) => {
    const id = `s${String(k).padStart(3, '0')}`;
    const first = s.perYear * 1000;
    const later = Math.round((first * s.laterPercent) / 100 / 1000) * 1000;
    const coordinator = (amount: number) => Math.round((amount * s.coordinator) / 100);
    return {
      id,
      partnershipId: `p-${id}`,
      workId: `w-${id}`,
      sector: s.sector,
      themeId: THEMES[s.sector][s.theme] ?? '',
      durationYears: s.duration,
      budget: Array.from({ length: s.duration }, (_, y) => {
        const total = y === 0 ? first : later;
        const owner = Math.round(total * 0.6);
        return {
          year: 2026 + y,
          owner,
          institution: total - owner,
          total,
          coordinator: coordinator(total),
        };
      }),
      owners: [{ orgnr: `9${String(k).padStart(8, '0')}`, ownership: 'PUBLIC' }],
      institution: { orgnr: '970422528', name: 'UiT', kind: 'UNIVERSITY' },
      indicators: { 'ito-pupils': s.ito, 'kindergarten-dispensations': 100 - s.ito },
      ...(s.sami ? { samiAssessment: { level: s.sami, reason: 'Vurdert i test.' } } : {}),
    };
  });
  const input = tromsInput(candidates, p.frameThousands * 1000, {
    cutRule: p.cutRule,
    marginalTier: p.marginalTier,
    minFundedShare: p.minFundedShare,
    tolerancePercentagePoints: p.tolerance,
  });
  // Owners that took part in 2025 are not newcomers in 2026.
  input.history = {
    works: [],
    owners: p.statements.flatMap((s, k) =>
      s.newcomer ? [] : [{ orgnr: `9${String(k).padStart(8, '0')}`, participationYears: [2025] }],
    ),
  };
  return input;
}

/**
 * Whether an allocation exists that meets every lower band and keeps every upper bound and cap, as
 * HiGHS sees the plan's rows (one variable per eligible statement: its grant this year, 0..request).
 */
function bandsFeasible(highs: Highs, input: AllocationInput): boolean {
  const round = prepareRound(input, proportionalCut);
  const vars = round.candidates.filter((c) => c.eligible);
  if (vars.length === 0) return true;
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const c of vars) {
    const entries = c.rows.map((r, k) => [r, (c.nums[k] ?? 0) / c.req0] as const);
    entries.sort((a, b) => a[0] - b[0]);
    for (const [r, v] of entries) {
      indices.push(r);
      values.push(v);
    }
    starts.push(indices.length);
  }
  const numRows = round.rows.length;
  const model = highs.createModel({
    numCols: vars.length,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: vars.map(() => 0),
    colLower: vars.map(() => 0),
    // A krone of margin per statement and row: the ledger rounds later years' amounts down.
    colUpper: vars.map((c) => c.req0),
    rowLower: round.rows.map((row) => (row.lower > 0 ? row.lower : -highs.infinity)),
    rowUpper: round.rows.map((row) => Math.max(0, row.upper - vars.length)),
    matrix: { format: 'csc', numRows, numCols: vars.length, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false, random_seed: 0 });
    const run = model.run();
    return run.modelStatus === highs.constants.modelStatus.optimal;
  } finally {
    model.dispose();
  }
}

const themeOrder = (s: AllocationResult['statements'][number]) =>
  s.priority.theme.rank ?? Number.POSITIVE_INFINITY;

describe('ranked method: the plan’s order, bands and caps (random rounds)', () => {
  it('meets every lower band and keeps every cap whenever the solver finds that possible', async () => {
    const highs = await sharedHighsSolver();
    let feasibleSeen = 0;
    await fc.assert(
      fc.asyncProperty(roundArbitrary, async (p) => {
        const input = inputFor({ ...p, minFundedShare: 0 });
        const result = await allocate(input);
        // No path past the frame, and every cap holds.
        expect(result.totals.used).toBeLessThanOrEqual(result.totals.frame);
        for (const lock of result.report.locks) expect(lock.withinCap).toBe(true);
        for (const later of result.report.laterYears)
          expect(later.total).toBeLessThanOrEqual(later.assumedFrame);
        if (!bandsFeasible(highs, input)) return;
        feasibleSeen += 1;
        for (const sector of result.report.sectors) {
          expect(
            sector.total,
            `${sector.sector} below its lower band ${sector.effectiveBand.lower}`,
          ).toBeGreaterThanOrEqual(sector.effectiveBand.lower);
          expect(sector.total).toBeLessThanOrEqual(sector.effectiveBand.upper);
        }
      }),
      { numRuns: 300 },
    );
    expect(feasibleSeen).toBeGreaterThan(50);
  });

  it('leaves no money unused that the optimal method places (rule 1: the rest flows on)', async () => {
    const solver = await sharedHighsSolver();
    await fc.assert(
      fc.asyncProperty(roundArbitrary, async (p) => {
        const input = inputFor({ ...p, minFundedShare: 0 });
        const ranked = await allocate(input, { solver });
        const optimal = await allocate(
          { ...input, scenario: { ...input.scenario, method: 'optimal' } },
          { solver },
        );
        // Within whole-kroner rounding: a krone per statement, or 0.01 % of the frame where later
        // years' amounts (rounded down per statement) share a cap.
        const rounding = Math.max(input.candidates.length, Math.floor(input.round.frame / 10_000));
        expect(ranked.totals.used).toBeGreaterThanOrEqual(optimal.totals.used - rounding);
      }),
      { numRuns: 80 },
    );
  });

  it('never funds a better theme rank below a worse one in a sector unless a named cap or band binds', async () => {
    await fc.assert(
      fc.asyncProperty(roundArbitrary, async (p) => {
        const result = await allocate(inputFor(p));
        for (const sector of SECTORS) {
          const ranked = result.statements.filter((s) => s.sector === sector && s.rank);
          for (const better of ranked) {
            for (const worse of ranked) {
              if (themeOrder(better) >= themeOrder(worse)) continue;
              if (better.fundedPercent >= worse.fundedPercent) continue;
              const kinds = better.binding.map((b) => b.kind);
              expect(
                kinds.some((k) =>
                  [
                    'LOCK_CAP',
                    'FUTURE_FRAME',
                    'COORDINATOR_CAP',
                    'MIN_SHARE',
                    'SECTOR_UPPER',
                  ].includes(k),
                ),
                `${better.id} (theme ${better.priority.theme.rank}) ${better.fundedPercent} % below ${worse.id} (theme ${worse.priority.theme.rank}) ${worse.fundedPercent} %: ${kinds.join(', ')}`,
              ).toBe(true);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the three cut rules differ whenever the tier at the budget line has two or more members', async () => {
    let marginalSeen = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          // One sector, one class: every statement in one tier, asking different amounts.
          amounts: fc.uniqueArray(fc.integer({ min: 100, max: 2000 }), {
            minLength: 2,
            maxLength: 8,
          }),
          sector: fc.constantFrom(...SECTORS),
          frameShare: fc.integer({ min: 20, max: 95 }),
        }),
        async ({ amounts, sector, frameShare }) => {
          const demand = amounts.reduce((a, b) => a + b, 0) * 1000;
          const candidates: AllocationCandidate[] = amounts.map((a, k) => ({
            id: `t${k}`,
            partnershipId: `p${k}`,
            workId: `w${k}`,
            sector,
            themeId: THEMES[sector][0] ?? '',
            durationYears: 1,
            budget: [
              { year: 2026, owner: a * 600, institution: a * 400, total: a * 1000, coordinator: 0 },
            ],
            owners: [{ orgnr: `9${String(k).padStart(8, '0')}`, ownership: 'PUBLIC' }],
            institution: { orgnr: '970422528', name: 'UiT', kind: 'UNIVERSITY' },
          }));
          const frame = Math.round((demand * frameShare) / 100);
          const run = (cutRule: string) =>
            allocate({ ...tromsInput(candidates, frame, { cutRule }) });
          const [proportional, awards, losses] = await Promise.all([
            run('proportional'),
            run('constrained-equal-awards'),
            run('constrained-equal-losses'),
          ]);
          const marginal = proportional.statements.filter(
            (s) => s.priority.tier.resolvedBy === 'CUT_RULE',
          );
          if (marginal.length < 2) return;
          marginalSeen += 1;
          const grants = (r: AllocationResult) => r.statements.map((s) => s.granted.thisYear);
          expect(grants(proportional)).not.toEqual(grants(awards));
          expect(grants(proportional)).not.toEqual(grants(losses));
          expect(grants(awards)).not.toEqual(grants(losses));
          for (const s of marginal) expect(s.priority.tier.members).toBeGreaterThanOrEqual(2);
        },
      ),
      { numRuns: 150 },
    );
    expect(marginalSeen).toBeGreaterThan(50);
  });
});
