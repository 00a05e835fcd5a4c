import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { numberedPlaceholders, sqlLiteral } from './sql.js';

describe('sqlLiteral', () => {
  it('writes strings exactly as node-postgres’ escapeLiteral', () => {
    for (const text of [
      '',
      'plain',
      "O'Brien's",
      'back\\slash and \\"quoted\\"',
      'a ? b $1 :name ?? c',
      'Sámi «perspektiver» — 😀',
      JSON.stringify({ nb: "Skolen's \\ behov?", list: ['\n', '\t'] }),
    ]) {
      expect(sqlLiteral(text)).toBe(pg.Client.prototype.escapeLiteral(text));
    }
  });

  it('writes numbers, booleans and null, and refuses what is not a number', () => {
    expect(sqlLiteral(12_345)).toBe('12345');
    expect(sqlLiteral(-0.25)).toBe('-0.25');
    expect(sqlLiteral(true)).toBe('true');
    expect(sqlLiteral(null)).toBe('null');
    expect(() => sqlLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => sqlLiteral(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('numberedPlaceholders', () => {
  it('numbers the ? placeholders outside quoted literals and identifiers', () => {
    expect(
      numberedPlaceholders(
        `select "a?b", 'it''s ?' from t where x = ? and y in (?, ?) and z = 'q?'`,
      ),
    ).toBe(`select "a?b", 'it''s ?' from t where x = $1 and y in ($2, $3) and z = 'q?'`);
    expect(numberedPlaceholders('select 1')).toBe('select 1');
  });
});
