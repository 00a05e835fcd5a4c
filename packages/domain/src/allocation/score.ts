import { isNewcomer } from '../needs-statement/history.js';
import type { IndicatorKind, PlanRules } from '../plan/plan.schema.js';
import { themesOfSector } from '../themes/theme-lookup.js';
import type { AllocationInput, ScoreBreakdown } from './allocation.types.js';
import type { PreparedCandidate } from './prepared-round.js';

const MICRO = 1_000_000;
const micro = (value: number) => Math.round(value * MICRO);

/** What a candidate holds until {@link scoreCandidates} sets its score; never part of a result. */
export const UNSCORED: ScoreBreakdown = {
  total: 0,
  theme: { rank: null, score: 0, weight: 0, contribution: 0 },
  indicators: [],
};

export interface ScoreWeights {
  indicators: Map<string, number>;
  theme: number;
}

/** One indicator as the round scores it: its weight and, for statistics, the round's largest value. */
interface RoundIndicator {
  id: string;
  kind: IndicatorKind;
  weight: number;
  max: number;
}

/**
 * Sets every candidate's score: `themeWeight × themeScore + Σ weight × indicator`, in millionths,
 * with statistics and distance divided by the largest value among eligible candidates.
 */
export function scoreCandidates(
  candidates: PreparedCandidate[],
  input: AllocationInput,
  rules: PlanRules,
  weights: ScoreWeights,
): void {
  const indicators: RoundIndicator[] = rules.indicators.map((indicator) => ({
    id: indicator.id,
    kind: indicator.kind,
    weight: weights.indicators.get(indicator.id) ?? 0,
    max:
      indicator.kind === 'STATISTIC' || indicator.kind === 'DISTANCE'
        ? largestRawValue(candidates, indicator.id)
        : 0,
  }));
  for (const c of candidates) scoreCandidate(c, input, rules, weights.theme, indicators);
}

function scoreCandidate(
  c: PreparedCandidate,
  input: AllocationInput,
  rules: PlanRules,
  themeWeight: number,
  roundIndicators: readonly RoundIndicator[],
): void {
  const owners = c.source.owners;
  let newcomers = 0;
  for (const o of owners) {
    if (isNewcomer(input.history, o.orgnr, input.round.year, rules.newcomers)) newcomers += 1;
  }
  c.newcomerShare = owners.length > 0 ? newcomers / owners.length : 0;
  const themeCount = themesOfSector(rules, c.source.sector).length;
  const themeScore =
    c.themeRank === null || themeCount === 0 ? 0 : (themeCount - c.themePosition) / themeCount;
  const themeMicro = micro(themeWeight * themeScore);
  let total = themeMicro;
  const indicators: ScoreBreakdown['indicators'] = [];
  for (const indicator of roundIndicators) {
    let raw = 0;
    let normalised = 0;
    if (indicator.kind === 'NEWCOMER') {
      raw = newcomers;
      normalised = c.newcomerShare;
    } else if (indicator.kind === 'OFFICE_KNOWLEDGE') {
      raw = c.source.officeKnowledge?.score ?? 0;
      normalised = Math.min(1, Math.max(0, raw));
    } else {
      raw = rawValue(c, indicator.id);
      normalised = indicator.max > 0 ? raw / indicator.max : 0;
    }
    const contribution = micro(indicator.weight * normalised);
    total += contribution;
    indicators.push({
      id: indicator.id,
      raw,
      normalised: micro(normalised) / MICRO,
      weight: indicator.weight,
      contribution: contribution / MICRO,
    });
  }
  c.scoreMicro = c.eligible ? total : 0;
  c.score = {
    total: total / MICRO,
    theme: {
      rank: c.themeRank,
      score: micro(themeScore) / MICRO,
      weight: themeWeight,
      contribution: themeMicro / MICRO,
    },
    indicators,
  };
}

function largestRawValue(candidates: readonly PreparedCandidate[], id: string): number {
  let max = 0;
  for (const c of candidates) if (c.eligible) max = Math.max(max, rawValue(c, id));
  return max;
}

function rawValue(c: PreparedCandidate, id: string): number {
  const value = c.source.indicators?.[id] ?? 0;
  return Number.isFinite(value) && value > 0 ? value : 0;
}
