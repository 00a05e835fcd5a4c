/**
 * Scenarios side by side: per statement, its grant in each scenario (the ones that differ first),
 * and per group (sector, municipality, owners) the totals in each. Plain data in, plain data out:
 * the caller decides what a line and a group carry besides their money.
 */

/** How many scenarios one comparison takes. */
export const COMPARE_SCENARIOS = { min: 2, max: 6 } as const;

/** Why a set of scenario ids cannot be compared, or null when it can. */
export type ComparisonRefusal = 'COUNT' | 'DUPLICATE';

export function comparisonRefusal(ids: readonly string[]): ComparisonRefusal | null {
  if (ids.length < COMPARE_SCENARIOS.min || ids.length > COMPARE_SCENARIOS.max) return 'COUNT';
  if (new Set(ids).size !== ids.length) return 'DUPLICATE';
  return null;
}

/** One scenario's line for one statement. */
export interface LineToCompare<L> {
  statementId: string;
  requestedThisYear: number;
  /** Granted this year, advisers' adjustments included (whole kroner). */
  grantedThisYear: number;
  line: L;
}

/** One statement across the scenarios: one entry per scenario, in the order given. */
export interface ComparedStatement<L> {
  statementId: string;
  requestedThisYear: number;
  /** 0 where a scenario has no line for the statement. */
  granted: number[];
  /** Largest minus smallest grant. */
  spread: number;
  lines: (L | null)[];
}

/** One group's totals in one scenario. */
export interface GroupToCompare {
  key: string;
  /** Compared by identity (ids, numbers or shared objects). */
  municipalities: readonly unknown[];
  statements: number;
  requestedThisYear: number;
  grantedThisYear: number;
}

/** One group across the scenarios (0 where a scenario has none of it). */
export type ComparedGroup<G extends GroupToCompare> = Omit<
  G,
  'municipalities' | 'statements' | 'requestedThisYear' | 'grantedThisYear'
> & {
  municipalities: Array<G['municipalities'][number]>;
  statements: number[];
  requestedThisYear: number[];
  granted: number[];
  spread: number;
  differs: boolean;
};

export interface ScenarioToCompare<L, G extends GroupToCompare> {
  id: string;
  inputHash: string;
  lines: ReadonlyArray<LineToCompare<L>>;
  bySector: readonly G[];
  byMunicipality: readonly G[];
  byOwner: readonly G[];
}

export interface ScenarioComparisonResult<L, G extends GroupToCompare> {
  /** Largest spread first, then by statement id. */
  rows: ComparedStatement<L>[];
  /** Only the rows whose grant differs. */
  differences: ComparedStatement<L>[];
  /** Ids of the later scenarios whose input is identical to the first one's. */
  sameInputAsFirst: string[];
  bySector: ComparedGroup<G>[];
  byMunicipality: ComparedGroup<G>[];
  byOwner: ComparedGroup<G>[];
}

const spreadOf = (values: readonly number[]): number =>
  values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);

export function compareScenarios<L, G extends GroupToCompare>(
  scenarios: ReadonlyArray<ScenarioToCompare<L, G>>,
): ScenarioComparisonResult<L, G> {
  const n = scenarios.length;
  const byStatement = new Map<string, ComparedStatement<L>>();
  scenarios.forEach((scenario, k) => {
    for (const line of scenario.lines) {
      const row = byStatement.get(line.statementId) ?? {
        statementId: line.statementId,
        requestedThisYear: line.requestedThisYear,
        granted: Array.from({ length: n }, () => 0),
        spread: 0,
        lines: Array.from({ length: n }, () => null),
      };
      row.granted[k] = line.grantedThisYear;
      row.lines[k] = line.line;
      byStatement.set(line.statementId, row);
    }
  });
  const rows = [...byStatement.values()]
    .map((row) => ({ ...row, spread: spreadOf(row.granted) }))
    .sort(
      (a, b) =>
        b.spread - a.spread ||
        (a.statementId < b.statementId ? -1 : a.statementId > b.statementId ? 1 : 0),
    );
  const first = scenarios[0];
  return {
    rows,
    differences: rows.filter((r) => r.spread > 0),
    sameInputAsFirst: scenarios
      .slice(1)
      .filter((s) => s.inputHash === first?.inputHash)
      .map((s) => s.id),
    bySector: compareGroups(scenarios.map((s) => s.bySector)),
    byMunicipality: compareGroups(scenarios.map((s) => s.byMunicipality)),
    byOwner: compareGroups(scenarios.map((s) => s.byOwner)),
  };
}

/** One group's totals in each scenario, in first-seen order. */
function compareGroups<G extends GroupToCompare>(
  perScenario: ReadonlyArray<readonly G[]>,
): ComparedGroup<G>[] {
  const n = perScenario.length;
  const groups = new Map<string, ComparedGroup<G>>();
  perScenario.forEach((list, k) => {
    for (const g of list) {
      let entry = groups.get(g.key);
      if (!entry) {
        const { municipalities, statements, requestedThisYear, grantedThisYear, ...identity } = g;
        void statements;
        void requestedThisYear;
        void grantedThisYear;
        entry = {
          ...identity,
          municipalities: [...municipalities],
          statements: Array.from({ length: n }, () => 0),
          requestedThisYear: Array.from({ length: n }, () => 0),
          granted: Array.from({ length: n }, () => 0),
          spread: 0,
          differs: false,
        } as ComparedGroup<G>;
        groups.set(g.key, entry);
      }
      for (const m of g.municipalities) {
        if (!entry.municipalities.includes(m)) entry.municipalities.push(m);
      }
      entry.statements[k] = g.statements;
      entry.requestedThisYear[k] = g.requestedThisYear;
      entry.granted[k] = g.grantedThisYear;
    }
  });
  return [...groups.values()].map((g) => {
    const spread = spreadOf(g.granted);
    return { ...g, spread, differs: spread > 0 };
  });
}
