import type { ConstraintBreachFieldsFragment, ScenarioLineFieldsFragment } from '../gql/graphql.js';

/** A scenario line as the API sends it, for tests. */
export function scenarioLine(
  id: string,
  overrides: Partial<ScenarioLineFieldsFragment> & {
    title?: string;
    sector?: 'SCHOOL' | 'KINDERGARTEN';
  } = {},
): ScenarioLineFieldsFragment {
  const { title, sector, ...rest } = overrides;
  return {
    id,
    status: 'FUNDED',
    rank: Number(id),
    score: 0.5,
    requestedThisYear: 100_000,
    engineGrantedThisYear: 100_000,
    adjustedThisYear: null,
    grantedThisYear: 100_000,
    fundedPercent: 100,
    adjustmentReason: null,
    adjustedByName: null,
    adjustedAt: null,
    constraintOverride: null,
    adjustmentExplanation: null,
    breaks: [],
    clauses: [],
    explanation: { nb: `Forklaring ${id}` },
    needsStatement: {
      id: `ns${id}`,
      title: title ?? `Tiltak ${id}`,
      sector: sector ?? 'SCHOOL',
      themeId: 't1',
      durationYears: 1,
      partnership: {
        id: `p${id}`,
        name: `Partnerskap ${id}`,
        owners: [
          {
            id: 'o1',
            name: 'Tromsø kommune',
            ownership: 'PUBLIC',
            municipality: { number: '5501', name: 'Tromsø' },
          },
        ],
        institution: { id: 'i1', name: 'UiT' },
      },
    },
    ...rest,
  };
}

export const scenarioSummary = {
  id: 's1',
  name: 'Hovedforslag',
  method: 'RANKED' as const,
  cutRule: 'PROPORTIONAL' as const,
  marginalTier: 'CUT_RULE' as const,
  frame: 1_000_000,
  committedEarlier: 0,
  grantedNew: 300_000,
  leftover: 700_000,
  ranAt: '2026-03-01T10:00:00.000Z',
  ranByName: 'Rådgiver',
  durationMs: 12,
  version: 4,
};

/** A scenario's figures as the API computes them: gauges, report, totals and method info. */
export const scenarioFigures = {
  constraintReport: {
    gauges: [
      {
        id: 'SECTOR:SCHOOL',
        kind: 'SECTOR_BAND' as const,
        label: { nb: 'Skole' },
        amount: 300_000,
        percent: 30,
        lower: 250_000,
        upper: 350_000,
        limitPercent: 30,
        broken: false,
        warning: false,
        informational: false,
        overridden: false,
        overrideReasons: [],
        explanation: { nb: 'Skole: 300 000 kr, innenfor båndet.' },
        notes: [],
        assumptions: [{ nb: 'Antakelse: ±5 prosentpoeng rundt hver sektorandel.' }],
        clause: '3.1',
        clauseTitle: { nb: 'Fordeling mellom sektorene' },
      },
      {
        id: 'COORDINATOR',
        kind: 'COORDINATOR_CAP' as const,
        label: { nb: 'Koordinatormidler' },
        amount: 60_000,
        percent: 6,
        lower: null,
        upper: 50_000,
        limitPercent: 5,
        broken: true,
        warning: false,
        informational: false,
        overridden: false,
        overrideReasons: [],
        explanation: { nb: 'Koordinatormidler: 60 000 kr mot taket på 50 000 kr.' },
        notes: [],
        assumptions: [],
        clause: null,
        clauseTitle: null,
      },
    ],
    sectors: [
      {
        sector: 'SCHOOL' as const,
        total: 300_000,
        grantedNew: 200_000,
        band: { lower: 250_000, upper: 350_000 },
      },
    ],
    leftover: {
      amount: 700_000,
      reasons: [{ code: 'NO_MORE_DEMAND', message: { nb: 'Ingen flere søknader å gi til.' } }],
    },
    institutionsInSeveralPartnerships: [
      { orgnr: '970422528', name: 'UiT', grantedThisYear: 120_000, partnershipIds: ['p1', 'p2'] },
    ],
  },
  breaches: [] as ConstraintBreachFieldsFragment[],
  totals: {
    bySector: [
      {
        key: 'SCHOOL',
        kind: 'SECTOR' as const,
        sector: 'SCHOOL' as const,
        municipality: null,
        owners: [],
        statements: 3,
        requestedThisYear: 600_000,
        grantedThisYear: 300_000,
      },
    ],
    byMunicipality: [
      {
        key: '5501',
        kind: 'MUNICIPALITY' as const,
        sector: null,
        municipality: { number: '5501', name: 'Tromsø' },
        owners: [],
        statements: 3,
        requestedThisYear: 600_000,
        grantedThisYear: 300_000,
      },
    ],
    byOwner: [
      {
        key: 'o1',
        kind: 'OWNERS' as const,
        sector: null,
        municipality: null,
        owners: [{ id: 'o1', name: 'Tromsø kommune' }],
        statements: 3,
        requestedThisYear: 600_000,
        grantedThisYear: 300_000,
      },
    ],
  },
  methodInfo: {
    method: 'OPTIMAL' as const,
    source: 'OPTIMAL' as const,
    status: 'OPTIMAL',
    gap: 0.0001,
    timeLimitReached: false,
    timeLimitSeconds: 10,
    durationMs: 840,
    explanation: { nb: 'Optimal fordeling funnet av løseren.' },
  },
};
