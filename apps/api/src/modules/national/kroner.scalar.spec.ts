import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { KronerScalar, toKroner } from './kroner.scalar.js';

describe('the Kroner scalar', () => {
  it('turns PostgreSQL bigint sums (strings) into exact numbers', () => {
    expect(toKroner('2147483648')).toBe(2 ** 31);
    expect(toKroner('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(toKroner('-15')).toBe(-15);
    expect(toKroner(12n)).toBe(12);
    expect(toKroner(null)).toBe(0);
  });

  it('refuses what would be rounded or is not whole', () => {
    expect(() => toKroner('9007199254740993')).toThrow(RangeError);
    expect(() => toKroner(0.5)).toThrow(RangeError);
    expect(() => toKroner('12.50')).toThrow(RangeError);
    expect(() => toKroner(2 ** 60)).toThrow(RangeError);
  });

  it('serialises and parses whole kroner only', () => {
    expect(KronerScalar.serialize('3000000000')).toBe(3_000_000_000);
    expect(KronerScalar.parseValue(3_000_000_000)).toBe(3_000_000_000);
    expect(() => KronerScalar.parseValue(1.5)).toThrow();
    expect(KronerScalar.parseLiteral({ kind: Kind.INT, value: '3000000000' })).toBe(3_000_000_000);
    expect(() => KronerScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' })).toThrow();
  });
});
