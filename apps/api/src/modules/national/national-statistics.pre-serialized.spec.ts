import { describe, expect, it } from 'vitest';
import { PreSerialized, stringifyWithPreSerialized } from './national-statistics.pre-serialized.js';

describe('stringifyWithPreSerialized', () => {
  it('writes pre-serialized values as they are, elsewhere as JSON.stringify does', () => {
    const a = { groups: [{ year: 2026, name: 'Sør «øst»\n' }], totals: { granted: 12 } };
    const b = [1, null, 'to'];
    const value = {
      data: {
        first: new PreSerialized(JSON.stringify(a)),
        second: new PreSerialized(JSON.stringify(b)),
        n: 1,
      },
      errors: [{ message: 'x' }],
    };
    const text = stringifyWithPreSerialized(value);
    expect(text).toBe(
      `${JSON.stringify({ data: { first: a, second: b, n: 1 }, errors: [{ message: 'x' }] })}\n`,
    );
  });

  it('leaves answers without pre-serialized values as Apollo writes them', () => {
    const value = { data: { nationalStatistics: { groups: [] } } };
    expect(stringifyWithPreSerialized(value)).toBe(`${JSON.stringify(value)}\n`);
  });

  it('gives the value itself to any other JSON.stringify (a log line, a test)', () => {
    expect(JSON.stringify({ v: new PreSerialized('{"a":[1,2]}') })).toBe('{"v":{"a":[1,2]}}');
  });
});
