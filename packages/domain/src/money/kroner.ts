/** Whole Norwegian kroner. Always a safe integer; never a float. */
export type Kroner = number;

export function isKroner(value: unknown): value is Kroner {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function assertKroner(value: number, what = 'amount'): Kroner {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${what} must be whole kroner (a safe integer), got ${value}`);
  }
  return value;
}

export function sumKroner(values: readonly Kroner[]): Kroner {
  let total = 0;
  for (const value of values) total += value;
  return assertKroner(total, 'sum');
}

/** `amount × numerator / denominator`, rounded down, without leaving integer arithmetic. */
export function scaleDown(amount: Kroner, numerator: number, denominator: number): Kroner {
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  return Number((BigInt(amount) * BigInt(numerator)) / BigInt(denominator));
}

/** Formats as `1 234 567 kr` (nb-NO grouping with plain spaces, a minus sign for negatives). */
export function formatKroner(amount: Kroner): string {
  return `${amount < 0 ? '−' : ''}${groupDigits(Math.abs(amount), ' ')} kr`;
}

/** Groups the digits of a non-negative integer in threes: groupDigits(1234567, ' ') = '1 234 567'. */
export function groupDigits(value: number, separator: string): string {
  const digits = value.toString();
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let k = head; k < digits.length; k += 3) out += separator + digits.slice(k, k + 3);
  return out;
}
