import { describe, expect, it } from 'vitest';
import { decisionOwnerCounts } from './owner-counts.js';

const rule = { yearsAwayCountsAsLongWhile: 3, clause: 'c' };

describe('decisionOwnerCounts', () => {
  const owners = [
    { orgnr: '111111111', participationYears: [] },
    // Took part 2022; round 2026: 2023–2025 away, three years: a newcomer again.
    { orgnr: '222222222', participationYears: [2022] },
    // Took part 2023: only two years away.
    { orgnr: '333333333', participationYears: [2020, 2023] },
    // A later year does not count.
    { orgnr: '444444444', participationYears: [2026, 2027] },
  ];

  it('counts the owners of a grant and its newcomers by the plan’s rule', () => {
    expect(decisionOwnerCounts(owners, 2026, rule, 100_000)).toEqual({
      fundedOwners: 4,
      newcomerOwners: 3,
    });
    expect(
      decisionOwnerCounts(owners, 2026, { ...rule, yearsAwayCountsAsLongWhile: 4 }, 1),
    ).toEqual({ fundedOwners: 4, newcomerOwners: 2 });
  });

  it('counts nothing for a refusal', () => {
    expect(decisionOwnerCounts(owners, 2026, rule, 0)).toEqual({
      fundedOwners: 0,
      newcomerOwners: 0,
    });
  });
});
