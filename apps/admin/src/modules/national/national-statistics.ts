import type { BarChartModel } from '../../charts/chart-model.js';
import type {
  NationalFiguresFieldsFragment,
  NationalStatisticsQuery,
  OwnershipGroup,
  Sector,
} from '../../gql/graphql.js';

/** The dimensions Udir's screen groups by (the API offers more; these are the four). */
export const NATIONAL_DIMENSIONS = ['COUNTY', 'SECTOR', 'YEAR', 'OWNERSHIP'] as const;
export type NationalScreenDimension = (typeof NATIONAL_DIMENSIONS)[number];

export type NationalGroupRow = NationalStatisticsQuery['nationalStatistics']['groups'][number];

/** The figures shown in the table and the CSV, in their order (all straight from the API). */
export const FIGURE_COLUMNS = [
  'statements',
  'requested',
  'decisions',
  'grants',
  'granted',
  'grantedLaterYears',
  'committed',
  'coordinatorGranted',
  'samiShare',
  'newcomerShare',
  'reportsExpected',
  'reportsSubmitted',
  'reportCompleteness',
] as const satisfies readonly (keyof NationalFiguresFieldsFragment)[];
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

/** Which columns hold kroner, shares (0–1) or counts. */
export function figureKind(column: FigureColumn): 'kroner' | 'share' | 'count' {
  if (column === 'samiShare' || column === 'newcomerShare' || column === 'reportCompleteness') {
    return 'share';
  }
  if (
    column === 'requested' ||
    column === 'granted' ||
    column === 'grantedLaterYears' ||
    column === 'committed' ||
    column === 'coordinatorGranted'
  ) {
    return 'kroner';
  }
  return 'count';
}

export interface GroupLabels {
  sector: (sector: Sector) => string;
  ownership: (ownership: OwnershipGroup) => string;
  none: string;
}

/** A group's name in the dimension grouped by. */
export function groupLabel(
  group: NationalGroupRow,
  dimension: NationalScreenDimension,
  labels: GroupLabels,
): string {
  switch (dimension) {
    case 'COUNTY':
      return group.county?.name ?? labels.none;
    case 'SECTOR':
      return group.sector ? labels.sector(group.sector) : labels.none;
    case 'YEAR':
      return group.year === null || group.year === undefined ? labels.none : String(group.year);
    case 'OWNERSHIP':
      return group.ownership ? labels.ownership(group.ownership) : labels.none;
  }
}

/** Requested and granted per group, in kroner: the chart beside the table. */
export function nationalChart(
  groups: readonly NationalGroupRow[],
  dimension: NationalScreenDimension,
  labels: GroupLabels,
  names: { requested: string; granted: string },
): BarChartModel {
  return {
    categories: groups.map((g) => groupLabel(g, dimension, labels)),
    series: [
      { name: names.requested, values: groups.map((g) => g.figures.requested) },
      { name: names.granted, values: groups.map((g) => g.figures.granted) },
    ],
    unit: 'kroner',
    horizontal: dimension === 'COUNTY',
  };
}

/** A CSV cell: quoted when it holds the separator, a quote or a line break. */
function cell(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A share (0–1) as a percentage with a decimal comma and one decimal, e.g. `35,5`. */
function shareCell(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return (Math.round(value * 1000) / 10).toFixed(1).replace('.', ',');
}

/**
 * The figures as CSV for Excel in Norway: `;` between cells, a header row, one row per group and
 * a totals row; kroner and counts as plain integers, shares in percent with a decimal comma.
 * The same numbers as the API's answer, in the same order as the table.
 */
export function nationalCsv(
  groups: readonly NationalGroupRow[],
  totals: NationalFiguresFieldsFragment,
  dimension: NationalScreenDimension,
  labels: GroupLabels,
  headers: { group: string; total: string; column: (c: FigureColumn) => string },
): string {
  const row = (label: string, figures: NationalFiguresFieldsFragment) =>
    [
      cell(label),
      ...FIGURE_COLUMNS.map((c) =>
        figureKind(c) === 'share' ? shareCell(figures[c] as number | null) : String(figures[c]),
      ),
    ].join(';');
  return [
    [cell(headers.group), ...FIGURE_COLUMNS.map((c) => cell(headers.column(c)))].join(';'),
    ...groups.map((g) => row(groupLabel(g, dimension, labels), g.figures)),
    row(headers.total, totals),
  ]
    .join('\r\n')
    .concat('\r\n');
}

/** The CSV's file name: what and when, e.g. `nasjonal-statistikk-fylke-2026.csv`. */
export function nationalCsvFileName(dimensionSlug: string, years: readonly number[]): string {
  const span =
    years.length === 0
      ? 'alle-år'
      : years.length === 1
        ? String(years[0])
        : `${Math.min(...years)}-${Math.max(...years)}`;
  return `nasjonal-statistikk-${dimensionSlug}-${span}.csv`;
}
