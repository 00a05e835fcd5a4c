import { describe, expect, it } from 'vitest';
import { generateDemoRound } from '../demo/demo-round.js';
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
    ]);
    expect(new Set(gauges.map((g) => g.id)).size).toBe(gauges.length);
    for (const s of report.sectors) {
      const g = gauges.find((x) => x.id === `SECTOR:${s.sector}`)!;
      expect(g).toMatchObject({ amount: s.total, lower: s.band.lower, upper: s.band.upper });
      expect(g.broken).toBe(!s.withinBand);
      expect(g.explanation.nb.length).toBeGreaterThan(20);
    }
    const school = gauges.find((g) => g.id === 'SECTOR:SCHOOL')!;
    expect(school.explanation.nb).toContain('Omsøkt i år: 1 000 000 kr (3 behovsmeldinger)');
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
            notes: [],
            clause: 'c',
          },
        ],
        locks: [],
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
    );
    expect(gauges[0]!.broken).toBe(true);
    expect(gauges[0]!.explanation.nb).toContain('50 kr under nedre grense');
    const coordinator = gauges.find((g) => g.kind === 'COORDINATOR_CAP')!;
    expect(coordinator).toMatchObject({ broken: true, percent: 12 });
    expect(coordinator.explanation.en).toContain('20 kr over the cap');
    expect(coordinator.notes).toHaveLength(1);
    expect(gauges.find((g) => g.kind === 'INSTITUTION_SHARE')).toMatchObject({
      broken: true,
      notes: [{ nb: 'faller', en: 'falls' }],
    });
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
