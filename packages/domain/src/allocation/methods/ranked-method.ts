import type { Highs } from 'highs';
import type { Sector } from '../../plan/sector.js';
import { CapacityLedger } from '../capacity-ledger.js';
import { sharedHighsSolver } from '../highs-solver.js';
import { compareTier } from '../prepare-round.js';
import type { PreparedCandidate, PreparedRound } from '../prepared-round.js';
import type { AllocationMethod, MethodOutcome, TierResolution } from './allocation-method.js';

/**
 * Fund in the plan's priority order within the sector bands.
 *
 * First the sectors' lower bands, all sectors together: tier by tier in the plan's order (theme
 * rank, newcomers, Sámi assessment), each statement up to what its sector still lacks. The shared
 * limits (the 2- and 3-year lock caps, the frames of later years, the coordinator cap) go to the
 * better tier whichever sector it belongs to, while the least each other sector needs of a shared
 * limit to reach its own lower band is held back for it. Then everyone, tier by tier, up to the
 * request and every upper bound and cap.
 *
 * A tier is a priority class of the plan: where the tier at the budget line does not fit, the
 * scenario's cut rule shares what is left, or (marginalTier 'indicators') the tier is funded in the
 * order of its sector's discretionary indicators seen together. A statement that would end below
 * the smallest share worth funding gets nothing: a tier that does not fit leaves out its lowest-
 * priority members until the rest get at least that share, and members their own caps leave below
 * it are taken out and the tier run again (all but the highest-priority such member at a time).
 */
export const rankedMethod: AllocationMethod = {
  name: 'ranked',
  label: { nb: 'rangert', en: 'ranked' },
  async allocate(round, context) {
    const outcome = runRanked(round);
    if (!outcome.lowerBandsShort && !outcome.roomLeft) return outcome;
    // The greedy fill left a lower band short, or funds and unmet requests both: let the solver
    // say whether the bands can be met and whether more can be placed.
    return runRanked(round, context.solver ?? (await sharedHighsSolver()));
  },
};

/**
 * The ranked allocation. With a HiGHS runtime, a lower band the greedy fill leaves short is filled
 * again whenever the solver finds the bands reachable within every cap (see fillBandsBySolver).
 */
export function runRanked(
  round: PreparedRound,
  highs?: Highs,
): MethodOutcome & { lowerBandsShort: boolean; roomLeft: boolean } {
  const excluded = new Set<number>();
  for (;;) {
    const { amounts, cut, skipped, resolved, lowerBandsShort, roomLeft } = fillInPriorityOrder(
      round,
      excluded,
      highs,
    );
    let violator: number | undefined;
    for (let k = 0; k < round.priority.length; k++) {
      const index = round.priority[k] as number;
      const amount = amounts[index] ?? 0;
      const c = round.candidates[index];
      if (c && amount > 0 && amount < c.minAmount) violator = index;
    }
    if (violator === undefined) {
      const minShareExcluded = new Set(excluded);
      skipped.forEach((index) => {
        if ((amounts[index] ?? 0) === 0) minShareExcluded.add(index);
      });
      return {
        amounts,
        source: 'RANKED',
        solver: null,
        cut,
        minShareExcluded,
        tierResolution: resolved,
        lowerBandsShort,
        roomLeft,
      };
    }
    excluded.add(violator);
  }
}

/** Whole kroner shared in order: each claim in full while something is left. */
function inOrder(claims: readonly number[], available: number): number[] {
  let left = Math.max(0, available);
  return claims.map((claim) => {
    const part = Math.min(claim, left);
    left -= part;
    return part;
  });
}

/** Consecutive runs of `queue` in one priority class (compareTier), in order. */
function classes(round: PreparedRound, queue: readonly number[]): PreparedCandidate[][] {
  const groups: PreparedCandidate[][] = [];
  let group: PreparedCandidate[] = [];
  for (let k = 0; k < queue.length; k++) {
    const c = round.candidates[queue[k] as number] as PreparedCandidate;
    const first = group[0];
    if (first && compareTier(first, c) !== 0) {
      groups.push(group);
      group = [];
    }
    group.push(c);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

const NOTHING: readonly number[] = Object.freeze([]);

const SHARED_KINDS = new Set(['LOCK_CAP', 'FUTURE_FRAME', 'COORDINATOR_CAP']);

function fillInPriorityOrder(round: PreparedRound, excluded: Set<number>, highs?: Highs) {
  let ledger = new CapacityLedger(round);
  let amounts = round.candidates.map(() => 0);
  const cut = new Set<number>();
  const skipped = new Set<number>();
  const resolved = new Map<number, TierResolution>();
  const byIndicators = round.marginalTier === 'indicators';

  // A tier shares the room of the rows all its members draw on at full weight (the pool) by the cut
  // rule, on what each still asks for; what a member cannot take for its own caps is shared again.
  // Every amount ends 0 or at least the smallest share worth funding: if one would not, the tier
  // is run again without its lowest-priority such member.
  const share = (claims: number[], pool: number) =>
    byIndicators ? inOrder(claims, pool) : round.cutRule.cut(claims, pool);

  // When a tier does not fit and the smallest share worth funding is set, its lowest-priority
  // members are left out until every member that gets something gets at least that share (one
  // binary search: with fewer members every rule gives each member at least as much).
  const worthFunding = (tier: PreparedCandidate[], limit: number): PreparedCandidate[] => {
    if (round.minShare <= 0 || tier.length < 2) return tier;
    const claims = tier.map((c) => Math.max(0, c.req0 - (amounts[c.index] ?? 0)));
    const pool = Math.min(limit, sharedRoom(round, ledger, tier));
    if (claims.reduce((a, b) => a + b, 0) <= pool) return tier;
    const keeps = (k: number) => {
      // Nothing to share gives every member nothing, whatever the rule (see CutRule).
      const parts = pool > 0 ? share(claims.slice(0, k), pool) : NOTHING;
      for (let i = 0; i < k; i++) {
        const c = tier[i] as PreparedCandidate;
        const total = (amounts[c.index] ?? 0) + (parts[i] ?? 0);
        if (total > 0 && total < c.minAmount) return false;
      }
      return true;
    };
    let low = 0;
    let high = tier.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (keeps(mid)) low = mid;
      else high = mid - 1;
    }
    // The members left out were in the tier at the budget line: record how it was settled, so
    // their reasons say why they got nothing.
    for (let i = low; i < tier.length; i++) {
      const c = tier[i] as PreparedCandidate;
      if ((amounts[c.index] ?? 0) === 0) {
        skipped.add(c.index);
        resolved.set(c.index, byIndicators ? 'INDICATORS' : 'CUT_RULE');
      }
    }
    return tier.filter((c, i) => i < low || (amounts[c.index] ?? 0) > 0);
  };

  const fundTier = (tier: PreparedCandidate[], limit: number, reachLower: boolean) => {
    let members = reachLower ? tier : worthFunding(tier, limit);
    for (;;) {
      const before = members.map((c) => amounts[c.index] ?? 0);
      let budget = limit;
      const cutHere = new Set<number>();
      const marginal = new Set<number>();
      // Members that cannot reach the smallest share worth funding here get nothing in this tier.
      const out = new Set<number>();
      for (let pass = 0; pass <= members.length + 1 && budget > 0; pass++) {
        const open = members.filter((c) => {
          if (out.has(c.index)) return false;
          const from = amounts[c.index] ?? 0;
          const most = ledger.maxAmount(c, from);
          if (most > from && most < c.minAmount && from === 0) {
            // What its own caps leave it is below the smallest share worth funding.
            skipped.add(c.index);
          }
          return most > from && most >= c.minAmount;
        });
        if (open.length === 0) break;
        const claims = open.map((c) => c.req0 - (amounts[c.index] ?? 0));
        const pool = Math.min(budget, sharedRoom(round, ledger, open));
        if (pool <= 0) break;
        const totalClaims = claims.reduce((a, b) => a + b, 0);
        const fits = totalClaims <= pool;
        const shares = fits ? claims : share(claims, pool);
        if (reachLower) {
          // Filling a lower band may overshoot it rather than fund below the smallest share.
          open.forEach((c, k) => {
            const need = c.minAmount - (amounts[c.index] ?? 0);
            if ((shares[k] ?? 0) > 0 && need > (shares[k] ?? 0))
              shares[k] = Math.min(need, claims[k] ?? 0);
          });
        }
        let given = 0;
        let left = false;
        open.forEach((c, k) => {
          const from = amounts[c.index] ?? 0;
          let to = Math.min(from + (shares[k] ?? 0), ledger.maxAmount(c, from));
          if (to > from && to < c.minAmount) {
            // Its own caps hold it below the smallest share: it leaves, its share goes round again.
            out.add(c.index);
            if (from === 0) skipped.add(c.index);
            left = true;
            to = from;
          }
          if (to > from) {
            ledger.move(c, from, to);
            amounts[c.index] = to;
            given += to - from;
          }
          if (!fits && open.length > 1) {
            marginal.add(c.index);
            if (!byIndicators && to < c.req0) cutHere.add(c.index);
          }
        });
        budget -= given;
        if ((given === 0 && !left) || fits) break;
      }
      // Members left below the smallest share (their own caps held them back) leave the tier,
      // all but the highest-priority one, which keeps its chance in the tier's next run.
      const below: number[] = [];
      members.forEach((c, k) => {
        const amount = amounts[c.index] ?? 0;
        if (amount > 0 && amount < c.minAmount) below.push(k);
      });
      if (below.length === 0) {
        for (const index of cutHere) cut.add(index);
        for (const index of marginal) resolved.set(index, byIndicators ? 'INDICATORS' : 'CUT_RULE');
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
      const leaving = new Set(below.length === 1 ? below : below.slice(1));
      for (const k of leaving) {
        const dropped = members[k];
        if (dropped) skipped.add(dropped.index);
      }
      members = members.filter((_, k) => !leaving.has(k));
    }
  };

  const eligible = round.priority.filter((index) => !excluded.has(index));
  fillLowerBands(round, ledger, eligible, fundTier);
  let lowerBandsShort = round.bands.some((band) => lacking(round, ledger, band.rowIndex) > 0);
  if (lowerBandsShort && highs) {
    const filled = fillBandsBySolver(round, eligible, highs);
    if (filled) {
      ledger = filled.ledger;
      amounts = filled.amounts;
      cut.clear();
      resolved.clear();
      lowerBandsShort = false;
    }
  }

  // Then everyone, class by class across the sectors. Every eligible candidate draws on this year's
  // frame at full weight: once it is full, no one after can get a krone more.
  const frameRow = round.rows.findIndex((row) => row.kind === 'FRAME');
  const tiers = classes(round, eligible);
  for (let t = 0; t < tiers.length; t++) {
    if (frameRow >= 0 && ledger.room(frameRow) <= 0) break;
    fundTier(tiers[t] as PreparedCandidate[], Number.MAX_SAFE_INTEGER, false);
  }
  // Funds left while requests are unmet (min share 0): when the solver can place more within the
  // same rows (a greedy order can strand a few kroner between caps), take its placement.
  let roomLeft = false;
  if (round.minShare === 0 && frameRow >= 0 && ledger.room(frameRow) > 0) {
    roomLeft = eligible.some(
      (index) => (amounts[index] ?? 0) < (round.candidates[index]?.req0 ?? 0),
    );
    if (roomLeft && highs) {
      const placed = placeMoreBySolver(round, eligible, ledger, amounts, highs);
      if (placed) {
        ledger = placed.ledger;
        amounts = placed.amounts;
      }
      roomLeft = false;
    }
  }
  // A tier cut while filling a lower band and then funded in full after was not at the budget line.
  const short = new Set<string>();
  resolved.forEach((_, index) => {
    const c = round.candidates[index] as PreparedCandidate;
    if ((amounts[index] ?? 0) < c.req0) short.add(`${c.source.sector}|${c.tier}`);
  });
  const settled: number[] = [];
  resolved.forEach((_, index) => {
    const c = round.candidates[index] as PreparedCandidate;
    if (!short.has(`${c.source.sector}|${c.tier}`)) settled.push(index);
  });
  for (let k = 0; k < settled.length; k++) resolved.delete(settled[k] as number);
  return { amounts, cut, skipped, resolved, lowerBandsShort, roomLeft };
}

/**
 * The most the rows allow in all, placed by HiGHS with the plan's order as the second aim (a
 * statement's weight falls with its place in the priority order) and every sector keeping at least
 * what the greedy fill gave it up to its lower band. Rounded down to whole kroner and topped up in
 * priority order; null unless it places more than the greedy fill did.
 */
function placeMoreBySolver(
  round: PreparedRound,
  eligible: readonly number[],
  greedyLedger: CapacityLedger,
  greedy: readonly number[],
  highs: Highs,
): { amounts: number[]; ledger: CapacityLedger } | null {
  const vars = eligible.map((index) => round.candidates[index] as PreparedCandidate);
  const n = vars.length;
  if (n === 0) return null;
  const placed = solveInWholeKroner(round, vars, highs, {
    colCost: (k) => 1 + (1e-4 * (n - k)) / n,
    rowLower: (row, r) =>
      row.lower > 0 ? Math.min(row.lower, greedyLedger.used[r] ?? 0) / UNIT : -highs.infinity,
    rowUpper: (row) => row.upper / UNIT,
  });
  if (!placed) return null;
  const { amounts, ledger } = placed;
  for (const c of vars) {
    const from = amounts[c.index] ?? 0;
    const to = ledger.maxAmount(c, from);
    if (to > from) {
      ledger.move(c, from, to);
      amounts[c.index] = to;
    }
  }
  let before = 0;
  let after = 0;
  for (const c of vars) {
    before += greedy[c.index] ?? 0;
    after += amounts[c.index] ?? 0;
  }
  return after > before ? placed : null;
}

/** What a sector still lacks of its lower band (0 for other rows). */
function lacking(round: PreparedRound, ledger: CapacityLedger, rowIndex: number): number {
  const row = round.rows[rowIndex];
  return Math.max(0, (row?.lower ?? 0) - (ledger.used[rowIndex] ?? 0));
}

/** The model counts in thousands of kroner, which keeps HiGHS' coefficients well scaled. */
const UNIT = 1000;

/**
 * The lower bands filled by HiGHS when the greedy fill could not: each sector's statements give
 * exactly its lower band, every upper bound and cap holds, and among the ways to do so the one that
 * weighs the plan's order most (a statement's weight falls with its place in the priority order).
 * Amounts are rounded down to whole kroner, and what a sector then lacks is given back in its
 * priority order. Null when no such allocation exists.
 */
function fillBandsBySolver(
  round: PreparedRound,
  eligible: readonly number[],
  highs: Highs,
): { amounts: number[]; ledger: CapacityLedger } | null {
  const bandRows = new Set(
    round.bands.filter((b) => (round.rows[b.rowIndex]?.lower ?? 0) > 0).map((b) => b.rowIndex),
  );
  const vars = eligible
    .map((index) => round.candidates[index] as PreparedCandidate)
    .filter((c) => c.rows.some((r) => bandRows.has(r)));
  if (vars.length === 0) return null;
  const n = vars.length;
  const placed = solveInWholeKroner(round, vars, highs, {
    colCost: (k) => (n - k) / n,
    rowLower: (row, r) => (bandRows.has(r) ? row.lower / UNIT : -highs.infinity),
    rowUpper: (row, r) => (bandRows.has(r) ? row.lower : row.upper) / UNIT,
  });
  if (!placed) return null;
  const { amounts, ledger } = placed;
  // Rounding down leaves a band a few kroner short: give them back in priority order.
  for (const c of vars) {
    const rowIndex = c.rows.find((r) => bandRows.has(r));
    if (rowIndex === undefined) continue;
    const lack = lacking(round, ledger, rowIndex);
    if (lack <= 0) continue;
    const from = amounts[c.index] ?? 0;
    const to = Math.min(from + lack, ledger.maxAmount(c, from));
    if (to > from) {
      ledger.move(c, from, to);
      amounts[c.index] = to;
    }
  }
  return placed;
}

/**
 * One linear program over `vars` (a column per statement, in thousands of kroner, up to its
 * request; a row per row of the round, each statement's use of it per krone), maximising the given
 * column costs within the given row bounds. Its solution rounded down to whole kroner and placed in
 * a fresh ledger in the order of `vars`, each amount within what the ledger still allows; null
 * unless HiGHS finds an optimum. The two solver steps of the ranked method (lower bands the greedy
 * fill left short, funds it stranded between caps) differ only in costs and row bounds.
 */
function solveInWholeKroner(
  round: PreparedRound,
  vars: readonly PreparedCandidate[],
  highs: Highs,
  aims: {
    colCost: (k: number) => number;
    rowLower: (row: PreparedRound['rows'][number], r: number) => number;
    rowUpper: (row: PreparedRound['rows'][number], r: number) => number;
  },
): { amounts: number[]; ledger: CapacityLedger } | null {
  const n = vars.length;
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const c of vars) {
    const entries = c.rows.map((r, k) => [r, (c.nums[k] ?? 0) / c.req0] as const);
    entries.sort((a, b) => a[0] - b[0]);
    for (const [r, v] of entries) {
      indices.push(r);
      values.push(v);
    }
    starts.push(indices.length);
  }
  const numRows = round.rows.length;
  const model = highs.createModel({
    numCols: n,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: vars.map((_, k) => aims.colCost(k)),
    colLower: vars.map(() => 0),
    colUpper: vars.map((c) => c.req0 / UNIT),
    rowLower: round.rows.map((row, r) => aims.rowLower(row, r)),
    rowUpper: round.rows.map((row, r) => aims.rowUpper(row, r)),
    matrix: { format: 'csc', numRows, numCols: n, starts, indices, values },
  });
  try {
    model.options.set({ output_flag: false, random_seed: 0 });
    const run = model.run();
    if (run.modelStatus !== highs.constants.modelStatus.optimal) return null;
    const solution = model.getSolution().colValue;
    const amounts = round.candidates.map(() => 0);
    const ledger = new CapacityLedger(round);
    vars.forEach((c, k) => {
      const amount = Math.min(c.req0, Math.max(0, Math.floor((solution[k] ?? 0) * UNIT + 1e-6)));
      const allowed = Math.min(amount, ledger.maxAmount(c, 0));
      if (allowed > 0) {
        ledger.move(c, 0, allowed);
        amounts[c.index] = allowed;
      }
    });
    return { amounts, ledger };
  } finally {
    model.dispose();
  }
}

type FundTier = (tier: PreparedCandidate[], limit: number, reachLower: boolean) => void;

/**
 * The sectors' lower bands, all sectors together, class by class; within a class sector by sector
 * in the plan's order. Before each sector's tier, the least each other sector still needs of every
 * shared limit to reach its own lower band is held back: what it lacks beyond what its remaining
 * statements that do not draw on the limit could give, times the smallest use of the limit per
 * krone among its statements.
 */
function fillLowerBands(
  round: PreparedRound,
  ledger: CapacityLedger,
  eligible: readonly number[],
  fundTier: FundTier,
): void {
  const bands = round.bands.filter((band) => (round.rows[band.rowIndex]?.lower ?? 0) > 0);
  if (bands.length === 0) return;
  const sectorAt = new Map<Sector, number>(bands.map((band, k) => [band.sector, k]));
  const shared = round.rows.flatMap((row, r) => (SHARED_KINDS.has(row.kind) ? [r] : []));
  const rowCount = round.rows.length;
  const s = bands.length;
  // Per band sector: its remaining requests, of them those drawing on each row, and the least use of
  // each row per krone of this year's grant.
  const remaining = new Float64Array(s);
  const drawing = new Float64Array(s * rowCount);
  const leastUse = new Float64Array(s * rowCount).fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < eligible.length; i++) {
    const c = round.candidates[eligible[i] as number] as PreparedCandidate;
    const at = sectorAt.get(c.source.sector);
    if (at === undefined) continue;
    remaining[at] = (remaining[at] ?? 0) + c.req0;
    for (let k = 0; k < c.rows.length; k++) {
      const r = c.rows[k] as number;
      drawing[at * rowCount + r] = (drawing[at * rowCount + r] ?? 0) + c.req0;
      const use = (c.nums[k] ?? 0) / c.req0;
      if (use < (leastUse[at * rowCount + r] ?? 0)) leastUse[at * rowCount + r] = use;
    }
  }
  const lack = (at: number) => lacking(round, ledger, bands[at]?.rowIndex ?? -1);
  const reserved = new Float64Array(rowCount);
  const holdBackFor = (sector: number) => {
    reserved.fill(0);
    for (let t = 0; t < s; t++) {
      if (t === sector) continue;
      const short = lack(t);
      if (short <= 0) continue;
      for (const r of shared) {
        const free = (remaining[t] ?? 0) - (drawing[t * rowCount + r] ?? 0);
        const beyond = short - free;
        const use = leastUse[t * rowCount + r] ?? 0;
        // A sector none of whose statements draws on the row needs none of it.
        if (beyond > 0 && Number.isFinite(use)) reserved[r] = (reserved[r] ?? 0) + beyond * use;
      }
    }
    ledger.reserved = reserved;
  };
  const done = (c: PreparedCandidate, at: number) => {
    remaining[at] = (remaining[at] ?? 0) - c.req0;
    for (let k = 0; k < c.rows.length; k++) {
      const r = c.rows[k] as number;
      drawing[at * rowCount + r] = (drawing[at * rowCount + r] ?? 0) - c.req0;
    }
  };
  try {
    const groups = classes(round, eligible);
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g] as PreparedCandidate[];
      for (let at = 0; at < s; at++) {
        const sector = bands[at]?.sector;
        const tier = group.filter((c) => c.source.sector === sector);
        if (tier.length === 0) continue;
        const short = lack(at);
        if (short > 0) {
          holdBackFor(at);
          fundTier(tier, short, true);
        }
        for (let k = 0; k < tier.length; k++) done(tier[k] as PreparedCandidate, at);
      }
      let open = false;
      for (let at = 0; at < s && !open; at++) open = lack(at) > 0;
      if (!open) return;
    }
  } finally {
    ledger.reserved = null;
  }
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
