import type { NewcomerRule } from '../plan/plan.schema.js';
import type { FundingHistory } from './needs-statement.schema.js';

/** Funding history indexed by work and by owner, for repeated look-ups. */
export interface HistoryIndex {
  workYears: Map<string, number[]>;
  ownerYears: Map<string, number[]>;
}

const indexCache = new WeakMap<FundingHistory, HistoryIndex>();

export function indexHistory(history: FundingHistory): HistoryIndex {
  const cached = indexCache.get(history);
  if (cached) return cached;
  const workYears = new Map<string, number[]>();
  for (const work of history.works) {
    workYears.set(work.workId, [...(workYears.get(work.workId) ?? []), ...work.fundedYears]);
  }
  const ownerYears = new Map<string, number[]>();
  for (const owner of history.owners) {
    ownerYears.set(owner.orgnr, [
      ...(ownerYears.get(owner.orgnr) ?? []),
      ...owner.participationYears,
    ]);
  }
  const index = { workYears, ownerYears };
  indexCache.set(history, index);
  return index;
}

/** Distinct years before the round in which the work was funded. */
export function earlierYearsOfWork(
  history: FundingHistory,
  workId: string,
  roundYear: number,
): number[] {
  const years = indexHistory(history).workYears.get(workId);
  if (!years) return [];
  return [...new Set(years.filter((y) => y < roundYear))].sort((a, b) => a - b);
}

/** How many distinct years before the round the work was funded (earlierYearsOfWork's length). */
export function countEarlierYearsOfWork(
  history: FundingHistory,
  workId: string,
  roundYear: number,
): number {
  const years = indexHistory(history).workYears.get(workId);
  if (!years) return 0;
  let count = 0;
  for (let k = 0; k < years.length; k++) {
    const year = years[k] as number;
    if (!(year < roundYear)) continue;
    let seen = false;
    for (let j = 0; j < k && !seen; j++) seen = years[j] === year;
    if (!seen) count += 1;
  }
  return count;
}

/** Years the work would have in all if granted for `durationYears` from the round's year. */
export function totalYearsOfWork(
  history: FundingHistory,
  workId: string,
  roundYear: number,
  durationYears: number,
): number {
  return countEarlierYearsOfWork(history, workId, roundYear) + durationYears;
}

/**
 * An owner is a newcomer if it never took part before the round, or its latest year is followed by
 * at least `yearsAwayCountsAsLongWhile` years without taking part (took part 2022, round 2026:
 * away 2023–2025 = 3 years).
 */
export function isNewcomer(
  history: FundingHistory,
  orgnr: string,
  roundYear: number,
  rule: NewcomerRule,
): boolean {
  let latest: number | undefined;
  for (const year of indexHistory(history).ownerYears.get(orgnr) ?? []) {
    if (year < roundYear && (latest === undefined || year > latest)) latest = year;
  }
  if (latest === undefined) return true;
  return roundYear - latest - 1 >= rule.yearsAwayCountsAsLongWhile;
}
