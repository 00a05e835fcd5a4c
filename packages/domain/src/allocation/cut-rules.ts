import type { LocalizedText } from '../common/localized-text.js';
import type { Kroner } from '../money/kroner.js';
import { apportion } from '../money/largest-remainder.js';

/**
 * How an amount too small for a group of claims is shared. Claims are in priority order; where
 * whole kroner cannot be shared evenly, the odd kroner go to the earliest claims.
 * Every rule returns whole kroner, never more than a claim, summing to min(available, Σ claims).
 */
export interface CutRule {
  readonly name: string;
  readonly label: LocalizedText;
  cut(claims: readonly Kroner[], available: Kroner): Kroner[];
}

const total = (claims: readonly Kroner[]) => claims.reduce((sum, c) => sum + c, 0);

export const proportionalCut: CutRule = {
  name: 'proportional',
  label: { nb: 'forholdsmessig avkorting', en: 'proportional cut' },
  cut(claims, available) {
    if (total(claims) <= available) return [...claims];
    return apportion(Math.max(0, available), claims);
  },
};

/** Everyone gets the same award λ, capped at their claim. */
export const constrainedEqualAwardsCut: CutRule = {
  name: 'constrained-equal-awards',
  label: { nb: 'like tildelinger (begrenset av behovet)', en: 'constrained equal awards' },
  cut(claims, available) {
    if (total(claims) <= available) return [...claims];
    const awardAt = (lambda: number) => claims.reduce((sum, c) => sum + Math.min(c, lambda), 0);
    let low = 0;
    let high = Math.max(0, ...claims);
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (awardAt(mid) <= available) low = mid;
      else high = mid - 1;
    }
    const parts = claims.map((c) => Math.min(c, low));
    let left = available - total(parts);
    for (let k = 0; k < parts.length && left > 0; k++) {
      if ((claims[k] ?? 0) > low) {
        parts[k] = (parts[k] ?? 0) + 1;
        left -= 1;
      }
    }
    return parts;
  },
};

/** Everyone loses the same amount L, floored at nothing. */
export const constrainedEqualLossesCut: CutRule = {
  name: 'constrained-equal-losses',
  label: { nb: 'like avkortinger (ned til null)', en: 'constrained equal losses' },
  cut(claims, available) {
    if (total(claims) <= available) return [...claims];
    const awardAt = (loss: number) => claims.reduce((sum, c) => sum + Math.max(0, c - loss), 0);
    let low = 0;
    let high = Math.max(0, ...claims);
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (awardAt(mid) <= available) high = mid;
      else low = mid + 1;
    }
    const parts = claims.map((c) => Math.max(0, c - low));
    let left = available - total(parts);
    for (let k = 0; k < parts.length && left > 0; k++) {
      if ((claims[k] ?? 0) >= low && low > 0) {
        parts[k] = (parts[k] ?? 0) + 1;
        left -= 1;
      }
    }
    return parts;
  },
};
