import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../common/canonical-json.js';
import { generateDemoRound } from '../demo/demo-round.js';
import { NORDLAND_LIKE_EXAMPLE_PLAN } from '../plan/plans/nordland-like-example.js';
import { allocate } from './allocate.js';
import { AllocationInputError } from './allocation-input-error.js';
import { candidate, tromsInput } from './allocation.test-helpers.js';

const byId = (result: Awaited<ReturnType<typeof allocate>>, id: string) => {
  const s = result.statements.find((x) => x.id === id);
  if (!s) throw new Error(`no statement ${id}`);
  return s;
};

describe('allocate: sector shares (≈35/35/30 % ± 5 points)', () => {
  it('keeps each sector inside its band when every sector has demand', async () => {
    const candidates = [
      ...['a', 'b', 'c', 'd'].map((x) => candidate(`k${x}`, 'KINDERGARTEN', 300_000)),
      ...['a', 'b', 'c', 'd'].map((x) => candidate(`s${x}`, 'SCHOOL', 300_000)),
      ...['a', 'b', 'c', 'd'].map((x) => candidate(`t${x}`, 'TEAM_AROUND_CHILD', 300_000)),
    ];
    const result = await allocate(tromsInput(candidates, 2_000_000));
    expect(result.totals.used).toBe(2_000_000);
    for (const sector of result.report.sectors) {
      expect(sector.withinBand).toBe(true);
      expect(sector.total).toBeLessThanOrEqual(sector.band.upper);
    }
  });

  it('lets the rest of a sector without demand flow to the others, and says so', async () => {
    const candidates = [
      ...Array.from({ length: 6 }, (_, k) => candidate(`k${k}`, 'KINDERGARTEN', 300_000)),
      ...Array.from({ length: 6 }, (_, k) => candidate(`s${k}`, 'SCHOOL', 300_000)),
    ];
    const result = await allocate(tromsInput(candidates, 2_000_000));
    expect(result.totals.used).toBe(2_000_000);
    const tac = result.report.sectors.find((s) => s.sector === 'TEAM_AROUND_CHILD')!;
    expect(tac.total).toBe(0);
    expect(tac.notes[0]?.en).toContain('rest flows to the other sectors');
    const kindergarten = result.report.sectors.find((s) => s.sector === 'KINDERGARTEN')!;
    expect(kindergarten.effectiveBand.upper).toBeGreaterThan(kindergarten.band.upper);
    expect(kindergarten.notes.map((n) => n.en).join(' ')).toContain('Upper bound raised');
    // Judged against the effective band (rule 1), and the report says so.
    expect(kindergarten.bandMoved).toBe(true);
    expect(kindergarten.withinBand).toBe(
      kindergarten.total >= kindergarten.effectiveBand.lower &&
        kindergarten.total <= kindergarten.effectiveBand.upper,
    );
    expect(kindergarten.notes.at(-1)?.nb).toContain('vurderes mot den justerte grensen');
  });
});

describe('allocate: duration locks (≤ 30 % to 3-year, ≤ 20 % to 2-year)', () => {
  it('caps 3-year projects at 30 % of the frame, counting earlier commitments', async () => {
    const candidates = Array.from({ length: 5 }, (_, k) =>
      candidate(`k${k}`, 'KINDERGARTEN', 200_000, { duration: 3 }),
    );
    const commitments = [
      {
        needsStatementId: 'old',
        partnershipId: 'p-old',
        workId: 'w-old',
        sector: 'SCHOOL' as const,
        durationYears: 3,
        year: 2026,
        amount: 100_000,
        owner: 60_000,
        institution: 40_000,
        coordinator: 0,
        institutionOrgnr: '970422528',
      },
    ];
    const result = await allocate(tromsInput(candidates, 1_000_000, {}, commitments));
    const lock = result.report.locks.find((l) => l.durationYears === 3 && l.year === 2026)!;
    expect(lock.cap).toBe(300_000);
    expect(lock.committed).toBe(100_000);
    expect(lock.total).toBeLessThanOrEqual(300_000);
    expect(lock.grantedNew).toBe(200_000);
    // Five equal priorities share the 200 000 kr left under the cap by the cut rule.
    expect(result.statements.map((s) => s.granted.thisYear)).toEqual([
      40_000, 40_000, 40_000, 40_000, 40_000,
    ]);
    const first = result.statements[0]!;
    expect(first.binding.map((b) => b.kind)).toEqual(['LOCK_CAP', 'CUT_RULE']);
    expect(first.explanation.nb).toContain('3-årige prosjekter');
    expect(first.clauses).toContain('troms.locks');
  });

  it('promises later years subject to appropriation', async () => {
    const result = await allocate(
      tromsInput([candidate('k1', 'KINDERGARTEN', 100_000, { duration: 2 })], 1_000_000),
    );
    const s = byId(result, 'k1');
    expect(s.granted.perYear.map((y) => [y.year, y.amount, y.subjectToAppropriation])).toEqual([
      [2026, 100_000, false],
      [2027, 100_000, true],
    ]);
    expect(s.explanation.nb).toContain('forutsatt videre statlig bevilgning');
  });
});

describe('allocate: reduced grants', () => {
  it('flags a reduced grant: the partnership decides its split; the proposal keeps the budget ratio', async () => {
    const result = await allocate(
      tromsInput(
        [
          candidate('k1', 'KINDERGARTEN', 1_000_000),
          candidate('k2', 'KINDERGARTEN', 1_000_000, { themeRank: 2 }),
        ],
        350_000,
      ),
    );
    const reduced = result.statements.filter((s) => s.flags.reduced);
    expect(reduced).toHaveLength(1);
    const s = reduced[0]!;
    const first = s.granted.perYear[0]!;
    expect(first.owner + first.institution).toBe(first.amount);
    expect(first.owner).toBe(Math.round(first.amount * 0.6));
    expect(s.explanation.nb).toContain(
      'Partnerskapet må bli enig om fordelingen av midlene mellom eier og kompetansemiljø',
    );
    expect(s.clauses).toContain('troms.reduced-grant');
  });

  it('funds nothing below the smallest share worth funding', async () => {
    const input = tromsInput(
      [
        candidate('k1', 'KINDERGARTEN', 300_000),
        candidate('k2', 'KINDERGARTEN', 400_000, { themeRank: 2 }),
      ],
      400_000,
      {
        minFundedShare: 0.5,
      },
    );
    const result = await allocate(input);
    expect(byId(result, 'k1').granted.thisYear).toBe(300_000);
    expect(byId(result, 'k2').granted.thisYear).toBe(0);
    expect(byId(result, 'k2').binding.map((b) => b.kind)).toContain('MIN_SHARE');
    expect(result.report.leftover.amount).toBe(100_000);
    expect(result.report.leftover.reasons.map((r) => r.code)).toContain('MIN_SHARE');
  });

  it('shares a shortfall among equal priorities by the chosen cut rule', async () => {
    const candidates = [
      candidate('k1', 'KINDERGARTEN', 100_000),
      candidate('k2', 'KINDERGARTEN', 300_000),
    ];
    const run = async (cutRule: string) => {
      const result = await allocate(tromsInput(candidates, 200_000, { cutRule }));
      return [byId(result, 'k1').granted.thisYear, byId(result, 'k2').granted.thisYear];
    };
    expect(await run('proportional')).toEqual([50_000, 150_000]);
    expect(await run('constrained-equal-awards')).toEqual([100_000, 100_000]);
    expect(await run('constrained-equal-losses')).toEqual([0, 200_000]);
  });
});

describe('allocate: eligibility and equal treatment', () => {
  it('marks a work past the 4-year limit ineligible, with the reason', async () => {
    const input = tromsInput(
      [candidate('k1', 'KINDERGARTEN', 100_000, { duration: 2, workId: 'w-old' })],
      1_000_000,
    );
    input.history = {
      works: [{ workId: 'w-old', partnershipId: 'p', fundedYears: [2023, 2024, 2025] }],
      owners: [],
    };
    const s = byId(await allocate(input), 'k1');
    expect(s.status).toBe('INELIGIBLE');
    expect(s.ineligibleReasons.map((r) => r.code)).toEqual(['NS_WORK_YEAR_LIMIT']);
    expect(s.explanation.en).toContain('would exceed the limit of 4 years');
  });

  it('reports public and private funding rates side by side', async () => {
    const result = await allocate(
      tromsInput(
        [
          candidate('k1', 'KINDERGARTEN', 100_000),
          candidate('k2', 'KINDERGARTEN', 100_000, { private: true }),
        ],
        1_000_000,
      ),
    );
    expect(result.report.fundingRates.map((r) => [r.group, r.ratePercent])).toEqual([
      ['PUBLIC', 100],
      ['PRIVATE', 100],
    ]);
  });

  it('flags a university in several partnerships', async () => {
    const result = await allocate(
      tromsInput(
        [candidate('k1', 'KINDERGARTEN', 100_000), candidate('k2', 'SCHOOL', 100_000)],
        1_000_000,
      ),
    );
    expect(result.report.institutionsInSeveralPartnerships).toEqual([
      {
        orgnr: '970422528',
        name: 'UiT',
        partnershipIds: ['p-k1', 'p-k2'],
        grantedThisYear: 200_000,
      },
    ]);
  });

  it('keeps coordinator funds under their cap (10 %, an assumption)', async () => {
    const candidates = Array.from({ length: 4 }, (_, k) =>
      candidate(`s${k}`, 'SCHOOL', 100_000, { coordinator: 50_000 }),
    );
    const result = await allocate(tromsInput(candidates, 1_000_000));
    expect(result.report.coordinator).toMatchObject({
      cap: 100_000,
      capIsAssumption: true,
      withinCap: true,
    });
    expect(result.report.coordinator.total).toBeLessThanOrEqual(100_000);
  });

  it('rejects an unknown method or cut rule with every problem', async () => {
    const input = tromsInput([], 1, { method: 'magic', cutRule: 'coin-toss' });
    await expect(allocate(input)).rejects.toThrow(AllocationInputError);
    await allocate(input).catch((error: AllocationInputError) => {
      expect(error.problems.map((p) => p.code)).toEqual([
        'ALLOC_UNKNOWN_METHOD',
        'ALLOC_UNKNOWN_CUT_RULE',
      ]);
    });
  });
});

describe('allocate: another county', () => {
  it('splits pro rata by staff-years in the Nordland-like example, with 2-year maximum and no lock caps', async () => {
    const demo = generateDemoRound({
      seed: 3,
      statements: 40,
      plan: NORDLAND_LIKE_EXAMPLE_PLAN,
      year: 2026,
    });
    const result = await allocate(demo.input);
    expect(result.report.sectors.map((s) => s.sector)).toEqual(['KINDERGARTEN', 'SCHOOL']);
    const basis = demo.input.round.sectorBasis!;
    const expected = (basis.KINDERGARTEN! / (basis.KINDERGARTEN! + basis.SCHOOL!)) * 100;
    expect(Math.abs(result.report.sectors[0]!.targetPercent - expected)).toBeLessThan(0.01);
    expect(result.report.locks).toEqual([]);
    expect(result.statements.every((s) => s.durationYears <= 2)).toBe(true);
    expect(result.report.coordinator.capPercent).toBe(5);
  });

  it('asks for the pro rata figures when the round lacks them', async () => {
    const demo = generateDemoRound({
      seed: 3,
      statements: 5,
      plan: NORDLAND_LIKE_EXAMPLE_PLAN,
      year: 2026,
    });
    const input = { ...demo.input, round: { year: 2026, frame: 1_000_000 } };
    await expect(allocate(input)).rejects.toThrow(/staff-years/);
  });
});

describe('allocate: optimal method', () => {
  it('is never below the ranked objective and reports its proven gap', async () => {
    const demo = generateDemoRound({ seed: 11, statements: 60, scenario: { method: 'optimal' } });
    const result = await allocate(demo.input);
    expect(result.method.objective).toBeGreaterThanOrEqual(result.method.rankedObjective);
    expect(['OPTIMAL', 'RANKED_FALLBACK']).toContain(result.method.source);
    expect(result.method.solver?.provenGap).toBeLessThanOrEqual(0.001);
    expect(result.totals.used).toBeLessThanOrEqual(result.totals.frame);
  });

  it('gives byte-identical output for the same input', async () => {
    const demo = generateDemoRound({ seed: 12, statements: 30, scenario: { method: 'optimal' } });
    expect(toCanonicalJson(await allocate(demo.input))).toBe(
      toCanonicalJson(await allocate(structuredClone(demo.input))),
    );
  });

  it('shares parts alike between statements only as frozen, plain data', async () => {
    const demo = generateDemoRound({ seed: 13, statements: 200 });
    const result = await allocate(demo.input);
    const [a, b] = result.statements.filter((s) => s.status === 'NOT_FUNDED');
    if (!a || !b) throw new Error('expected two statements without funds');
    expect(Object.isFrozen(a.flags)).toBe(true);
    expect(Object.isFrozen(a.score.theme)).toBe(true);
    expect(a.score.indicators.every((i) => Object.isFrozen(i))).toBe(true);
    expect(Object.isFrozen(a.binding)).toBe(true);
    expect(Object.isFrozen(a.clauses)).toBe(true);
    expect(() => {
      (a.flags as { reduced: boolean }).reduced = true;
    }).toThrow(TypeError);
    expect(a.flags).toBe(b.flags);
    // What a worker posts and the API stores: a structured clone and JSON of the same data.
    expect(structuredClone(result)).toEqual(result);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('writes an explanation when first read, as a plain value wherever the statement goes', async () => {
    const demo = generateDemoRound({ seed: 14, statements: 40 });
    const [s] = (await allocate(demo.input)).statements;
    if (!s) throw new Error('expected a statement');
    const keys = Object.keys(s);
    expect(keys.slice(-3)).toEqual(['binding', 'explanation', 'clauses']);
    // What a worker posts is a structured clone: the words are plain data there.
    const posted = structuredClone(s);
    expect(Object.getOwnPropertyDescriptor(posted, 'explanation')?.value).toEqual(s.explanation);
    expect(Object.keys(posted)).toEqual(keys);
    expect(s.explanation.nb).toMatch(/^Behovsmeldingen /);
    expect(JSON.parse(JSON.stringify(s)).clauses).toEqual(s.clauses);
    expect({ ...s }.explanation).toBe(s.explanation);
    s.explanation = { nb: 'Endret.', en: 'Changed.' };
    expect(s.explanation.nb).toBe('Endret.');
  });
});
