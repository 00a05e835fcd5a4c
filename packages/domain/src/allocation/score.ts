import { isNewcomer } from '../needs-statement/history.js';
import type { IndicatorDefinition, IndicatorKind, PlanRules } from '../plan/plan.schema.js';
import type { Sector } from '../plan/sector.js';
import type { AllocationInput, SamiLevel, ScoreBreakdown } from './allocation.types.js';
import type { PreparedCandidate } from './prepared-round.js';

const MICRO = 1_000_000;
const micro = (value: number) => Math.round(value * MICRO);

/** What a candidate holds until {@link scoreCandidates} sets its score; never part of a result. */
export const UNSCORED: ScoreBreakdown = {
  total: 0,
  theme: { rank: null, inThemes: false },
  indicators: [],
};

export interface ScoreWeights {
  indicators: Map<string, number>;
}

/**
 * Whether an indicator weighs in the discretionary assessment of a sector's statements: those of
 * its sectors (all when it names none). Newcomer status is a priority criterion of its own (before
 * the indicators), and distance to a university is a cost consideration, not a priority (plan).
 */
export function indicatorWeighsFor(indicator: IndicatorDefinition, sector: Sector): boolean {
  if (indicator.kind === 'NEWCOMER' || indicator.kind === 'DISTANCE') return false;
  return !indicator.sectors || indicator.sectors.includes(sector);
}

/** STRONG before SOME before NONE; a statement not yet assessed counts as NONE. */
export function samiClass(level: SamiLevel | undefined): number {
  return level === 'STRONG' ? 2 : level === 'SOME' ? 1 : 0;
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
  definition: IndicatorDefinition;
  weight: number;
  /** Statistics: the largest figure among eligible candidates of each sector it weighs for. */
  max: Map<Sector, number>;
  /** Statistics and distance: each candidate's figure, by candidate index. */
  raw: Float64Array | null;
  /**
   * Entries by a whole figure below {@link SMALL}, per sector (statistics are normalised within the
   * sector, so there the normalised value follows from the sector and the figure).
   */
  small: Map<Sector, (ScoredPart<IndicatorEntry> | undefined)[]>;
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
 * Sets every candidate's newcomer status, Sámi class and discretionary score: Σ weight × indicator
 * over the indicators of its own sector, in millionths, with statistics divided by the largest
 * value among eligible candidates of the same sector ("seen together" within the sector).
 */
export function scoreCandidates(
  candidates: PreparedCandidate[],
  input: AllocationInput,
  rules: PlanRules,
  weights: ScoreWeights,
): void {
  const figureIds = rules.indicators
    .filter((i) => i.kind === 'STATISTIC' || i.kind === 'DISTANCE')
    .map((i) => i.id);
  const figures = rawValues(candidates, figureIds);
  const indicators: RoundIndicator[] = rules.indicators.map((indicator) => {
    const at = figureIds.indexOf(indicator.id);
    const raw = at >= 0 ? (figures[at] ?? null) : null;
    return {
      id: indicator.id,
      kind: indicator.kind,
      definition: indicator,
      weight: weights.indicators.get(indicator.id) ?? 0,
      max: raw && indicator.kind === 'STATISTIC' ? largestOfEligible(candidates, raw) : new Map(),
      raw,
      small: new Map(),
      entries: new Map(),
    };
  });
  const bySector = new Map<Sector, RoundIndicator[]>();
  const indicatorsOf = (sector: Sector) => {
    let list = bySector.get(sector);
    if (!list) {
      list = indicators.filter((i) => indicatorWeighsFor(i.definition, sector));
      bySector.set(sector, list);
    }
    return list;
  };
  const themes = new Map<number | null, ThemeEntry>();
  // A round has few owners and many statements: each owner's newcomer status is found once.
  const newcomer = new Map<string, boolean>();
  const isNew = (orgnr: string) => {
    let known = newcomer.get(orgnr);
    if (known === undefined) {
      known = isNewcomer(input.history, orgnr, input.round.year, rules.newcomers);
      newcomer.set(orgnr, known);
    }
    return known;
  };
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as PreparedCandidate;
    let theme = themes.get(c.themeRank);
    if (!theme) {
      theme = Object.freeze({ rank: c.themeRank, inThemes: c.themeRank !== null });
      themes.set(c.themeRank, theme);
    }
    scoreCandidate(c, isNew, theme, indicatorsOf(c.source.sector));
  }
}

function scoreCandidate(
  c: PreparedCandidate,
  isNew: (orgnr: string) => boolean,
  theme: ThemeEntry,
  roundIndicators: readonly RoundIndicator[],
): void {
  const owners = c.source.owners;
  let newcomers = 0;
  for (let k = 0; k < owners.length; k++) {
    if (isNew((owners[k] as (typeof owners)[number]).orgnr)) newcomers += 1;
  }
  c.newcomers = newcomers;
  c.newcomerClass = newcomers === 0 ? 0 : newcomers === owners.length ? 2 : 1;
  c.samiClass = samiClass(c.source.samiAssessment?.level);
  let total = 0;
  const sector = c.source.sector;
  // The list lives as long as the result: made at its exact length.
  const indicators = new Array<IndicatorEntry>(roundIndicators.length);
  for (let k = 0; k < roundIndicators.length; k++) {
    const indicator = roundIndicators[k] as RoundIndicator;
    let scored: ScoredPart<IndicatorEntry>;
    if (indicator.kind === 'OFFICE_KNOWLEDGE') {
      const raw = c.source.officeKnowledge?.score ?? 0;
      scored = indicatorPart(indicator, sector, raw, Math.min(1, Math.max(0, raw)));
    } else {
      const raw = indicator.raw?.[c.index] ?? 0;
      const max = indicator.max.get(sector) ?? 0;
      scored = indicatorPart(indicator, sector, raw, max > 0 ? raw / max : 0);
    }
    total += scored.micro;
    indicators[k] = scored.part;
  }
  c.indicatorMicro = c.eligible ? total : 0;
  c.score = { total: total / MICRO, theme, indicators };
}

/** The entry for a figure whose normalised value follows from the figure alone. */
function indicatorPart(
  indicator: RoundIndicator,
  sector: Sector,
  raw: number,
  normalised: number,
): ScoredPart<IndicatorEntry> {
  if (!(raw >= 0 && raw < SMALL && Number.isInteger(raw)) || Object.is(raw, -0)) {
    return indicatorEntry(indicator, raw, normalised);
  }
  let small = indicator.small.get(sector);
  if (!small) {
    small = [];
    indicator.small.set(sector, small);
  }
  let scored = small[raw];
  if (!scored) {
    scored = scoredIndicator(indicator, raw, normalised);
    small[raw] = scored;
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

function largestOfEligible(
  candidates: readonly PreparedCandidate[],
  raw: Float64Array,
): Map<Sector, number> {
  const max = new Map<Sector, number>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k] as PreparedCandidate;
    if (!c.eligible) continue;
    const value = raw[c.index] ?? 0;
    if (value > (max.get(c.source.sector) ?? 0)) max.set(c.source.sector, value);
  }
  return max;
}
