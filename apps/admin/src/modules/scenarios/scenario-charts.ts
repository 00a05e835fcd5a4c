import { sumKroner, type ConstraintReport } from '@kompetansemidler/domain';
import type { BarChartModel } from '../../charts/chart-model.js';
import { municipalityOf, type ScenarioLine } from './use-scenario.js';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Each sector's total (granted and committed, from the report) against its band. */
export function sectorShareChart(
  report: ConstraintReport | null,
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

/**
 * Granted this year per municipality of the partnership's owners. A partnership whose owners lie
 * in several municipalities is shown as such, never split: splitting money is the API's job.
 * The sums use the domain's integer `sumKroner`.
 */
export function municipalityGrants(lines: readonly ScenarioLine[], t: Translate) {
  const groups = new Map<string, { name: string; amounts: number[] }>();
  for (const line of lines) {
    const where = municipalityOf(line);
    const name =
      where.name ??
      (where.key === 'several' ? t('charts.severalMunicipalities') : t('charts.noMunicipality'));
    const group = groups.get(where.key) ?? { name, amounts: [] };
    group.amounts.push(line.grantedThisYear);
    groups.set(where.key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, name: g.name, granted: sumKroner(g.amounts) }))
    .sort((a, b) => b.granted - a.granted || a.name.localeCompare(b.name, 'nb'));
}

export function municipalityChart(
  lines: readonly ScenarioLine[],
  t: Translate,
): BarChartModel | null {
  const groups = municipalityGrants(lines, t);
  if (groups.length === 0) return null;
  return {
    unit: 'kroner',
    horizontal: true,
    categories: groups.map((g) => g.name),
    series: [{ name: t('charts.granted'), values: groups.map((g) => g.granted) }],
  };
}
