import { describe, expect, it } from 'vitest';
import { compareScenarios, comparisonRefusal } from './scenario-comparison.js';

const group = (key: string, granted: number, municipalities: string[] = []) => ({
  key,
  kind: 'SECTOR',
  municipalities,
  statements: 1,
  requestedThisYear: 100,
  grantedThisYear: granted,
});

const scenario = (
  id: string,
  inputHash: string,
  lines: Array<[string, number]>,
  bySector: ReturnType<typeof group>[] = [],
) => ({
  id,
  inputHash,
  lines: lines.map(([statementId, granted]) => ({
    statementId,
    requestedThisYear: 100,
    grantedThisYear: granted,
    line: `${id}:${statementId}`,
  })),
  bySector,
  byMunicipality: [],
  byOwner: [],
});

describe('comparing scenarios', () => {
  it('takes 2 to 6 different scenarios', () => {
    expect(comparisonRefusal(['a'])).toBe('COUNT');
    expect(comparisonRefusal(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('COUNT');
    expect(comparisonRefusal(['a', 'a'])).toBe('DUPLICATE');
    expect(comparisonRefusal(['a', 'b'])).toBeNull();
  });

  it('puts each statement’s grants side by side, the largest difference first, 0 where a scenario lacks it', () => {
    const result = compareScenarios([
      scenario('A', 'h1', [
        ['s1', 100],
        ['s2', 50],
        ['s3', 10],
      ]),
      scenario('B', 'h2', [
        ['s1', 100],
        ['s2', 20],
      ]),
      scenario('C', 'h1', [
        ['s1', 100],
        ['s2', 50],
        ['s3', 10],
      ]),
    ]);
    expect(result.rows.map((r) => [r.statementId, r.granted, r.spread])).toEqual([
      ['s2', [50, 20, 50], 30],
      ['s3', [10, 0, 10], 10],
      ['s1', [100, 100, 100], 0],
    ]);
    expect(result.rows[1]?.lines).toEqual(['A:s3', null, 'C:s3']);
    expect(result.differences.map((r) => r.statementId)).toEqual(['s2', 's3']);
    expect(result.sameInputAsFirst).toEqual(['C']);
  });

  it('totals each group per scenario, keeps what identifies it and merges its municipalities', () => {
    const result = compareScenarios([
      scenario('A', 'h', [], [group('SCHOOL', 300, ['5501']), group('KINDERGARTEN', 200)]),
      scenario('B', 'h', [], [group('SCHOOL', 300, ['5503'])]),
    ]);
    expect(result.bySector).toEqual([
      {
        key: 'SCHOOL',
        kind: 'SECTOR',
        municipalities: ['5501', '5503'],
        statements: [1, 1],
        requestedThisYear: [100, 100],
        granted: [300, 300],
        spread: 0,
        differs: false,
      },
      {
        key: 'KINDERGARTEN',
        kind: 'SECTOR',
        municipalities: [],
        statements: [1, 0],
        requestedThisYear: [100, 0],
        granted: [200, 0],
        spread: 200,
        differs: true,
      },
    ]);
  });
});
