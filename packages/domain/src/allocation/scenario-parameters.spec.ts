import { describe, expect, it } from 'vitest';
import { scenarioParameterProblems } from './scenario-parameters.js';

describe('scenarioParameterProblems', () => {
  it('accepts ordinary parameters', () => {
    expect(
      scenarioParameterProblems({
        minFundedShare: 0.5,
        indicatorWeights: { newcomer: 2 },
        themeWeight: 0,
        tolerancePercentagePoints: 5,
        optimal: { timeLimitSeconds: 10 },
      }),
    ).toEqual([]);
    expect(scenarioParameterProblems({ minFundedShare: 0 })).toEqual([]);
  });

  it('names every bad parameter at its path', () => {
    const problems = scenarioParameterProblems({
      minFundedShare: -9e290,
      indicatorWeights: { newcomer: Number.NaN, distance: 1 },
      themeWeight: Number.POSITIVE_INFINITY,
      tolerancePercentagePoints: 1.6e29,
      optimal: { timeLimitSeconds: 4.4e-323 * 0 },
    });
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['ALLOC_MIN_SHARE_RANGE', 'scenario.minFundedShare'],
      ['ALLOC_WEIGHT_INVALID', 'scenario.indicatorWeights.newcomer'],
      ['ALLOC_WEIGHT_INVALID', 'scenario.themeWeight'],
      ['ALLOC_TOLERANCE_INVALID', 'scenario.tolerancePercentagePoints'],
      ['ALLOC_TIME_LIMIT_INVALID', 'scenario.optimal.timeLimitSeconds'],
    ]);
  });
});
