import type { ConstraintGaugeFieldsFragment, ConstraintGaugeKind } from '../../gql/graphql.js';

/** One constraint as a gauge, ready to draw: the API's figures and words, plus bar geometry. */
export interface Gauge {
  id: string;
  kind: ConstraintGaugeKind;
  label: string;
  /** Where the bar ends, on the gauge's own scale (kroner, or percent when it has no bounds). */
  value: number;
  lower: number | null;
  upper: number | null;
  /** The right end of the bar. */
  scaleMax: number;
  broken: boolean;
  /** An assumed limit exceeded, or a fall to look at: never "Brutt". */
  warning: boolean;
  /** For information only (the plan's "about 50 % one year at a time"). */
  informational: boolean;
  /** The assumptions behind the limit, each "Antakelse: …". */
  assumptions: string[];
  /** Broken by an adviser's adjustment that overrides it, with the reasons. */
  overridden: boolean;
  overrideReasons: string[];
  text: string;
  note: string | null;
  clause: string | null;
}

/**
 * The API's constraint gauges (sector bands, 2- and 3-year locks, later years, the coordinator
 * cap, public and private funding rates, the institutions' share) as bars. The amounts, limits,
 * verdicts and words are the API's; only the bar's scale is chosen here: a band or cap is drawn
 * in kroner with room past the upper bound, a rate or share as its percent of 100.
 */
export function constraintGauges(gauges: readonly ConstraintGaugeFieldsFragment[]): Gauge[] {
  return gauges.map((g) => {
    const inKroner = g.lower != null || g.upper != null;
    const value = inKroner ? g.amount : g.percent;
    return {
      id: g.id,
      kind: g.kind,
      label: g.label.nb,
      value,
      lower: inKroner ? (g.lower ?? null) : null,
      upper: inKroner ? (g.upper ?? null) : null,
      scaleMax: inKroner ? Math.max((g.upper ?? g.lower ?? 0) * 1.25, value, 1) : 100,
      broken: g.broken,
      warning: g.warning,
      informational: g.informational,
      assumptions: g.assumptions.map((a) => a.nb),
      overridden: g.overridden,
      overrideReasons: [...g.overrideReasons],
      text: g.explanation.nb,
      note: g.notes.length > 0 ? g.notes.map((n) => n.nb).join(' ') : null,
      clause: g.clauseTitle?.nb ?? g.clause ?? null,
    };
  });
}

export type GaugeVerdict = 'broken' | 'overridden' | 'warning' | 'info' | 'ok';

/** The gauge's verdict as the API gave it: a rule broken (or overridden), a warning, or fine. */
export function gaugeVerdict(g: {
  broken: boolean;
  overridden: boolean;
  warning: boolean;
  informational: boolean;
}): GaugeVerdict {
  if (g.broken) return g.overridden ? 'overridden' : 'broken';
  if (g.warning) return 'warning';
  if (g.informational) return 'info';
  return 'ok';
}
