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
