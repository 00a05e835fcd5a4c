import { compareIds } from '../common/canonical-json.js';
import type { Sector } from '../plan/sector.js';

/** One grant year's reported figures, free of personal data: what the national view aggregates. */
export interface ReportedFigure {
  county: string;
  year: number;
  sector: Sector;
  themeId: string;
  ownership: 'PUBLIC' | 'PRIVATE' | 'MIXED';
  institutionOrgnr: string;
  durationYears: number;
  granted: number;
  spentOwner: number;
  spentInstitution: number;
  coordinatorSpent: number;
}

export const AGGREGATION_KEYS = [
  'county',
  'year',
  'sector',
  'themeId',
  'ownership',
  'institutionOrgnr',
  'durationYears',
] as const;
export type AggregationKey = (typeof AGGREGATION_KEYS)[number];

export interface FigureTotals {
  count: number;
  granted: number;
  spentOwner: number;
  spentInstitution: number;
  spent: number;
  coordinatorSpent: number;
}

export interface AggregateGroup extends FigureTotals {
  key: Partial<Record<AggregationKey, string | number>>;
}

export interface Aggregation {
  by: AggregationKey[];
  groups: AggregateGroup[];
  totals: FigureTotals;
}

const empty = (): FigureTotals => ({
  count: 0,
  granted: 0,
  spentOwner: 0,
  spentInstitution: 0,
  spent: 0,
  coordinatorSpent: 0,
});

function add(into: FigureTotals, f: ReportedFigure): void {
  into.count += 1;
  into.granted += f.granted;
  into.spentOwner += f.spentOwner;
  into.spentInstitution += f.spentInstitution;
  into.spent += f.spentOwner + f.spentInstitution;
  into.coordinatorSpent += f.coordinatorSpent;
}

/**
 * Groups reported figures by any of the keys (none: one group). Groups come sorted by their key
 * values; the totals are the same whichever way the figures are grouped.
 */
export function aggregateReportedFigures(
  figures: readonly ReportedFigure[],
  by: readonly AggregationKey[],
): Aggregation {
  const keys = AGGREGATION_KEYS.filter((k) => by.includes(k));
  const groups = new Map<string, AggregateGroup>();
  const totals = empty();
  for (const figure of figures) {
    const key: AggregateGroup['key'] = {};
    for (const k of keys) key[k] = figure[k];
    const id = JSON.stringify(keys.map((k) => figure[k]));
    let group = groups.get(id);
    if (!group) {
      group = { key, ...empty() };
      groups.set(id, group);
    }
    add(group, figure);
    add(totals, figure);
  }
  const sorted = [...groups.values()].sort((a, b) => {
    for (const k of keys) {
      const x = a.key[k];
      const y = b.key[k];
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return compareIds(String(x), String(y));
    }
    return 0;
  });
  return { by: keys, groups: sorted, totals };
}
