import type { PlanRules, Theme, ThemeItem } from '../plan/plan.schema.js';
import type { Sector } from '../plan/sector.js';

const sortedThemes = new WeakMap<PlanRules, Map<Sector, Theme[]>>();

/** The sector's themes, highest priority (rank 1) first. Do not mutate the returned list. */
export function themesOfSector(rules: PlanRules, sector: Sector): Theme[] {
  let bySector = sortedThemes.get(rules);
  if (!bySector) {
    bySector = new Map();
    for (const entry of rules.themes) {
      bySector.set(
        entry.sector,
        [...entry.themes].sort((a, b) => a.rank - b.rank),
      );
    }
    sortedThemes.set(rules, bySector);
  }
  return bySector.get(sector) ?? [];
}

export function findTheme(
  rules: PlanRules,
  themeId: string,
): { sector: Sector; theme: Theme } | undefined {
  for (const entry of rules.themes) {
    const theme = entry.themes.find((t) => t.id === themeId);
    if (theme) return { sector: entry.sector, theme };
  }
  return undefined;
}

/** Every item of a theme, nested ones included, in plan order. */
export function flattenThemeItems(items: readonly ThemeItem[] | undefined): ThemeItem[] {
  const flat: ThemeItem[] = [];
  for (const item of items ?? []) flat.push(item, ...flattenThemeItems(item.items));
  return flat;
}

export function themeClause(rules: PlanRules, sector: Sector): string | undefined {
  return rules.themes.find((t) => t.sector === sector)?.clause;
}

/**
 * The theme's contribution to a priority score, in [1/n, 1]: rank 1 of n themes scores 1, rank n
 * scores 1/n. Ranks are compared by position, so gaps in numbering do not matter.
 */
export function themeRankScore(rules: PlanRules, sector: Sector, themeId: string): number {
  const themes = themesOfSector(rules, sector);
  const position = themes.findIndex((t) => t.id === themeId);
  if (position < 0 || themes.length === 0) return 0;
  return (themes.length - position) / themes.length;
}

/**
 * The items a statement of the sector may name: the theme's own (nested included) and those
 * allowed within every theme of the sector; without a theme, only the latter.
 */
export function allowedThemeItems(
  rules: PlanRules,
  sector: Sector | undefined,
  themeId: string | undefined,
): ThemeItem[] {
  const theme = themeId ? findTheme(rules, themeId) : undefined;
  const everySector = sector ?? theme?.sector;
  const every = rules.themes.find((t) => t.sector === everySector)?.everyTheme?.items;
  return [...flattenThemeItems(theme?.theme.items), ...flattenThemeItems(every)];
}
