import { ledgerFor } from './capacity-ledger.js';
import type { PreparedCandidate, PreparedRound } from './prepared-round.js';

const MICRO = 1_000_000n;

/**
 * The scenario objective, exact, in micro-points × kroner: Σ (1 + priority weight) × granted this year,
 * minus a penalty for every kroner a sector falls short of its (effective) lower band. The penalty
 * outweighs any score, so the lower bands come first whenever demand and caps allow.
 */
export function objectiveMicro(round: PreparedRound, amounts: readonly number[]): bigint {
  let total = 0n;
  for (let k = 0; k < round.candidates.length; k++) {
    const c = round.candidates[k] as PreparedCandidate;
    const amount = amounts[c.index] ?? 0;
    if (amount > 0) total += (MICRO + BigInt(c.priorityMicro)) * BigInt(amount);
  }
  const ledger = ledgerFor(round, amounts);
  round.rows.forEach((row, k) => {
    const shortfall = row.lower - (ledger.used[k] ?? 0);
    if (shortfall > 0) total -= BigInt(round.penaltyMicro) * BigInt(shortfall);
  });
  return total;
}

/** The objective in points × kroner, rounded to two decimals, for output. */
export function objectiveToNumber(micro: bigint): number {
  const hundredths = (micro * 100n + (micro >= 0n ? MICRO / 2n : -MICRO / 2n)) / MICRO;
  return Number(hundredths) / 100;
}

/** Whether the allocation keeps every hard row (frame, upper bands, caps) and every request. */
export function isFeasible(round: PreparedRound, amounts: readonly number[]): boolean {
  for (const c of round.candidates) {
    const amount = amounts[c.index] ?? 0;
    if (amount < 0 || amount > c.req0 || !Number.isSafeInteger(amount)) return false;
    if (amount > 0 && (!c.eligible || amount < c.minAmount)) return false;
  }
  const ledger = ledgerFor(round, amounts);
  return round.rows.every((row, k) => (ledger.used[k] ?? 0) <= row.upper);
}
