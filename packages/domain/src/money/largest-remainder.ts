import { assertKroner, type Kroner } from './kroner.js';

/**
 * Splits `total` whole kroner in proportion to non-negative integer `weights` so the parts sum to
 * exactly `total` (Hamilton's largest-remainder method). Each part first gets the floor of its exact
 * quota; the kroner left over go one each to the largest remainders. Ties between equal remainders
 * go to the lower index, so callers control tie-breaking by the order of `weights`.
 * All-zero weights split the total equally (again by largest remainder).
 */
export function apportion(total: Kroner, weights: readonly number[]): Kroner[] {
  assertKroner(total, 'total');
  if (total < 0) throw new RangeError('total must not be negative');
  if (weights.length === 0) {
    if (total !== 0) throw new RangeError('cannot apportion a non-zero total over no parts');
    return [];
  }
  let plainSum = 0;
  let largest = 0;
  for (let k = 0; k < weights.length; k++) {
    const weight = weights[k] as number;
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new RangeError(`weights must be non-negative integers, got ${weight}`);
    }
    plainSum += weight;
    if (weight > largest) largest = weight;
  }
  // All-zero weights split the total equally.
  const effective = plainSum > 0 ? weights : weights.map(() => 1);
  if (plainSum === 0) {
    plainSum = weights.length;
    largest = 1;
  }
  // Each quota's numerator total × weight is exact below 2^53, and so are the floors and remainders.
  if (plainSum <= Number.MAX_SAFE_INTEGER && largest * total <= Number.MAX_SAFE_INTEGER)
    return apportionSmall(total, effective, plainSum);
  const weightSum = effective.reduce((sum, w) => sum + BigInt(w), 0n);
  const bigTotal = BigInt(total);
  const parts: Kroner[] = [];
  const remainders: { index: number; remainder: bigint }[] = [];
  let assigned = 0n;
  effective.forEach((weight, index) => {
    const exact = bigTotal * BigInt(weight);
    const floor = exact / weightSum;
    parts.push(Number(floor));
    assigned += floor;
    remainders.push({ index, remainder: exact % weightSum });
  });
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  let left = Number(bigTotal - assigned);
  for (const { index } of remainders) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/** The same method in plain numbers, exact while Σ weights and total × each weight stay below 2^53. */
function apportionSmall(total: Kroner, weights: readonly number[], weightSum: number): Kroner[] {
  const n = weights.length;
  const parts = new Array<number>(n);
  const remainders = scratch(n);
  let assigned = 0;
  for (let index = 0; index < n; index++) {
    const exact = total * (weights[index] ?? 0);
    let floor = Math.floor(exact / weightSum);
    // The quotient is rounded: step to the exact floor (as mulDivFloor does).
    if (floor * weightSum > exact) floor -= 1;
    else if ((floor + 1) * weightSum <= exact) floor += 1;
    parts[index] = floor;
    remainders[index] = exact - floor * weightSum;
    assigned += floor;
  }
  const left = total - assigned;
  if (left === 0) return parts;
  // The `left` (< n) largest remainders get one krone each, equal ones by lower index: every
  // remainder above the threshold (the left-th largest), then the first ones equal to it.
  const sorted = SORTED.subarray(0, n);
  sorted.set(remainders);
  sorted.sort();
  const threshold = sorted[n - left] as number;
  let above = 0;
  for (let index = 0; index < n; index++) if ((remainders[index] as number) > threshold) above += 1;
  let atThreshold = left - above;
  for (let index = 0; index < n; index++) {
    const remainder = remainders[index] as number;
    if (remainder > threshold || (remainder === threshold && atThreshold-- > 0)) {
      parts[index] = (parts[index] as number) + 1;
    }
  }
  return parts;
}

/** Scratch space for apportionSmall's remainders (exact integers below 2^53), reused by calls. */
let REMAINDERS = new Float64Array(64);
let SORTED = new Float64Array(64);

function scratch(n: number): Float64Array {
  if (REMAINDERS.length < n) {
    const size = Math.max(n, REMAINDERS.length * 2);
    REMAINDERS = new Float64Array(size);
    SORTED = new Float64Array(size);
  }
  return REMAINDERS.subarray(0, n);
}

/**
 * The first part of `apportion(total, [first, second])`; the second part is `total` less it. The
 * same method without building arrays, for splitting each of many grants into two.
 */
export function apportionFirstOfTwo(total: Kroner, first: number, second: number): Kroner {
  const weightSum = first + second;
  if (
    weightSum === 0 ||
    !Number.isSafeInteger(total) ||
    total < 0 ||
    !Number.isSafeInteger(first) ||
    first < 0 ||
    !Number.isSafeInteger(second) ||
    second < 0 ||
    total * weightSum > Number.MAX_SAFE_INTEGER
  ) {
    return apportion(total, [first, second])[0] ?? 0;
  }
  const exactFirst = total * first;
  const exactSecond = total * second;
  const floorFirst = Math.floor(exactFirst / weightSum);
  const floorSecond = Math.floor(exactSecond / weightSum);
  // At most one krone is left over; a tie goes to the first part, as in apportion.
  if (floorFirst + floorSecond === total) return floorFirst;
  return exactFirst - floorFirst * weightSum >= exactSecond - floorSecond * weightSum
    ? floorFirst + 1
    : floorFirst;
}

/**
 * Like {@link apportion}, but no part exceeds its cap: what a capped part cannot take is shared
 * among the others in proportion to their weights. Requires `total ≤ Σ caps`.
 */
export function apportionCapped(
  total: Kroner,
  weights: readonly number[],
  caps: readonly Kroner[],
): Kroner[] {
  const capSum = caps.reduce((sum, cap) => sum + cap, 0);
  if (total > capSum) throw new RangeError('total exceeds the sum of the caps');
  const parts = weights.map(() => 0);
  let open = weights.map((_, index) => index).filter((index) => (caps[index] ?? 0) > 0);
  let left = total;
  while (left > 0 && open.length > 0) {
    const shares = apportion(
      left,
      open.map((index) => weights[index] ?? 0),
    );
    let overflow = false;
    const next: number[] = [];
    open.forEach((index, k) => {
      const room = (caps[index] ?? 0) - (parts[index] ?? 0);
      const share = shares[k] ?? 0;
      const take = Math.min(room, share);
      parts[index] = (parts[index] ?? 0) + take;
      left -= take;
      if (share >= room) overflow = overflow || share > room;
      if (room - take > 0) next.push(index);
    });
    open = next;
    if (!overflow) break;
  }
  return parts;
}
