import type { ConstraintReport } from '@kompetansemidler/domain';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../i18n/i18n.js';
import { asConstraintReport, constraintGauges } from './constraint-gauges.js';

const t = createAppI18n().global.t as unknown as (k: string, v?: Record<string, unknown>) => string;
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const report = {
  sectors: [
    {
      sector: 'SCHOOL',
      targetPercent: 35,
      target: 3_500_000,
      band: { lower: 3_000_000, upper: 4_000_000 },
      effectiveBand: { lower: 3_000_000, upper: 4_000_000 },
      committed: 0,
      grantedNew: 4_200_000,
      total: 4_200_000,
      sharePercent: 42,
      withinBand: false,
      notes: [{ nb: 'Over båndet.', en: 'Above.' }],
      clause: '3.1',
    },
  ],
  locks: [
    {
      durationYears: 3,
      year: 2026,
      capPercent: 30,
      cap: 3_000_000,
      committed: 0,
      grantedNew: 1_000_000,
      total: 1_000_000,
      withinCap: true,
      clause: '3.2',
    },
  ],
  laterYears: [],
  coordinator: {
    capPercent: 10,
    capIsAssumption: true,
    cap: 1_000_000,
    committed: 0,
    grantedNew: 200_000,
    total: 200_000,
    withinCap: true,
    clause: '3.8',
  },
  institutionShare: {
    owner: 600_000,
    institution: 400_000,
    institutionSharePercent: 40,
    previous: { year: 2025, institutionSharePercent: 45 },
    falling: true,
    belowMinimum: false,
    warnings: [{ nb: 'UH-andelen faller.', en: 'Falling.' }],
    clause: '3.9',
  },
  fundingRates: [
    { group: 'PUBLIC', statements: 10, requested: 1_000_000, granted: 800_000, ratePercent: 80 },
    { group: 'PRIVATE', statements: 3, requested: 500_000, granted: 400_000, ratePercent: 80 },
  ],
  institutionsInSeveralPartnerships: [],
  leftover: { amount: 0, reasons: [] },
} as unknown as ConstraintReport;

describe('constraintGauges', () => {
  it('draws every constraint of the report, broken ones flagged', () => {
    const gauges = constraintGauges(report, t);
    expect(gauges.map((g) => [g.id, g.broken])).toEqual([
      ['sector-SCHOOL', true],
      ['lock-3-2026', false],
      ['coordinator', false],
      ['funding-PUBLIC', false],
      ['funding-PRIVATE', false],
      ['institution-share', true],
    ]);
  });

  it('says it in words, in Norwegian formats', () => {
    const [sector, lock, coordinator] = constraintGauges(report, t);
    expect(sector!.label).toBe('Skole');
    expect(plain(sector!.text)).toBe(
      '42 % av rammen (4 200 000 kr). Bånd: 3 000 000 kr–4 000 000 kr, mål 35 %.',
    );
    expect(sector!.note).toBe('Over båndet.');
    expect(lock!.label).toBe('3-årige prosjekter, 2026');
    expect(plain(lock!.text)).toBe('1 000 000 kr av taket 3 000 000 kr (30 % av rammen).');
    expect(coordinator!.note).toContain('antakelse');
  });

  it('is empty without a report, and takes only a report-shaped JSON', () => {
    expect(constraintGauges(null, t)).toEqual([]);
    expect(asConstraintReport(report)).toBe(report);
    expect(asConstraintReport({ sectors: 'no' })).toBeNull();
    expect(asConstraintReport(null)).toBeNull();
  });
});
