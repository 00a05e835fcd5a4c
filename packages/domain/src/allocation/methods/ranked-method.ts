import { CapacityLedger } from '../capacity-ledger.js';
import type { PreparedCandidate, PreparedRound } from '../prepared-round.js';
import type { AllocationMethod, MethodOutcome } from './allocation-method.js';

/**
 * Fund in priority order within the sector bands. First each sector is filled up to its lower band
 * from its own queue; then everyone in one global queue, up to the request and every upper bound
 * and cap. Statements with equal scores form a tier: where a tier does not fit, the scenario's cut
 * rule shares what is left. A statement that would end below the smallest share worth funding gets
 * nothing, and the round is run again without it (lowest priority first).
 */
export const rankedMethod: AllocationMethod = {
  name: 'ranked',
  label: { nb: 'rangert', en: 'ranked' },
  allocate(round) {
    return Promise.resolve(runRanked(round));
  },
};

export function runRanked(round: PreparedRound): MethodOutcome {
  const excluded = new Set<number>();
  for (;;) {
    const { amounts, cut, skipped } = fillInPriorityOrder(round, excluded);
    let violator: number | undefined;
    for (const index of round.priority) {
      const amount = amounts[index] ?? 0;
      const c = round.candidates[index];
      if (c && amount > 0 && amount < c.minAmount) violator = index;
    }
    if (violator === undefined) {
      const minShareExcluded = new Set(excluded);
      for (const index of skipped) if ((amounts[index] ?? 0) === 0) minShareExcluded.add(index);
      return { amounts, source: 'RANKED', solver: null, cut, minShareExcluded };
    }
    excluded.add(violator);
  }
}

function fillInPriorityOrder(round: PreparedRound, excluded: Set<number>) {
  const ledger = new CapacityLedger(round);
  const amounts = round.candidates.map(() => 0);
  const cut = new Set<number>();
  const skipped = new Set<number>();

  // A tier shares the room of the rows all its members draw on at full weight (the pool) by the cut
  // rule, on what each still asks for; what a member cannot take for its own caps is shared again.
  // Every amount ends 0 or at least the smallest share worth funding: if one would not, the tier
  // is run again without its lowest-priority such member.
  const fundTier = (tier: PreparedCandidate[], limit: number, reachLower: boolean) => {
    let members = tier;
    for (;;) {
      const before = members.map((c) => amounts[c.index] ?? 0);
      let budget = limit;
      const cutHere = new Set<number>();
      for (let round_ = 0; round_ <= members.length + 1 && budget > 0; round_++) {
        const open = members.filter(
          (c) => ledger.maxAmount(c, amounts[c.index] ?? 0) > (amounts[c.index] ?? 0),
        );
        if (open.length === 0) break;
        const claims = open.map((c) => c.req0 - (amounts[c.index] ?? 0));
        const pool = Math.min(budget, sharedRoom(round, ledger, open));
        if (pool <= 0) break;
        const totalClaims = claims.reduce((a, b) => a + b, 0);
        const shares = totalClaims <= pool ? claims : round.cutRule.cut(claims, pool);
        if (reachLower) {
          // Filling a lower band may overshoot it rather than fund below the smallest share.
          open.forEach((c, k) => {
            const need = c.minAmount - (amounts[c.index] ?? 0);
            if ((shares[k] ?? 0) > 0 && need > (shares[k] ?? 0))
              shares[k] = Math.min(need, claims[k] ?? 0);
          });
        }
        let given = 0;
        open.forEach((c, k) => {
          const from = amounts[c.index] ?? 0;
          const to = Math.min(from + (shares[k] ?? 0), ledger.maxAmount(c, from));
          if (to > from) {
            ledger.move(c, from, to);
            amounts[c.index] = to;
            given += to - from;
          }
          if (totalClaims > pool && open.length > 1 && to < c.req0) cutHere.add(c.index);
        });
        budget -= given;
        if (given === 0 || totalClaims <= pool) break;
      }
      let drop = -1;
      members.forEach((c, k) => {
        const amount = amounts[c.index] ?? 0;
        if (amount > 0 && amount < c.minAmount) drop = k;
      });
      if (drop < 0) {
        for (const index of cutHere) cut.add(index);
        return;
      }
      members.forEach((c, k) => {
        const from = amounts[c.index] ?? 0;
        const to = before[k] ?? 0;
        if (from !== to) {
          ledger.move(c, from, to);
          amounts[c.index] = to;
        }
      });
      const dropped = members[drop];
      if (dropped) skipped.add(dropped.index);
      members = members.filter((_, k) => k !== drop);
    }
  };

  const fundQueue = (queue: number[], limitLeft: () => number, reachLower: boolean) => {
    let k = 0;
    while (k < queue.length) {
      const limit = limitLeft();
      if (limit <= 0) return;
      const first = round.candidates[queue[k] ?? 0];
      if (!first) return;
      const tier: PreparedCandidate[] = [];
      while (k < queue.length) {
        const c = round.candidates[queue[k] ?? 0];
        if (!c || c.scoreMicro !== first.scoreMicro) break;
        if (!excluded.has(c.index)) tier.push(c);
        k += 1;
      }
      if (tier.length > 0) fundTier(tier, limit, reachLower);
    }
  };

  for (const band of round.bands) {
    const row = round.rows[band.rowIndex];
    if (!row || row.lower <= 0) continue;
    const queue = round.prioritySector.get(band.sector) ?? [];
    fundQueue(queue, () => row.lower - (ledger.used[band.rowIndex] ?? 0), true);
  }
  // Every eligible candidate draws on this year's frame at full weight: once it is full, no one
  // after can get a krone more, so the rest of the queue would change nothing.
  const frameRow = round.rows.findIndex((row) => row.kind === 'FRAME');
  fundQueue(
    round.priority,
    () => (frameRow >= 0 && ledger.room(frameRow) <= 0 ? 0 : Number.MAX_SAFE_INTEGER),
    false,
  );
  return { amounts, cut, skipped };
}

/** The room left in the rows every member of the tier draws on at full weight (frame, sector, …). */
function sharedRoom(
  round: PreparedRound,
  ledger: CapacityLedger,
  members: PreparedCandidate[],
): number {
  const first = members[0];
  if (!first) return 0;
  let room = Number.MAX_SAFE_INTEGER;
  first.rows.forEach((r, k) => {
    if ((first.nums[k] ?? 0) !== first.req0) return;
    const shared = members.every((c) => {
      const at = c.rows.indexOf(r);
      return at >= 0 && c.nums[at] === c.req0;
    });
    if (shared) room = Math.min(room, ledger.room(r));
  });
  return Math.max(0, room);
}
