import type { BarChartModel } from '../../charts/chart-model.js';
import type {
  ComparisonGroupFieldsFragment,
  ComparisonRowFieldsFragment,
} from '../../gql/graphql.js';
import { groupName } from '../scenarios/scenario-charts.js';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** One group of the API's comparison, named for the screen (the amounts are the API's). */
export interface ComparedGroup {
  key: string;
  name: string;
  /** Statements per scenario. */
  statements: number[];
  /** Requested this year per scenario. */
  requestedThisYear: number[];
  /** Granted this year per scenario, in the scenarios' order. */
  granted: number[];
  spread: number;
  differs: boolean;
}

export function comparedGroups(
  groups: readonly ComparisonGroupFieldsFragment[],
  t: Translate,
): ComparedGroup[] {
  return groups.map((g) => ({
    key: g.key,
    name: groupName(g, t),
    statements: g.statements,
    requestedThisYear: g.requestedThisYear,
    granted: g.granted,
    spread: g.spread,
    differs: g.differs,
  }));
}

/**
 * Why a statement got what it got in each scenario: the engine's explanation and any adviser's
 * adjustment reason, from the line the API returns for each scenario (null where it has none).
 */
export function reasonsOf(row: ComparisonRowFieldsFragment, adjustedLabel: string): string[] {
  return row.lines.map((line) => {
    if (!line) return '';
    return line.adjustmentReason
      ? `${line.explanation.nb} ${adjustedLabel}: ${line.adjustmentReason}`
      : line.explanation.nb;
  });
}

/** Per-scenario figures for one cell: one value when every scenario has it, else each by `/`. */
export function sameOrEach(values: readonly number[], format: (value: number) => string): string {
  if (values.length === 0) return '–';
  return values.every((v) => v === values[0])
    ? format(values[0]!)
    : values.map((v) => format(v)).join(' / ');
}

/** The sectors' grants per scenario as grouped bars. */
export function comparisonChart(
  sectors: readonly ComparedGroup[],
  scenarioNames: readonly string[],
): BarChartModel | null {
  if (sectors.length === 0) return null;
  return {
    unit: 'kroner',
    categories: sectors.map((s) => s.name),
    series: scenarioNames.map((name, index) => ({
      name,
      values: sectors.map((s) => s.granted[index] ?? null),
    })),
  };
}
