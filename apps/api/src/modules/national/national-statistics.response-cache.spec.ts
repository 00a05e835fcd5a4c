import 'reflect-metadata';
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  readsNationalStatisticsOnly,
  VersionedCache,
} from './national-statistics.response-cache.js';

describe('VersionedCache', () => {
  it('gives a value again for the same version only', () => {
    const cache = new VersionedCache<string>(4);
    cache.store('a', 'v1', 'answer');
    expect(cache.lookup('a', 'v1')).toBe('answer');
    expect(cache.lookup('a', 'v2')).toBeUndefined();
    expect(cache.lookup('b', 'v1')).toBeUndefined();
    cache.store('a', 'v2', 'newer');
    expect(cache.lookup('a', 'v1')).toBeUndefined();
    expect(cache.lookup('a', 'v2')).toBe('newer');
    expect(cache.size).toBe(1);
  });

  it('lets the least recently used go first', () => {
    const cache = new VersionedCache<number>(2);
    cache.store('a', 'v', 1);
    cache.store('b', 'v', 2);
    expect(cache.lookup('a', 'v')).toBe(1);
    cache.store('c', 'v', 3);
    expect(cache.lookup('b', 'v')).toBeUndefined();
    expect(cache.lookup('a', 'v')).toBe(1);
    expect(cache.lookup('c', 'v')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('keeps nothing with 0 entries, and refuses a size that is not a whole number', () => {
    const cache = new VersionedCache<number>(0);
    cache.store('a', 'v', 1);
    expect(cache.lookup('a', 'v')).toBeUndefined();
    expect(() => new VersionedCache(-1)).toThrow(RangeError);
    expect(() => new VersionedCache(1.5)).toThrow(RangeError);
  });
});

describe('readsNationalStatisticsOnly', () => {
  const reads = (text: string) =>
    readsNationalStatisticsOnly(
      parse(text).definitions.find(
        (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
      )!,
    );

  it.each([
    '{ nationalStatistics { totals { granted } } }',
    'query { __typename n: nationalStatistics { groupBy } }',
  ])('holds for a query of nationalStatistics alone: %s', (text) => {
    expect(reads(text)).toBe(true);
  });

  it.each([
    '{ nationalStatistics { groupBy } viewer { role } }',
    'query { ...F } fragment F on Query { nationalStatistics { groupBy } }',
    '{ __typename }',
    'mutation { __typename }',
  ])('does not hold with another field, a fragment at the root, or a mutation: %s', (text) => {
    expect(reads(text)).toBe(false);
  });
});
