import { mulDivFloor } from '../money/integer-math.js';
import type { Kroner } from '../money/kroner.js';
import { apportion } from '../money/largest-remainder.js';

/** One year of a grant, split between the parties; later years subject to appropriation. */
export interface GrantYearAmounts {
  year: number;
  amount: Kroner;
  owner: Kroner;
  institution: Kroner;
  coordinator: Kroner;
  subjectToAppropriation: boolean;
}

/** One year of a request, as the needs statement's budget gives it. */
export interface RequestedYear {
  year: number;
  owner: Kroner;
  institution: Kroner;
  total: Kroner;
  coordinator: Kroner;
}

/**
 * The grant per year after an adviser set the first year's grant by hand: the engine's years (or,
 * when the engine granted nothing, the request's years) scaled to the new first year. Every later
 * year is `floor(year × new first ÷ old first)`; each year's owner/institution split follows the
 * base year's ratio by largest remainder, so the parts always add up to the year's amount. The
 * coordinator part scales with the year's amount (rounded down). An empty list when the base has
 * nothing to scale from.
 */
export function rescaleGrantYears(
  firstYearGrant: Kroner,
  engineYears: readonly GrantYearAmounts[],
  requested: readonly RequestedYear[],
): GrantYearAmounts[] {
  if (!Number.isSafeInteger(firstYearGrant) || firstYearGrant < 0) {
    throw new RangeError(`the first year's grant must be whole kroner ≥ 0, got ${firstYearGrant}`);
  }
  const engineFirst = engineYears[0]?.amount ?? 0;
  const base: RequestedYear[] =
    engineFirst > 0
      ? engineYears.map((y) => ({
          year: y.year,
          owner: y.owner,
          institution: y.institution,
          total: y.amount,
          coordinator: y.coordinator,
        }))
      : [...requested].sort((a, b) => a.year - b.year);
  const first = base[0];
  if (!first || first.total === 0) return [];
  return base.map((y, k) => {
    const amount = k === 0 ? firstYearGrant : mulDivFloor(y.total, firstYearGrant, first.total);
    const [owner = 0, institution = 0] = apportion(amount, [y.owner, y.institution]);
    return {
      year: y.year,
      amount,
      owner,
      institution,
      coordinator: mulDivFloor(y.coordinator, amount, Math.max(1, y.total)),
      subjectToAppropriation: y.year > first.year,
    };
  });
}
