import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Whole Norwegian kroner as a JSON number, exact up to 2^53 − 1 (about 9 quadrillion kroner).
 * GraphQL's Int is 32-bit (at most 2 147 483 647, about 2.1 billion kroner), which national sums
 * over several years can pass; PostgreSQL's sum() of integers is a bigint, which node-postgres
 * returns as a string. This scalar turns that string into a number only when it is exact.
 */
export const KronerScalar = new GraphQLScalarType<number, number>({
  name: 'Kroner',
  description:
    'Whole Norwegian kroner: an integer from −(2^53 − 1) to 2^53 − 1, sent as a JSON number. Never fractional.',
  serialize: (value) => toKroner(value),
  parseValue: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new GraphQLError('Kroner must be a whole number (a safe integer).');
    }
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new GraphQLError('Kroner must be a whole number.');
    const value = Number(ast.value);
    if (!Number.isSafeInteger(value)) throw new GraphQLError('Kroner is out of range.');
    return value;
  },
});

/**
 * An exact integer from a database value (number, bigint, or the digits PostgreSQL's bigint and
 * numeric come as); throws rather than round when it does not fit a JavaScript number exactly.
 */
export function toKroner(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return value;
    throw new RangeError(`${value} is not a whole number of kroner that fits exactly.`);
  }
  // Up to 15 digits is below 2^53: exact as a number without going through BigInt.
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value);
  if (typeof value === 'bigint' || (typeof value === 'string' && /^-?\d+$/.test(value))) {
    const big = BigInt(value);
    if (big > MAX || big < -MAX) {
      throw new RangeError(`${value} kroner is beyond the exact range of a JSON number.`);
    }
    return Number(big);
  }
  throw new RangeError(`${String(value)} is not a whole number of kroner.`);
}
