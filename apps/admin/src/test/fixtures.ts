import type { ScenarioLineFieldsFragment } from '../gql/graphql.js';

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
    adjustedBy: null,
    adjustedAt: null,
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
  frame: 1_000_000,
  committedEarlier: 0,
  grantedNew: 300_000,
  leftover: 700_000,
  ranAt: '2026-03-01T10:00:00.000Z',
  ranByName: 'Rådgiver',
  durationMs: 12,
  version: 4,
};
