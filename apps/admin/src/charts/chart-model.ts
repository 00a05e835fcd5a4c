/** What a bar chart shows: categories, one or more series, and optionally a band per category. */
export interface BarChartModel {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** An accepted range per category (e.g. a sector's band), drawn behind the bars. */
  bands?: { lower: number; upper: number }[] | undefined;
  bandName?: string | undefined;
  /** How the values read: kroner or percent. */
  unit: 'kroner' | 'percent';
  horizontal?: boolean | undefined;
}
