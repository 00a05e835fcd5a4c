import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import type { Sector } from '../plan/sector.js';
import type {
  AllocationCandidate,
  AllocationInput,
  Commitment,
  ScenarioParameters,
} from './allocation.types.js';

const THEME: Record<Sector, string[]> = {
  KINDERGARTEN: ['kg-safe-environment', 'kg-life-skills', 'kg-sami'],
  SCHOOL: ['school-safe-environment', 'school-practical', 'school-ito'],
  TEAM_AROUND_CHILD: ['tac-safe-environments', 'tac-inclusion'],
};

/** A candidate asking `perYear` kroner in each of `duration` years from 2026 (60 % owner). */
export function candidate(
  id: string,
  sector: Sector,
  perYear: number,
  options: {
    duration?: number;
    themeRank?: number;
    coordinator?: number;
    private?: boolean;
    workId?: string;
  } = {},
): AllocationCandidate {
  const duration = options.duration ?? 1;
  return {
    id,
    partnershipId: `p-${id}`,
    workId: options.workId ?? `w-${id}`,
    sector,
    themeId: THEME[sector][(options.themeRank ?? 1) - 1] ?? '',
    durationYears: duration,
    budget: Array.from({ length: duration }, (_, k) => {
      const owner = Math.round(perYear * 0.6);
      return {
        year: 2026 + k,
        owner,
        institution: perYear - owner,
        total: perYear,
        coordinator: options.coordinator ?? 0,
      };
    }),
    owners: [
      { orgnr: `9${id.padStart(8, '0')}`, ownership: options.private ? 'PRIVATE' : 'PUBLIC' },
    ],
    institution: { orgnr: '970422528', name: 'UiT', kind: 'UNIVERSITY' },
  };
}

export function tromsInput(
  candidates: AllocationCandidate[],
  frame: number,
  scenario: Partial<ScenarioParameters> = {},
  commitments: Commitment[] = [],
): AllocationInput {
  return {
    plan: TROMS_PLAN_2026_2029,
    planVersion: '2026.1',
    round: { year: 2026, frame },
    commitments,
    candidates,
    history: { works: [], owners: [] },
    scenario: { method: 'ranked', cutRule: 'proportional', minFundedShare: 0, ...scenario },
  };
}
