import type { ConstraintBreach } from './adjusted-result.js';
import type { ConstraintGauge } from './constraint-gauges.js';

/** Whether an adviser's override lets a broken gauge stand, and why. */
export interface GaugeOverride {
  overridden: boolean;
  overrideReasons: string[];
}

/**
 * The gauges with the breaches advisers' adjustments made: each breached gauge shows as broken,
 * says whether it is overridden and why (a sector's report notes say so already; a cap's gauge
 * gets the note here).
 */
export function gaugesWithBreaches<G extends ConstraintGauge>(
  gauges: readonly G[],
  breaches: readonly ConstraintBreach[],
): (G & GaugeOverride)[] {
  const byId = new Map(breaches.map((b) => [b.constraintId, b]));
  return gauges.map((g) => {
    const breach = byId.get(g.id);
    if (!breach) return { ...g, overridden: false, overrideReasons: [] };
    const reasons = [...new Set(breach.overrides.map((o) => o.reason))];
    // A limit the plan does not give (the coordinator cap is an assumption) is exceeded, not broken.
    const assumed = g.kind === 'COORDINATOR_CAP' && g.assumptions.length > 0;
    if (assumed) {
      const note = {
        nb: `Over den antatte grensen etter Statsforvalterens justering: ${breach.description.nb}${reasons.length > 0 ? ` Begrunnelse: ${reasons.join(' ')}` : ''}`,
        en: `Past the assumed limit after the office's adjustment: ${breach.description.en}${reasons.length > 0 ? ` Reason: ${reasons.join(' ')}` : ''}`,
      };
      return {
        ...g,
        warning: true,
        notes: [...g.notes, note],
        overridden: reasons.length > 0,
        overrideReasons: reasons,
      };
    }
    const notes =
      g.kind === 'SECTOR_BAND'
        ? g.notes
        : [
            ...g.notes,
            {
              nb: `Brutt etter Statsforvalterens justering: ${breach.description.nb}${reasons.length > 0 ? ` Overstyrt: ${reasons.join(' ')}` : ' Ikke overstyrt.'}`,
              en: `Broken by the office's adjustment: ${breach.description.en}${reasons.length > 0 ? ` Overridden: ${reasons.join(' ')}` : ' Not overridden.'}`,
            },
          ];
    return { ...g, broken: true, notes, overridden: reasons.length > 0, overrideReasons: reasons };
  });
}
