import type { NeedsStatementStatus, Sector } from '../../gql/graphql.js';

export interface MixStatement {
  sector?: Sector | null;
  themeId?: string | null;
  status: NeedsStatementStatus;
}

export interface ThemeCount {
  sector: Sector | null;
  themeId: string | null;
  submitted: number;
  withdrawn: number;
}

const SECTOR_ORDER: (Sector | null)[] = ['KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD', null];

/**
 * How many statements each sector's themes drew, by status (counts only: what they asked for is
 * the API's to total). Sorted by sector, then by the theme's rank via `themeRank`.
 */
export function statementMix(
  statements: readonly MixStatement[],
  themeRank: (themeId: string | null) => number,
): ThemeCount[] {
  const counts = new Map<string, ThemeCount>();
  for (const s of statements) {
    const sector = s.sector ?? null;
    const themeId = s.themeId ?? null;
    const key = `${sector}|${themeId}`;
    const entry = counts.get(key) ?? { sector, themeId, submitted: 0, withdrawn: 0 };
    if (s.status === 'WITHDRAWN') entry.withdrawn += 1;
    else entry.submitted += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort(
    (a, b) =>
      SECTOR_ORDER.indexOf(a.sector) - SECTOR_ORDER.indexOf(b.sector) ||
      themeRank(a.themeId) - themeRank(b.themeId),
  );
}
