import type { BarChartModel } from '../../charts/chart-model.js';
import type { GroupTotalFieldsFragment, ScenarioReportFieldsFragment } from '../../gql/graphql.js';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Each sector's total (granted and committed, from the API's report) against its band. */
export function sectorShareChart(
  report: ScenarioReportFieldsFragment | null | undefined,
  t: Translate,
): BarChartModel | null {
  if (!report || report.sectors.length === 0) return null;
  return {
    unit: 'kroner',
    categories: report.sectors.map((s) => t(`sectors.${s.sector}`)),
    series: [{ name: t('charts.total'), values: report.sectors.map((s) => s.total) }],
    bands: report.sectors.map((s) => ({ lower: s.band.lower, upper: s.band.upper })),
    bandName: t('charts.band'),
  };
}

/** A group of the API's totals by name: a sector, a municipality, the owners, several or none. */
export function groupName(
  group: Pick<GroupTotalFieldsFragment, 'kind' | 'key' | 'sector' | 'municipality' | 'owners'>,
  t: Translate,
): string {
  switch (group.kind) {
    case 'SECTOR':
      return group.sector ? t(`sectors.${group.sector}`) : group.key;
    case 'MUNICIPALITY':
      return group.municipality
        ? `${group.municipality.number} ${group.municipality.name}`
        : group.key;
    case 'SEVERAL_MUNICIPALITIES':
      return t('charts.severalMunicipalities');
    case 'NO_MUNICIPALITY':
      return t('charts.noMunicipality');
    case 'OWNERS':
      return group.owners.map((o) => o.name).join(', ') || group.key;
    default:
      return group.key;
  }
}

/** Granted this year per municipality of the owners, as the API totals it (largest first). */
export function municipalityChart(
  groups: readonly GroupTotalFieldsFragment[],
  t: Translate,
): BarChartModel | null {
  if (groups.length === 0) return null;
  return {
    unit: 'kroner',
    horizontal: true,
    categories: groups.map((g) => groupName(g, t)),
    series: [{ name: t('charts.granted'), values: groups.map((g) => g.grantedThisYear) }],
  };
}
