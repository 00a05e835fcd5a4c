const SAFE = Number.MAX_SAFE_INTEGER;

/** floor(a × b / c) for non-negative integers, exact even when a × b is beyond 2^53. */
export function mulDivFloor(a: number, b: number, c: number): number {
  if (c <= 0) throw new RangeError('divisor must be positive');
  const product = a * b;
  if (product <= SAFE) {
    let q = Math.floor(product / c);
    if (q * c > product) q -= 1;
    else if ((q + 1) * c <= product) q += 1;
    return q;
  }
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** ceil(a × b / c) for non-negative integers. */
export function mulDivCeil(a: number, b: number, c: number): number {
  const floor = mulDivFloor(a, b, c);
  const product = a * b;
  if (product <= SAFE) return floor * c === product ? floor : floor + 1;
  return BigInt(floor) * BigInt(c) === BigInt(a) * BigInt(b) ? floor : floor + 1;
}

/** `part / whole` in percent with two decimals, computed in integers (0 when whole is 0). */
export function percentOf(part: number, whole: number): number {
  if (whole === 0) return 0;
  const negative = part < 0;
  const magnitude = Math.abs(part);
  const thousandths =
    whole > 0 && Number.isSafeInteger(magnitude) && Number.isSafeInteger(whole)
      ? mulDivFloor(magnitude, 100_000, whole)
      : Number((BigInt(magnitude) * 100_000n) / BigInt(whole));
  const hundredths = Math.round(thousandths / 10);
  return ((negative ? -1 : 1) * hundredths) / 100;
}
