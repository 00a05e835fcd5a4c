import { describe, expect, it } from 'vitest';
import { generateDemoRound } from '../demo/demo-round.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import { allocate } from './allocate.js';
import { constraintGauges, methodExplanation } from './constraint-gauges.js';

describe('constraintGauges', () => {
  it('turns every constraint of the report into one gauge, in a stable order', async () => {
    const { input } = generateDemoRound({ seed: 7, statements: 40 });
    const result = await allocate(input);
    const gauges = constraintGauges(result.report, result.totals.frame, {
      SCHOOL: { requested: 1_000_000, statements: 3 },
    });
    const report = result.report;
    expect(gauges.map((g) => g.kind)).toEqual([
      ...report.sectors.map(() => 'SECTOR_BAND'),
      ...report.locks.map(() => 'LOCK_CAP'),
      ...report.laterYears.map(() => 'LATER_YEAR'),
      'COORDINATOR_CAP',
      ...report.fundingRates.map(() => 'FUNDING_RATE'),
      'INSTITUTION_SHARE',
      'ONE_YEAR_SHARE',
    ]);
    expect(new Set(gauges.map((g) => g.id)).size).toBe(gauges.length);
    for (const s of report.sectors) {
      const g = gauges.find((x) => x.id === `SECTOR:${s.sector}`)!;
      expect(g).toMatchObject({
        amount: s.total,
        lower: s.effectiveBand.lower,
        upper: s.effectiveBand.upper,
      });
      expect(g.broken).toBe(!s.withinBand);
      expect(g.explanation.nb.length).toBeGreaterThan(20);
    }
    const school = gauges.find((g) => g.id === 'SECTOR:SCHOOL')!;
    expect(school.explanation.nb).toContain('Søkt i år: 1 000 000 kr (3 behovsmeldinger)');
    for (const lock of report.locks) {
      const g = gauges.find((x) => x.id === `LOCK:${lock.durationYears}:${lock.year}`)!;
      expect(g).toMatchObject({ amount: lock.total, upper: lock.cap, broken: !lock.withinCap });
    }
  });

  it('marks a broken band and says by how much', () => {
    const gauges = constraintGauges(
      {
        sectors: [
          {
            sector: 'KINDERGARTEN',
            targetPercent: 35,
            target: 350,
            band: { lower: 300, upper: 400 },
            effectiveBand: { lower: 300, upper: 400 },
            committed: 0,
            grantedNew: 250,
            total: 250,
            sharePercent: 25,
            withinBand: false,
            withinNominalBand: false,
            bandMoved: false,
            toleranceIsAssumption: true,
            notes: [],
            clause: 'c',
          },
        ],
        locks: [],
        oneYear: null,
        laterYears: [],
        coordinator: {
          capPercent: 10,
          capIsAssumption: true,
          cap: 100,
          committed: 0,
          grantedNew: 120,
          total: 120,
          withinCap: false,
          clause: 'c',
        },
        institutionShare: {
          owner: 150,
          institution: 100,
          institutionSharePercent: 40,
          previous: { year: 2026, institutionSharePercent: 45 },
          falling: true,
          belowMinimum: false,
          warnings: [{ nb: 'faller', en: 'falls' }],
          clause: 'c',
        },
        fundingRates: [],
        institutionsInSeveralPartnerships: [],
        leftover: { amount: 0, reasons: [] },
      },
      1000,
      {},
      TROMS_PLAN_2026_2029.versions[0]!.rules.assumptions,
    );
    expect(gauges[0]!.broken).toBe(true);
    expect(gauges[0]!.explanation.nb).toContain('50 kr under nedre grense');
    expect(gauges[0]!.assumptions[0]?.nb).toMatch(/^Antakelse: .*±5 prosentpoeng/);
    // The coordinator cap is an assumption: past it is a warning, never "Brutt".
    const coordinator = gauges.find((g) => g.kind === 'COORDINATOR_CAP')!;
    expect(coordinator).toMatchObject({ broken: false, warning: true, percent: 12 });
    expect(coordinator.explanation.en).toContain('20 kr over the cap');
    expect(coordinator.assumptions).toHaveLength(1);
    expect(coordinator.assumptions[0]!.nb).toContain('Antakelse: ');
    // A yearly dip in the institutions' share is a warning.
    expect(gauges.find((g) => g.kind === 'INSTITUTION_SHARE')).toMatchObject({
      broken: false,
      warning: true,
      notes: [{ nb: 'faller', en: 'falls' }],
    });
  });

  it('judges a sector against its effective band when another sector asks less (rule 1)', async () => {
    const demo = generateDemoRound({ seed: 7, statements: 40 });
    // The school sector asks for little: its rest flows to the other sectors.
    const input = {
      ...demo.input,
      candidates: demo.input.candidates.filter((c, k) => c.sector !== 'SCHOOL' || k % 8 === 0),
    };
    const result = await allocate(input);
    const school = result.report.sectors.find((s) => s.sector === 'SCHOOL')!;
    expect(school.bandMoved).toBe(true);
    expect(school.effectiveBand.lower).toBeLessThan(school.band.lower);
    expect(school.withinNominalBand).toBe(false);
    const gauges = constraintGauges(result.report, result.totals.frame);
    const moved = result.report.sectors.filter((s) => s.bandMoved);
    expect(moved.length).toBeGreaterThanOrEqual(2);
    for (const s of moved) {
      const g = gauges.find((x) => x.id === `SECTOR:${s.sector}`)!;
      expect(g.broken).toBe(!s.withinBand);
      expect(g.explanation.nb).toContain('den justerte grensen');
      expect(g.explanation.nb).toContain('planens bånd er');
      expect(s.notes.map((n) => n.nb).join(' ')).toMatch(/For lite behov|hevet/);
    }
    // The others took the school's rest: past their nominal band, within the effective one.
    const raised = result.report.sectors.filter((s) => s.sector !== 'SCHOOL');
    expect(raised.some((s) => !s.withinNominalBand && s.withinBand)).toBe(true);
    expect(gauges.filter((g) => g.kind === 'SECTOR_BAND').every((g) => !g.broken)).toBe(true);
  });

  it('shows the plan’s “about 50 % one year at a time” as information', async () => {
    const { input } = generateDemoRound({ seed: 7, statements: 40 });
    const result = await allocate(input);
    const oneYear = result.report.oneYear!;
    const granted = result.statements
      .filter((s) => s.durationYears === 1)
      .reduce((sum, s) => sum + s.granted.thisYear, 0);
    expect(oneYear).toMatchObject({ targetPercent: 50, amount: granted, clause: 'troms.locks' });
    const g = constraintGauges(result.report, result.totals.frame).find(
      (x) => x.kind === 'ONE_YEAR_SHARE',
    )!;
    expect(g).toMatchObject({
      informational: true,
      broken: false,
      warning: false,
      limitPercent: 50,
    });
    expect(g.explanation.nb).toContain('tilnærmet 50 % av midlene tildeles for ett år av gangen');
  });
});

describe('methodExplanation', () => {
  it('names the source and the solver’s outcome', () => {
    expect(
      methodExplanation({
        requested: 'optimal',
        cutRule: 'proportional',
        source: 'OPTIMAL',
        objective: 1,
        rankedObjective: 1,
        solver: {
          model: 'LP_SHARES',
          status: 'OPTIMAL',
          timeLimitSeconds: 5,
          relativeGapSetting: 1e-4,
          provenGap: 0.0012,
          dualBound: 1,
          timeLimitReached: true,
        },
      }).nb,
    ).toBe(
      'Optimal fordeling (HiGHS): løseren endte med status OPTIMAL, avstand til beste mulige løsning 0,12 %, tidsgrensen på 5 s ble nådd.',
    );
    expect(
      methodExplanation({
        requested: 'ranked',
        cutRule: 'proportional',
        source: 'RANKED',
        objective: 1,
        rankedObjective: 1,
        solver: null,
      }).en,
    ).toContain('priority order');
  });
});
