import type {
  ConstraintGaugeFieldsFragment,
  ScenarioReportFieldsFragment,
} from '../../gql/graphql.js';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../i18n/i18n.js';
import { scenarioLine, scenarioSummary } from '../../test/fixtures.js';
import { proposalWorkbookData, workbookFileName } from './proposal-workbook-data.js';

const t = createAppI18n().global.t as unknown as (k: string, v?: Record<string, unknown>) => string;

describe('proposalWorkbookData', () => {
  it('puts each line in its sector’s sheet and every constraint in the report, as the API gave them', () => {
    const gauge = (g: Partial<ConstraintGaugeFieldsFragment>): ConstraintGaugeFieldsFragment => ({
      id: 'SECTOR:SCHOOL',
      kind: 'SECTOR_BAND',
      label: { nb: 'Skole' },
      amount: 200_000,
      percent: 20,
      lower: 1,
      upper: 2,
      limitPercent: 35,
      broken: true,
      warning: false,
      informational: false,
      overridden: false,
      overrideReasons: [],
      explanation: { nb: 'Skole: over båndet.' },
      notes: [{ nb: 'Over båndet.' }],
      assumptions: [],
      clause: 'troms.sectors',
      clauseTitle: { nb: 'Fordeling mellom sektorene' },
      ...g,
    });
    const report: ScenarioReportFieldsFragment = {
      gauges: [
        gauge({}),
        gauge({
          id: 'LOCK:2:2027',
          kind: 'LOCK_CAP',
          label: { nb: '2-årige prosjekter, 2027' },
          amount: 5,
          lower: null,
          upper: 10,
          broken: false,
          notes: [],
          clause: null,
          clauseTitle: null,
        }),
      ],
      sectors: [
        {
          sector: 'SCHOOL',
          total: 200_000,
          grantedNew: 150_000,
          band: { lower: 1, upper: 2 },
        },
      ],
      leftover: { amount: 0, reasons: [] },
      institutionsInSeveralPartnerships: [],
    };
    const data = proposalWorkbookData({
      scenario: scenarioSummary,
      lines: [
        scenarioLine('1'),
        scenarioLine('2', { sector: 'KINDERGARTEN', adjustmentReason: 'Fordi' }),
      ],
      report,
      roundYear: 2027,
      themeLabel: (id) => `Tema ${id}`,
      t,
      createdAt: new Date('2027-03-01T00:00:00Z'),
    });
    expect(data.title).toBe('Forslag til fordeling 2027: Hovedforslag');
    expect(data.sectors.map((s) => [s.name, s.lines.length, s.grantedThisYear])).toEqual([
      ['Barnehage', 1, null],
      ['Skole', 1, 150_000],
    ]);
    expect(data.sectors[0]!.lines[0]).toMatchObject({
      owners: 'Tromsø kommune',
      institution: 'UiT',
      theme: 'Tema t1',
      grantedThisYear: 100_000,
      status: 'Innvilget',
      adjustmentReason: 'Fordi',
    });
    expect(data.constraints.map((c) => [c.group, c.label, c.amount, c.limit, c.ok])).toEqual([
      ['Sektorandel', 'Skole', 200_000, 2, false],
      ['Flerårig binding', '2-årige prosjekter, 2027', 5, 10, true],
    ]);
    expect(data.constraints[0]!.note).toBe(
      'Over båndet. Kilde i planen: Fordeling mellom sektorene',
    );
    expect(data.totals.map((x) => x.amount)).toEqual([1_000_000, 0, 300_000, 700_000]);
  });
});

describe('proposalWorkbookData after an adjustment', () => {
  it('gives an adjusted line the API’s account of it: the reason, the limit it breaks and why', () => {
    const explanation =
      'Statsforvalteren har justert tildelingen for 2027 fra 100 000 kr til 150 000 kr. Begrunnelse: Kjent behov. Justeringen bryter øvre grense for skole: … Statsforvalteren har overstyrt grensen med denne begrunnelsen: Forumets innstilling.';
    const data = proposalWorkbookData({
      scenario: scenarioSummary,
      lines: [
        scenarioLine('1', {
          adjustedThisYear: 150_000,
          grantedThisYear: 150_000,
          adjustmentReason: 'Kjent behov',
          adjustmentExplanation: { nb: explanation },
          breaks: ['SECTOR:SCHOOL'],
        }),
      ],
      report: null,
      roundYear: 2027,
      themeLabel: (id) => `Tema ${id}`,
      t,
    });
    expect(data.sectors[0]!.lines[0]).toMatchObject({
      grantedThisYear: 150_000,
      adjustmentReason: explanation,
    });
  });
});

describe('workbookFileName', () => {
  it('makes a safe file name from the round and the scenario', () => {
    expect(workbookFileName(2026, 'Hovedforslag')).toBe('forslag-2026-hovedforslag.xlsx');
    expect(workbookFileName(2026, 'Rangert / økt vekt på ITO')).toBe(
      'forslag-2026-rangert-okt-vekt-pa-ito.xlsx',
    );
    expect(workbookFileName(2026, '  ')).toBe('forslag-2026.xlsx');
  });
});
