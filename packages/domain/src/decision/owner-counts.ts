import { isNewcomer } from '../needs-statement/history.js';
import type { NewcomerRule } from '../plan/plan.schema.js';

export interface OwnerCounts {
  /** The partnership's owners, when the decision grants anything (0 otherwise). */
  fundedOwners: number;
  /** Of those, newcomers by the plan's rule (the domain's isNewcomer) in the round's year. */
  newcomerOwners: number;
}

/**
 * A decision's funded owners and how many of them are newcomers (stored with the decision for the
 * national statistics), from each owner's participation years before the round's year.
 * Call it before the decision's own year is added to the owners' years (it is ignored anyway:
 * only earlier years count).
 */
export function decisionOwnerCounts(
  owners: ReadonlyArray<{ orgnr: string; participationYears: readonly number[] }>,
  roundYear: number,
  rule: NewcomerRule,
  grantedThisYear: number,
): OwnerCounts {
  if (grantedThisYear <= 0) return { fundedOwners: 0, newcomerOwners: 0 };
  let newcomerOwners = 0;
  for (const owner of owners) {
    const history = {
      works: [],
      owners: [{ orgnr: owner.orgnr, participationYears: [...owner.participationYears] }],
    };
    if (isNewcomer(history, owner.orgnr, roundYear, rule)) newcomerOwners += 1;
  }
  return { fundedOwners: owners.length, newcomerOwners };
}
