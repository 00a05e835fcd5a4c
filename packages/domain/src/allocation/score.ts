import { isNewcomer } from '../needs-statement/history.js';
import type { IndicatorKind, PlanRules } from '../plan/plan.schema.js';
import type { Sector } from '../plan/sector.js';
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

/**
 * One indicator as the round scores it: its weight, for statistics the round's largest value and
 * every candidate's figure, and the breakdown entries made so far. An entry depends only on the
 * figures it shows, so statements with the same figures share one frozen entry (a round has few
 * distinct figures per indicator).
 */
interface RoundIndicator {
  id: string;
  kind: IndicatorKind;
  weight: number;
  max: number;
  /** Statistics and distance: each candidate's figure, by candidate index. */
  raw: Float64Array | null;
  /** Entries by a whole figure below {@link SMALL}; the normalised value follows from the figure. */
  small: (ScoredPart<IndicatorEntry> | undefined)[];
  /** Other entries, by figure and then normalised value. */
  entries: Map<number, Map<number, ScoredPart<IndicatorEntry>>>;
}

const SMALL = 4096;

type IndicatorEntry = ScoreBreakdown['indicators'][number];
type ThemeEntry = ScoreBreakdown['theme'];

/** A frozen part of a score breakdown and its contribution in millionths. */
interface ScoredPart<T> {
  part: T;
  micro: number;
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
  const figureIds = rules.indicators
    .filter((i) => i.kind !== 'NEWCOMER' && i.kind !== 'OFFICE_KNOWLEDGE')
    .map((i) => i.id);
  const figures = rawValues(candidates, figureIds);
  const indicators: RoundIndicator[] = rules.indicators.map((indicator) => {
    const at = figureIds.indexOf(indicator.id);
    const raw = at >= 0 ? (figures[at] ?? null) : null;
    const statistic = indicator.kind === 'STATISTIC' || indicator.kind === 'DISTANCE';
    return {
      id: indicator.id,
      kind: indicator.kind,
      weight: weights.indicators.get(indicator.id) ?? 0,
      max: raw && statistic ? largestOfEligible(candidates, raw) : 0,
      raw,
      small: [],
      entries: new Map(),
    };
  });
  const themes = new Map<Sector, Map<number, ScoredPart<ThemeEntry>>>();
  const themeOf = (c: PreparedCandidate): ScoredPart<ThemeEntry> => {
    let bySector = themes.get(c.source.sector);
    if (!bySector) {
      bySector = new Map();
      themes.set(c.source.sector, bySector);
    }
    let theme = bySector.get(c.themePosition);
    if (!theme) {
      theme = themePart(c, themesOfSector(rules, c.source.sector).length, weights.theme);
      bySector.set(c.themePosition, theme);
    }
    return theme;
  };
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as PreparedCandidate;
    scoreCandidate(c, input, rules, themeOf(c), indicators);
  }
}

function themePart(
  c: PreparedCandidate,
  themeCount: number,
  themeWeight: number,
): ScoredPart<ThemeEntry> {
  const themeScore =
    c.themeRank === null || themeCount === 0 ? 0 : (themeCount - c.themePosition) / themeCount;
  const themeMicro = micro(themeWeight * themeScore);
  return {
    part: Object.freeze({
      rank: c.themeRank,
      score: micro(themeScore) / MICRO,
      weight: themeWeight,
      contribution: themeMicro / MICRO,
    }),
    micro: themeMicro,
  };
}

function scoreCandidate(
  c: PreparedCandidate,
  input: AllocationInput,
  rules: PlanRules,
  theme: ScoredPart<ThemeEntry>,
  roundIndicators: readonly RoundIndicator[],
): void {
  const owners = c.source.owners;
  let newcomers = 0;
  for (const o of owners) {
    if (isNewcomer(input.history, o.orgnr, input.round.year, rules.newcomers)) newcomers += 1;
  }
  c.newcomerShare = owners.length > 0 ? newcomers / owners.length : 0;
  let total = theme.micro;
  // map: the list lives as long as the result, at its exact length.
  const indicators = roundIndicators.map((indicator) => {
    let scored: ScoredPart<IndicatorEntry>;
    if (indicator.kind === 'NEWCOMER') {
      // The share depends on the number of owners too, not on the figure alone.
      scored = indicatorEntry(indicator, newcomers, c.newcomerShare);
    } else if (indicator.kind === 'OFFICE_KNOWLEDGE') {
      const raw = c.source.officeKnowledge?.score ?? 0;
      scored = indicatorPart(indicator, raw, Math.min(1, Math.max(0, raw)));
    } else {
      const raw = indicator.raw?.[c.index] ?? 0;
      scored = indicatorPart(indicator, raw, indicator.max > 0 ? raw / indicator.max : 0);
    }
    total += scored.micro;
    return scored.part;
  });
  c.scoreMicro = c.eligible ? total : 0;
  c.score = { total: total / MICRO, theme: theme.part, indicators };
}

/** The entry for a figure whose normalised value follows from the figure alone. */
function indicatorPart(
  indicator: RoundIndicator,
  raw: number,
  normalised: number,
): ScoredPart<IndicatorEntry> {
  if (!(raw >= 0 && raw < SMALL && Number.isInteger(raw)) || Object.is(raw, -0)) {
    return indicatorEntry(indicator, raw, normalised);
  }
  let scored = indicator.small[raw];
  if (!scored) {
    scored = scoredIndicator(indicator, raw, normalised);
    indicator.small[raw] = scored;
  }
  return scored;
}

function indicatorEntry(
  indicator: RoundIndicator,
  raw: number,
  normalised: number,
): ScoredPart<IndicatorEntry> {
  // A Map takes -0 for 0: a figure of -0 gets an entry of its own.
  if (Object.is(raw, -0)) return scoredIndicator(indicator, raw, normalised);
  let byNormalised = indicator.entries.get(raw);
  if (!byNormalised) {
    byNormalised = new Map();
    indicator.entries.set(raw, byNormalised);
  }
  let scored = byNormalised.get(normalised);
  if (!scored) {
    scored = scoredIndicator(indicator, raw, normalised);
    byNormalised.set(normalised, scored);
  }
  return scored;
}

function scoredIndicator(
  indicator: RoundIndicator,
  raw: number,
  normalised: number,
): ScoredPart<IndicatorEntry> {
  const contribution = micro(indicator.weight * normalised);
  return {
    part: Object.freeze({
      id: indicator.id,
      raw,
      normalised: micro(normalised) / MICRO,
      weight: indicator.weight,
      contribution: contribution / MICRO,
    }),
    micro: contribution,
  };
}

/**
 * Each candidate's figure for each indicator, by candidate index: 0 when missing or not positive.
 * One pass over the candidates, each candidate's figures read together.
 */
function rawValues(
  candidates: readonly PreparedCandidate[],
  ids: readonly string[],
): Float64Array[] {
  const raw = ids.map(() => new Float64Array(candidates.length));
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as PreparedCandidate;
    const figures = c.source.indicators;
    if (!figures) continue;
    for (let i = 0; i < ids.length; i++) {
      const value = figures[ids[i] as string] ?? 0;
      (raw[i] as Float64Array)[c.index] = Number.isFinite(value) && value > 0 ? value : 0;
    }
  }
  return raw;
}

function largestOfEligible(candidates: readonly PreparedCandidate[], raw: Float64Array): number {
  let max = 0;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as PreparedCandidate;
    if (c.eligible) max = Math.max(max, raw[c.index] ?? 0);
  }
  return max;
}
