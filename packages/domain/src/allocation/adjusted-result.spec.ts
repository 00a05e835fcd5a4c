import { beforeAll, describe, expect, it } from 'vitest';
import { adjustAllocation, adjustAllocationLine, type LineAdjustment } from './adjusted-result.js';
import { allocate } from './allocate.js';
import { candidate, tromsInput } from './allocation.test-helpers.js';
import type { AllocationCandidate, AllocationInput, AllocationResult } from './allocation.types.js';

// Frame 10 000 000 kr: bands kindergarten and school 3 000 000–4 000 000, team around the child
// 2 500 000–3 500 000; 2-year cap 2 000 000 a year; coordinator cap 1 000 000. The engine gives
// k1 2 600 000, k2 1 000 000, s1 2 600 000, s2 1 000 000, t1 2 800 000: the whole frame.
const input = tromsInput(
  [
    candidate('k1', 'KINDERGARTEN', 3_000_000),
    candidate('k2', 'KINDERGARTEN', 1_500_000, { duration: 2 }),
    candidate('s1', 'SCHOOL', 3_000_000),
    candidate('s2', 'SCHOOL', 1_500_000, { duration: 2 }),
    candidate('t1', 'TEAM_AROUND_CHILD', 3_000_000),
    { ...candidate('x1', 'SCHOOL', 500_000), durationYears: 5 },
  ],
  10_000_000,
);
let engine: AllocationResult;

beforeAll(async () => {
  engine = await allocate(input);
});

const grantOf = (result: AllocationResult, id: string) =>
  result.statements.find((s) => s.id === id)!.granted;

const reduceT1: LineAdjustment = {
  needsStatementId: 't1',
  grantedThisYear: 2_500_000,
  reason: 'Kjent mindre behov i kommunen',
};

describe('adjustAllocation', () => {
  it('starts from the engine’s result', () => {
    expect(engine.statements.map((s) => [s.id, s.granted.thisYear])).toEqual([
      ['k1', 2_600_000],
      ['k2', 1_000_000],
      ['s1', 2_600_000],
      ['s2', 1_000_000],
      ['t1', 2_800_000],
      ['x1', 0],
    ]);
    expect(engine.totals.leftover).toBe(0);
  });

  it('gives new totals, leftover, sector report and the adviser’s reason at once', () => {
    const adjusted = adjustAllocation(input, engine, [reduceT1]);
    expect(adjusted.problems).toEqual([]);
    const { totals, report } = adjusted.result;
    expect(totals).toMatchObject({ grantedNew: 9_700_000, used: 9_700_000, leftover: 300_000 });
    expect(adjusted.result.statements.reduce((sum, s) => sum + s.granted.thisYear, 0)).toBe(
      totals.grantedNew,
    );
    expect(report.sectors.find((s) => s.sector === 'TEAM_AROUND_CHILD')).toMatchObject({
      grantedNew: 2_500_000,
      total: 2_500_000,
    });
    expect(report.leftover.amount).toBe(300_000);
    expect(report.leftover.reasons.map((r) => r.code)).toContain('ADJUSTED');
    const t1 = adjusted.result.statements.find((s) => s.id === 't1')!;
    expect(t1).toMatchObject({ status: 'REDUCED', fundedPercent: 83.33 });
    expect(t1.explanation.nb).toContain(
      'Statsforvalteren har justert tildelingen for 2026 fra 2 800 000 kr til 2 500 000 kr. Begrunnelse: Kjent mindre behov i kommunen.',
    );
    expect(adjusted.breaches).toEqual([]);
    expect(adjusted.adjustments).toEqual([
      expect.objectContaining({
        needsStatementId: 't1',
        engineGrantedThisYear: 2_800_000,
        grantedThisYear: 2_500_000,
        breaks: [],
        override: null,
      }),
    ]);
  });

  it('grants every year of an adjusted statement from its request, as the engine would', () => {
    const adjusted = adjustAllocation(input, engine, [
      reduceT1,
      {
        needsStatementId: 's2',
        grantedThisYear: 1_300_000,
        reason: 'Prioritert av forumet',
        override: { constraintIds: ['LOCK:2:2026', 'LOCK:2:2027'], reason: 'Forumets innstilling' },
      },
    ]);
    expect(adjusted.problems).toEqual([]);
    expect(grantOf(adjusted.result, 's2')).toEqual({
      thisYear: 1_300_000,
      allYears: 2_600_000,
      perYear: [
        expect.objectContaining({ year: 2026, amount: 1_300_000, owner: 780_000 }),
        expect.objectContaining({ year: 2027, amount: 1_300_000, subjectToAppropriation: true }),
      ],
    });
    const lock = adjusted.result.report.locks.find(
      (l) => l.durationYears === 2 && l.year === 2027,
    )!;
    expect(lock).toMatchObject({ total: 2_300_000, withinCap: false });
    expect(adjusted.result.report.laterYears[0]).toMatchObject({ year: 2027, total: 2_300_000 });
  });

  it('is the same whatever order the adjustments come in', () => {
    const list: LineAdjustment[] = [
      reduceT1,
      { needsStatementId: 'k1', grantedThisYear: 2_000_000, reason: 'Mindre behov' },
      { needsStatementId: 's1', grantedThisYear: 2_900_000, reason: 'Større behov' },
    ];
    expect(adjustAllocation(input, engine, [...list].reverse())).toEqual(
      adjustAllocation(input, engine, list),
    );
  });

  it('reports a set that passes the frame, and a breach nobody overrode', () => {
    const adjusted = adjustAllocation(input, engine, [
      { needsStatementId: 'k2', grantedThisYear: 1_300_000, reason: 'Kjent behov i kommunen' },
    ]);
    expect(adjusted.pastFrame).toEqual([
      {
        year: 2026,
        frame: 10_000_000,
        assumed: false,
        committed: 0,
        total: 10_300_000,
        excess: 300_000,
      },
    ]);
    expect(adjusted.problems.map((p) => p.code)).toEqual([
      'ADJUSTMENT_PAST_FRAME',
      'ADJUSTMENT_OVERRIDE_REQUIRED',
      'ADJUSTMENT_OVERRIDE_REQUIRED',
    ]);
    expect(adjusted.problems[1]!.path).toEqual(['adjustments', 'k2', 'override']);
  });

  it('refuses amounts outside 0–request, grants to ineligible statements and unknown ones', () => {
    const adjusted = adjustAllocation(input, engine, [
      { needsStatementId: 'k1', grantedThisYear: 3_000_001, reason: 'For mye' },
      { needsStatementId: 'x1', grantedThisYear: 100_000, reason: 'Ikke aktuell' },
      { needsStatementId: 'nope', grantedThisYear: 0, reason: 'Finnes ikke' },
    ]);
    expect(adjusted.problems.map((p) => [p.code, p.path])).toEqual([
      ['ADJUSTMENT_AMOUNT_INVALID', ['adjustments', 'k1', 'grantedThisYear']],
      ['ADJUSTMENT_UNKNOWN_STATEMENT', ['adjustments', 'nope']],
      ['ADJUSTMENT_INELIGIBLE', ['adjustments', 'x1', 'grantedThisYear']],
    ]);
    // Nothing of them is applied.
    expect(adjusted.result.totals.grantedNew).toBe(engine.totals.grantedNew);
  });
});

describe('adjustAllocationLine', () => {
  it('refuses a change past the frame, and says how much the statement can have', () => {
    const outcome = adjustAllocationLine(input, engine, [], {
      needsStatementId: 's1',
      grantedThisYear: 2_600_001,
      reason: 'Kjent behov i kommunen',
    });
    expect(outcome.problems.map((p) => [p.code, p.path])).toEqual([
      ['ADJUSTMENT_PAST_FRAME', ['grantedThisYear']],
    ]);
    expect(outcome.maxWithinFrame).toBe(2_600_000);
    expect(outcome.problems[0]!.message.nb).toBe(
      'Ingen tildeling kan gå forbi rammen: 2026 ville fått 10 000 001 kr, 1 kr over rammen på 10 000 000 kr. Behovsmeldingen kan få høyst 2 600 000 kr i år uten å gå forbi rammen.',
    );
    const withRoom = adjustAllocationLine(input, engine, [reduceT1], {
      needsStatementId: 's1',
      grantedThisYear: 2_900_000,
      reason: 'Kjent behov i kommunen',
    });
    expect(withRoom.problems).toEqual([]);
    expect(withRoom.maxWithinFrame).toBe(2_900_000);
    expect(withRoom.result.totals.leftover).toBe(0);
  });

  it('refuses the issue’s case: a line the 2-year cap refused, set by hand past the frame', () => {
    const outcome = adjustAllocationLine(input, engine, [], {
      needsStatementId: 'k2',
      grantedThisYear: 1_300_000,
      reason: 'Kjent behov i kommunen',
      override: { constraintIds: ['LOCK:2:2026', 'LOCK:2:2027'], reason: 'Forumets innstilling' },
    });
    // An override breaks a cap, never the frame.
    expect(outcome.problems.map((p) => p.code)).toEqual(['ADJUSTMENT_PAST_FRAME']);
  });

  it('needs an override with a reason to break a lock cap, and then shows it as broken', () => {
    const change: LineAdjustment = {
      needsStatementId: 's2',
      grantedThisYear: 1_300_000,
      reason: 'Prioritert av forumet',
    };
    const refused = adjustAllocationLine(input, engine, [reduceT1], change);
    expect(refused.requiredOverrides).toEqual(['LOCK:2:2026', 'LOCK:2:2027']);
    expect(refused.problems.map((p) => [p.code, p.path])).toEqual([
      ['ADJUSTMENT_OVERRIDE_REQUIRED', ['override']],
    ]);
    expect(refused.problems[0]!.message.nb).toBe(
      'Endringen bryter taket for 2-årige prosjekter i 2026 og taket for 2-årige prosjekter i 2027. 2-årige prosjekter 2026: 2 300 000 kr bundet, 300 000 kr over taket på 2 000 000 kr. 2-årige prosjekter 2027: 2 300 000 kr bundet, 300 000 kr over taket på 2 000 000 kr. Overstyr grensen med en begrunnelse for å lagre endringen.',
    );

    const noReason = adjustAllocationLine(input, engine, [reduceT1], {
      ...change,
      override: { constraintIds: ['LOCK:2:2026', 'LOCK:2:2027'], reason: ' ' },
    });
    expect(noReason.problems.map((p) => [p.code, p.path])).toEqual([
      ['ADJUSTMENT_OVERRIDE_REASON_MISSING', ['override', 'reason']],
    ]);

    const accepted = adjustAllocationLine(input, engine, [reduceT1], {
      ...change,
      override: {
        constraintIds: ['LOCK:2:2027', 'LOCK:2:2026'],
        reason: 'Forumets innstilling',
      },
    });
    expect(accepted.problems).toEqual([]);
    expect(accepted.breaches.map((b) => [b.constraintId, b.kind, b.excess, b.overrides])).toEqual([
      [
        'LOCK:2:2026',
        'LOCK_CAP',
        300_000,
        [{ needsStatementId: 's2', reason: 'Forumets innstilling' }],
      ],
      [
        'LOCK:2:2027',
        'LOCK_CAP',
        300_000,
        [{ needsStatementId: 's2', reason: 'Forumets innstilling' }],
      ],
    ]);
    expect(accepted.change).toMatchObject({
      breaks: ['LOCK:2:2026', 'LOCK:2:2027'],
      override: { constraintIds: ['LOCK:2:2026', 'LOCK:2:2027'] },
      clauses: ['troms.locks'],
    });
    expect(accepted.change!.explanation.nb).toBe(
      'Statsforvalteren har justert tildelingen for 2026 fra 1 000 000 kr til 1 300 000 kr. Begrunnelse: Prioritert av forumet. Justeringen bryter taket for 2-årige prosjekter i 2026 og taket for 2-årige prosjekter i 2027: 2-årige prosjekter 2026: 2 300 000 kr bundet, 300 000 kr over taket på 2 000 000 kr. 2-årige prosjekter 2027: 2 300 000 kr bundet, 300 000 kr over taket på 2 000 000 kr. Statsforvalteren har overstyrt grensen med denne begrunnelsen: Forumets innstilling.',
    );
    // The statement's explanation: the engine's words, then the adjustment's.
    const s2 = accepted.result.statements.find((s) => s.id === 's2')!;
    expect(s2.explanation.nb.startsWith(engine.statements[3]!.explanation.nb)).toBe(true);
    expect(s2.explanation.nb.endsWith(accepted.change!.explanation.nb)).toBe(true);
  });

  it('needs an override to go below a sector’s lower bound, and says so in the sector’s notes', () => {
    const change: LineAdjustment = {
      needsStatementId: 't1',
      grantedThisYear: 2_000_000,
      reason: 'Prosjektet er utsatt',
    };
    expect(adjustAllocationLine(input, engine, [], change).requiredOverrides).toEqual([
      'SECTOR:TEAM_AROUND_CHILD',
    ]);
    const accepted = adjustAllocationLine(input, engine, [], {
      ...change,
      override: { constraintIds: ['SECTOR:TEAM_AROUND_CHILD'], reason: 'Lite behov i år' },
    });
    expect(accepted.problems).toEqual([]);
    expect(accepted.breaches[0]).toMatchObject({
      kind: 'SECTOR_LOWER',
      limit: 2_500_000,
      total: 2_000_000,
      excess: 500_000,
    });
    const sector = accepted.result.report.sectors.find((s) => s.sector === 'TEAM_AROUND_CHILD')!;
    // The engine's notes stand; the band is broken by hand, not held back by caps.
    expect(sector.notes.slice(0, -1)).toEqual(
      engine.report.sectors.find((s) => s.sector === 'TEAM_AROUND_CHILD')!.notes,
    );
    expect(sector.notes.at(-1)!.nb).toBe(
      'Brutt etter Statsforvalterens justering: Laget rundt barnet: 2 000 000 kr, 500 000 kr under nedre grense på 2 500 000 kr. Overstyrt: Lite behov i år',
    );
  });

  it('asks each change that worsens a broken limit for its own override, not one that eases it', () => {
    const first: LineAdjustment = {
      needsStatementId: 's2',
      grantedThisYear: 1_200_000,
      reason: 'Prioritert av forumet',
      override: { constraintIds: ['LOCK:2:2026', 'LOCK:2:2027'], reason: 'Forumets innstilling' },
    };
    const current = [reduceT1, first];
    expect(adjustAllocation(input, engine, current).problems).toEqual([]);
    // k2 also draws on the 2-year cap: raising it makes the breach worse.
    const worse = adjustAllocationLine(input, engine, current, {
      needsStatementId: 'k2',
      grantedThisYear: 1_100_000,
      reason: 'Større behov',
    });
    expect(worse.requiredOverrides).toEqual(['LOCK:2:2026', 'LOCK:2:2027']);
    // Lowering k2 eases it: the first override still covers the breach.
    const eased = adjustAllocationLine(input, engine, current, {
      needsStatementId: 'k2',
      grantedThisYear: 950_000,
      reason: 'Mindre behov',
    });
    expect(eased.problems).toEqual([]);
    expect(eased.breaches.map((b) => b.excess)).toEqual([150_000, 150_000]);
    // Changing the overriding line itself, and leaving the limit broken, needs the override again.
    const again = adjustAllocationLine(input, engine, current, {
      ...first,
      grantedThisYear: 1_100_000,
      override: null,
    });
    expect(again.requiredOverrides).toEqual(['LOCK:2:2026', 'LOCK:2:2027']);
  });

  it('keeps a later year within its frame, assumed equal to this year’s, even with an override', async () => {
    const heavyLater: AllocationCandidate = {
      ...candidate('late', 'SCHOOL', 1_000_000, { duration: 2 }),
      budget: [
        { year: 2026, owner: 600_000, institution: 400_000, total: 1_000_000, coordinator: 0 },
        { year: 2027, owner: 6_600_000, institution: 4_400_000, total: 11_000_000, coordinator: 0 },
      ],
    };
    const lateInput: AllocationInput = tromsInput([heavyLater], 10_000_000);
    const lateEngine = await allocate(lateInput);
    // The 2-year cap in 2027 holds it: floor(11 × a) ≤ 2 000 000.
    expect(grantOf(lateEngine, 'late').thisYear).toBe(181_818);
    const override = { constraintIds: ['LOCK:2:2027'], reason: 'Forumets innstilling' };
    const within = adjustAllocationLine(lateInput, lateEngine, [], {
      needsStatementId: 'late',
      grantedThisYear: 909_090,
      reason: 'Kjent behov',
      override,
    });
    expect(within.problems).toEqual([]);
    expect(within.maxWithinFrame).toBe(909_090);
    const past = adjustAllocationLine(lateInput, lateEngine, [], {
      needsStatementId: 'late',
      grantedThisYear: 909_091,
      reason: 'Kjent behov',
      override,
    });
    expect(past.problems.map((p) => p.code)).toEqual(['ADJUSTMENT_PAST_FRAME']);
    expect(past.pastFrame).toEqual([
      expect.objectContaining({ year: 2027, assumed: true, excess: 1 }),
    ]);
    expect(past.problems[0]!.message.nb).toContain('(antatt lik årets ramme)');
  });

  it('lets a change ease a set already past its frame, but not worsen it', () => {
    // As stored before this rule: k2 set past the frame by hand.
    const legacy: LineAdjustment[] = [
      {
        needsStatementId: 'k2',
        grantedThisYear: 1_300_000,
        reason: 'Kjent behov',
        override: { constraintIds: ['LOCK:2:2026', 'LOCK:2:2027'], reason: 'Gammel justering' },
      },
    ];
    expect(
      adjustAllocationLine(input, engine, legacy, {
        needsStatementId: 't1',
        grantedThisYear: 2_600_000,
        reason: 'Rydder opp',
      }).problems,
    ).toEqual([]);
    expect(
      adjustAllocationLine(input, engine, legacy, {
        needsStatementId: 's1',
        grantedThisYear: 2_700_000,
        reason: 'Større behov',
      }).problems.map((p) => p.code),
    ).toEqual(['ADJUSTMENT_PAST_FRAME']);
  });

  it('refuses a grant to an ineligible statement and an unknown statement', () => {
    expect(
      adjustAllocationLine(input, engine, [], {
        needsStatementId: 'x1',
        grantedThisYear: 1,
        reason: 'Ikke aktuell',
      }).problems.map((p) => [p.code, p.path]),
    ).toEqual([['ADJUSTMENT_INELIGIBLE', ['grantedThisYear']]]);
    expect(
      adjustAllocationLine(input, engine, [], {
        needsStatementId: 'nope',
        grantedThisYear: 0,
        reason: 'Finnes ikke',
      }).problems.map((p) => p.code),
    ).toEqual(['ADJUSTMENT_UNKNOWN_STATEMENT']);
  });
});
