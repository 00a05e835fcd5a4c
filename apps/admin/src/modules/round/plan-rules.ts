import {
  PlanVersionNotFoundError,
  resolvePlanVersion,
  themesOfSector as domainThemesOfSector,
  type CountyPlan,
  type IndicatorDefinition,
  type PlanRules,
  type Sector,
  type Theme,
  type ThemeItem,
} from '@kompetansemidler/domain';

/**
 * The rules of the plan version a round uses (the plan JSON carries all its versions), resolved
 * by the domain; the latest version when the round names none the plan has.
 */
export function planRules(plan: unknown, versionId: string | null | undefined): PlanRules | null {
  const countyPlan = plan as CountyPlan | null | undefined;
  if (!countyPlan || !Array.isArray(countyPlan.versions)) return null;
  const latest = countyPlan.versions.at(-1)?.id;
  for (const id of [versionId, latest]) {
    if (!id) continue;
    try {
      return resolvePlanVersion(countyPlan, id).rules;
    } catch (error) {
      if (!(error instanceof PlanVersionNotFoundError)) throw error;
    }
  }
  return null;
}

/** Theme id → its rank in its sector (1 highest). */
export function themeRanks(rules: PlanRules | null): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const sectorThemes of rules?.themes ?? []) {
    for (const theme of sectorThemes.themes) ranks.set(theme.id, theme.rank);
  }
  return ranks;
}

/** Theme id → its Norwegian title with the rank (`1. Lesing`), across every sector. */
export function themeLabels(rules: PlanRules | null): Map<string, string> {
  const labels = new Map<string, string>();
  for (const sectorThemes of rules?.themes ?? []) {
    for (const theme of sectorThemes.themes) {
      labels.set(theme.id, `${theme.rank}. ${theme.title.nb}`);
    }
  }
  return labels;
}

/** The themes of one sector, in the plan's ranked order (the domain's; none without a plan). */
export function themesOfSector(rules: PlanRules | null, sector: Sector): readonly Theme[] {
  return rules ? domainThemesOfSector(rules, sector) : [];
}

/** The discretionary indicators an adviser can weight in a scenario. */
export function weightableIndicators(rules: PlanRules | null): IndicatorDefinition[] {
  return rules?.indicators ?? [];
}

/** The plan's default sector tolerance in percentage points (null if it has no fixed shares). */
export function defaultTolerance(rules: PlanRules | null): number | null {
  const split = rules?.sectorSplit;
  return split && split.kind !== 'NONE' ? split.tolerancePercentagePoints : null;
}

/** Theme item id → its Norwegian title, items under items included. */
export function themeItemLabels(rules: PlanRules | null): Map<string, string> {
  const labels = new Map<string, string>();
  const visit = (items: readonly ThemeItem[] | undefined) => {
    for (const item of items ?? []) {
      labels.set(item.id, item.title.nb);
      visit(item.items);
    }
  };
  for (const sectorThemes of rules?.themes ?? []) {
    for (const theme of sectorThemes.themes) visit(theme.items);
    // Items allowed within every theme (measures that secure progress).
    visit(sectorThemes.everyTheme?.items);
  }
  return labels;
}
