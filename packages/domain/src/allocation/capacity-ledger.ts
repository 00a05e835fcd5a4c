import { mulDivCeil, mulDivFloor } from '../money/integer-math.js';
import type { PreparedCandidate, PreparedRound } from './prepared-round.js';

/**
 * A candidate granted `a` kroner this year uses floor(num × a / req0) of each of its rows: the same
 * rounding as its later-year and coordinator amounts, so the ledger matches the output exactly.
 */
export function rowUsage(c: PreparedCandidate, k: number, amount: number): number {
  const num = c.nums[k] ?? 0;
  if (num === c.req0) return amount;
  return mulDivFloor(num, amount, c.req0);
}

/** Largest `a` with floor(num × a / den) ≤ room. */
function largestWithin(num: number, den: number, room: number): number {
  if (num === den) return room;
  const limit = room + 1;
  // a < limit × den / num  ⇔  a ≤ ceil(limit × den / num) − 1
  const floor = mulDivFloor(limit, den, num);
  return mulDivCeil(limit, den, num) === floor ? floor - 1 : floor;
}

export class CapacityLedger {
  readonly used: number[];
  /**
   * Room held back in each row for others (the ranked method keeps what other sectors need to
   * reach their lower bands); null when nothing is held back.
   */
  reserved: Float64Array | null = null;

  constructor(private readonly round: PreparedRound) {
    this.used = round.rows.map(() => 0);
  }

  /** The most this candidate could have in all, given everyone else's current grants. */
  maxAmount(c: PreparedCandidate, current: number): number {
    let best = c.req0;
    const reserved = this.reserved;
    for (let k = 0; k < c.rows.length; k++) {
      const r = c.rows[k] ?? 0;
      const row = this.round.rows[r];
      if (!row) continue;
      const mine = rowUsage(c, k, current);
      const held = reserved ? Math.ceil(reserved[r] ?? 0) : 0;
      const room = row.upper - (this.used[r] ?? 0) - held + mine;
      best = Math.min(best, largestWithin(c.nums[k] ?? 0, c.req0, Math.max(0, room)));
    }
    return Math.max(current, best);
  }

  move(c: PreparedCandidate, from: number, to: number): void {
    for (let k = 0; k < c.rows.length; k++) {
      const r = c.rows[k] ?? 0;
      this.used[r] = (this.used[r] ?? 0) + rowUsage(c, k, to) - rowUsage(c, k, from);
    }
  }

  /** Rows that stop this candidate from getting one more krone. */
  bindingRows(c: PreparedCandidate, current: number): number[] {
    const binding: number[] = [];
    binding.length = this.bindingRowsInto(c, current, binding);
    return binding;
  }

  /** bindingRows written into `out` from its start; returns how many there are. */
  bindingRowsInto(c: PreparedCandidate, current: number, out: number[]): number {
    let n = 0;
    for (let k = 0; k < c.rows.length; k++) {
      const r = c.rows[k] ?? 0;
      const row = this.round.rows[r];
      if (!row) continue;
      const room = row.upper - (this.used[r] ?? 0) + rowUsage(c, k, current);
      if (largestWithin(c.nums[k] ?? 0, c.req0, Math.max(0, room)) <= current) out[n++] = r;
    }
    return n;
  }

  room(rowIndex: number): number {
    return (this.round.rows[rowIndex]?.upper ?? 0) - (this.used[rowIndex] ?? 0);
  }
}

/** Row usage of a whole allocation, from scratch. */
export function ledgerFor(round: PreparedRound, amounts: readonly number[]): CapacityLedger {
  const ledger = new CapacityLedger(round);
  for (let k = 0; k < round.candidates.length; k++) {
    const c = round.candidates[k] as PreparedCandidate;
    const amount = amounts[c.index] ?? 0;
    if (amount > 0) ledger.move(c, 0, amount);
  }
  return ledger;
}
