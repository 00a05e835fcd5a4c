import type { Sector } from '../plan/sector.js';

/** One stored figure of the knowledge base (kunnskapsgrunnlag) for a municipality. */
export interface MunicipalityFigure {
  municipalityNumber: string;
  indicatorId: string;
  year: number;
  value: number;
}

/** The latest figure per municipality and indicator, by kommunenummer then indicator id. */
export type LatestFigures = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * The figures a round of `roundYear` uses: per municipality and indicator, the latest figure from
 * that year or before (a later year's figure is not known when the round is decided).
 */
export function latestIndicatorFigures(
  figures: readonly MunicipalityFigure[],
  roundYear: number,
): LatestFigures {
  const latest = new Map<string, Map<string, { year: number; value: number }>>();
  for (const f of figures) {
    if (f.year > roundYear) continue;
    const byIndicator = latest.get(f.municipalityNumber) ?? new Map();
    const seen = byIndicator.get(f.indicatorId);
    if (!seen || f.year >= seen.year)
      byIndicator.set(f.indicatorId, { year: f.year, value: f.value });
    latest.set(f.municipalityNumber, byIndicator);
  }
  return new Map(
    [...latest].map(([m, byIndicator]) => [
      m,
      new Map([...byIndicator].map(([id, { value }]) => [id, value])),
    ]),
  );
}

/**
 * A partnership's figure per indicator: the mean over the distinct municipalities its owners lie
 * in, counting only municipalities that have the figure. Indicators no municipality has are left
 * out (the engine then scores them as 0).
 */
export function partnershipIndicatorFigures(
  latest: LatestFigures,
  municipalityNumbers: readonly string[],
): Record<string, number> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const m of new Set(municipalityNumbers)) {
    for (const [id, value] of latest.get(m) ?? []) {
      const entry = sums.get(id) ?? { sum: 0, n: 0 };
      entry.sum += value;
      entry.n += 1;
      sums.set(id, entry);
    }
  }
  return Object.fromEntries(
    [...sums]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, { sum, n }]) => [id, sum / n]),
  );
}

/**
 * One figure of the knowledge base as the register keeps it: for a municipality or for one owner,
 * for one sector or (no sector) for the place as a whole.
 */
export interface IndicatorFigure {
  indicatorId: string;
  year: number;
  value: number;
  municipalityNumber?: string | undefined;
  ownerOrgnr?: string | undefined;
  sector?: Sector | undefined;
}

/** The figures a round of one year uses, indexed by place and indicator (see statementIndicatorFigures). */
export interface IndicatorFigureIndex {
  /** Per place key (`m:<kommunenummer>` or `o:<orgnr>`): per indicator, the figure to use by sector. */
  readonly byPlace: ReadonlyMap<string, ReadonlyMap<string, FigureChoice>>;
}

interface FigureChoice {
  /** The latest figure for the place as a whole. */
  general?: { year: number; value: number };
  /** The latest figure per sector. */
  bySector: Map<Sector, { year: number; value: number }>;
}

/**
 * Indexes the figures a round of `roundYear` may use: per place and indicator the latest figure
 * from that year or before, for the place as a whole and per sector.
 */
export function indexIndicatorFigures(
  figures: readonly IndicatorFigure[],
  roundYear: number,
): IndicatorFigureIndex {
  const byPlace = new Map<string, Map<string, FigureChoice>>();
  for (const f of figures) {
    if (f.year > roundYear) continue;
    const place = f.ownerOrgnr
      ? `o:${f.ownerOrgnr}`
      : f.municipalityNumber
        ? `m:${f.municipalityNumber}`
        : null;
    if (!place) continue;
    const byIndicator = byPlace.get(place) ?? new Map<string, FigureChoice>();
    const choice: FigureChoice = byIndicator.get(f.indicatorId) ?? { bySector: new Map() };
    const entry = { year: f.year, value: f.value };
    if (f.sector) {
      const seen = choice.bySector.get(f.sector);
      if (!seen || f.year >= seen.year) choice.bySector.set(f.sector, entry);
    } else if (!choice.general || f.year >= choice.general.year) {
      choice.general = entry;
    }
    byIndicator.set(f.indicatorId, choice);
    byPlace.set(place, byIndicator);
  }
  return { byPlace };
}

/**
 * A statement's figure per indicator, for its partnership's owners and its sector: each owner
 * with a figure of its own counts with that figure; the other owners count through their
 * municipality, each municipality once. A figure for the statement's sector is used before one for
 * the place as a whole. The mean of what is found; indicators nothing is found for are left out.
 * With only municipal figures for the whole place this is partnershipIndicatorFigures.
 */
export function statementIndicatorFigures(
  index: IndicatorFigureIndex,
  owners: readonly { orgnr: string; municipalityNumber?: string | undefined }[],
  sector: Sector | undefined,
): Record<string, number> {
  const municipalities = new Set<string>();
  for (const owner of owners) {
    if (owner.municipalityNumber) municipalities.add(owner.municipalityNumber);
  }
  const sums = new Map<string, { sum: number; n: number }>();
  const add = (id: string, value: number) => {
    const entry = sums.get(id) ?? { sum: 0, n: 0 };
    entry.sum += value;
    entry.n += 1;
    sums.set(id, entry);
  };
  const pick = (choice: FigureChoice | undefined) =>
    choice ? ((sector ? choice.bySector.get(sector) : undefined) ?? choice.general) : undefined;
  // An owner's own figure replaces its municipality's for that indicator only.
  const ownFigure = new Map<string, Set<string>>();
  for (const owner of owners) {
    const mine = index.byPlace.get(`o:${owner.orgnr}`);
    for (const [id, choice] of mine ?? []) {
      const figure = pick(choice);
      if (!figure) continue;
      add(id, figure.value);
      const covered = ownFigure.get(id) ?? new Set<string>();
      covered.add(owner.orgnr);
      ownFigure.set(id, covered);
    }
  }
  for (const m of municipalities) {
    const viaMunicipality = owners.filter((o) => o.municipalityNumber === m);
    for (const [id, choice] of index.byPlace.get(`m:${m}`) ?? []) {
      const covered = ownFigure.get(id);
      if (covered && viaMunicipality.every((o) => covered.has(o.orgnr))) continue;
      const figure = pick(choice);
      if (figure) add(id, figure.value);
    }
  }
  return Object.fromEntries(
    [...sums]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, { sum, n }]) => [id, sum / n]),
  );
}
