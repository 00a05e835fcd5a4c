import { problem, type ValidationProblem } from '../common/validation-problem.js';
import type { AllocationInputProblemCode } from './allocation-input-error.js';
import type { ScenarioParameters } from './allocation.types.js';

/**
 * What is wrong with a scenario's own parameters, whatever the round and plan: the smallest funded
 * share in [0, 1], the weights given finite numbers ≥ 0, a tolerance of finite percentage points
 * ≥ 0 and a positive, finite time limit. prepareRound checks them with the round; a caller can
 * check them before it records a run at all.
 */
export function scenarioParameterProblems(
  scenario: Pick<
    ScenarioParameters,
    'minFundedShare' | 'indicatorWeights' | 'themeWeight' | 'tolerancePercentagePoints' | 'optimal'
  >,
): ValidationProblem<AllocationInputProblemCode>[] {
  const problems: ValidationProblem<AllocationInputProblemCode>[] = [];
  const minShare = scenario.minFundedShare;
  if (!(minShare >= 0 && minShare <= 1)) {
    problems.push(
      problem(
        'ALLOC_MIN_SHARE_RANGE',
        ['scenario', 'minFundedShare'],
        'Minste andel må være mellom 0 og 1.',
        'The smallest funded share must be between 0 and 1.',
      ),
    );
  }
  const weights: Array<[(string | number)[], number | undefined]> = [
    ...Object.entries(scenario.indicatorWeights ?? {}).map(
      ([id, w]): [(string | number)[], number] => [['scenario', 'indicatorWeights', id], w],
    ),
    [['scenario', 'themeWeight'], scenario.themeWeight],
  ];
  for (const [path, weight] of weights) {
    if (weight !== undefined && !(Number.isFinite(weight) && weight >= 0)) {
      problems.push(
        problem(
          'ALLOC_WEIGHT_INVALID',
          path,
          'Vekter må være tall ≥ 0.',
          'Weights must be numbers ≥ 0.',
        ),
      );
    }
  }
  const tolerance = scenario.tolerancePercentagePoints;
  if (
    tolerance !== undefined &&
    !(Number.isFinite(tolerance) && tolerance >= 0 && tolerance <= 100)
  ) {
    problems.push(
      problem(
        'ALLOC_TOLERANCE_INVALID',
        ['scenario', 'tolerancePercentagePoints'],
        'Toleransen må være mellom 0 og 100 prosentpoeng.',
        'The tolerance must be between 0 and 100 percentage points.',
      ),
    );
  }
  const timeLimit = scenario.optimal?.timeLimitSeconds;
  if (timeLimit !== undefined && !(Number.isFinite(timeLimit) && timeLimit > 0)) {
    problems.push(
      problem(
        'ALLOC_TIME_LIMIT_INVALID',
        ['scenario', 'optimal', 'timeLimitSeconds'],
        'Tidsgrensen må være et positivt antall sekunder.',
        'The time limit must be a positive number of seconds.',
      ),
    );
  }
  return problems;
}
