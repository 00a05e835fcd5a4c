import { sumKroner, type ConstraintReport } from '@kompetansemidler/domain';
import type { BarChartModel } from '../../charts/chart-model.js';
import type { ComparisonRowFieldsFragment, Sector } from '../../gql/graphql.js';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Row = ComparisonRowFieldsFragment;

export interface GroupTotals {
  key: string;
  name: string;
  /** Granted this year per scenario, in the scenarios' order. */
  granted: number[];
  differs: boolean;
}

/** Per sector: the total (granted and committed) each scenario's report gives it. */
export function sectorTotals(
  reports: readonly (ConstraintReport | null)[],
  t: Translate,
): GroupTotals[] {
  const sectors: Sector[] = ['KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD'];
  return sectors
    .filter((sector) => reports.some((r) => r?.sectors.some((s) => s.sector === sector)))
    .map((sector) => {
      const granted = reports.map((r) => r?.sectors.find((s) => s.sector === sector)?.total ?? 0);
      return {
        key: sector,
        name: t(`sectors.${sector}`),
        granted,
        differs: new Set(granted).size > 1,
      };
    });
}

/**
 * Granted per group of statements (a municipality, an owner) for each scenario. A statement whose
 * owners are in several municipalities counts as such; an owner group is the partnership's owners.
 */
export function groupTotals(
  rows: readonly Row[],
  scenarioCount: number,
  groupOf: (row: Row) => { key: string; name: string },
): GroupTotals[] {
  const groups = new Map<string, { name: string; amounts: number[][] }>();
  for (const row of rows) {
    const { key, name } = groupOf(row);
    const group = groups.get(key) ?? {
      name,
      amounts: Array.from({ length: scenarioCount }, () => []),
    };
    row.granted.forEach((amount, index) => group.amounts[index]?.push(amount));
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => {
      const granted = g.amounts.map((a) => sumKroner(a));
      return { key, name: g.name, granted, differs: new Set(granted).size > 1 };
    })
    .sort((a, b) => Number(b.differs) - Number(a.differs) || a.name.localeCompare(b.name, 'nb'));
}

export function municipalityGroup(t: Translate) {
  return (row: Row) => {
    const numbers = new Map<string, string>();
    for (const owner of row.needsStatement.partnership.owners) {
      if (owner.municipality) numbers.set(owner.municipality.number, owner.municipality.name);
    }
    if (numbers.size === 1) {
      const [number, name] = [...numbers][0]!;
      return { key: number, name: `${number} ${name}` };
    }
    return numbers.size === 0
      ? { key: 'none', name: t('charts.noMunicipality') }
      : { key: 'several', name: t('charts.severalMunicipalities') };
  };
}

export function ownerGroup(row: Row) {
  const owners = [...row.needsStatement.partnership.owners].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  return { key: owners.map((o) => o.id).join('+'), name: owners.map((o) => o.name).join(', ') };
}

export function comparisonChart(
  sectors: readonly GroupTotals[],
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
