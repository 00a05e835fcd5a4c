import { problem } from '../common/validation-problem.js';
import type { PlanRules } from '../plan/plan.schema.js';
import { SECTOR_LABELS, type Sector } from '../plan/sector.js';
import { countEarlierYearsOfWork, earlierYearsOfWork } from './history.js';
import type { FundingHistory } from './needs-statement.schema.js';
import type { NeedsStatementProblem } from './validate-needs-statement.js';

/**
 * The statement rules a round's allocation applies again to each candidate (prepareRound): one
 * source for their codes and messages, shared with validateNeedsStatement. Each takes the few facts
 * it needs, so a candidate (which has no parsed statement) and a statement give the same problems.
 */

/** One year of a request: owner + institution = total, and the coordinator part within it. */
export interface BudgetYearAmounts {
  year: number;
  owner: number;
  institution: number;
  total: number;
  coordinator: number;
}

/** NS_SECTOR_NOT_IN_PLAN: the plan has no such sector. */
export function sectorNotInPlan(rules: PlanRules, sector: Sector): NeedsStatementProblem | null {
  if (rules.sectors.includes(sector)) return null;
  return problem(
    'NS_SECTOR_NOT_IN_PLAN',
    ['sector'],
    `Planen har ikke sektoren ${SECTOR_LABELS[sector].nb}.`,
    `The plan has no sector ${SECTOR_LABELS[sector].en}.`,
  );
}

/** NS_DURATION_OUT_OF_RANGE: the duration is not a whole number of years in 1…the plan's maximum. */
export function durationOutOfRange(
  rules: PlanRules,
  durationYears: number,
): NeedsStatementProblem | null {
  const max = rules.durations.maxYears;
  if (Number.isInteger(durationYears) && durationYears >= 1 && durationYears <= max) return null;
  return problem(
    'NS_DURATION_OUT_OF_RANGE',
    ['durationYears'],
    `Varigheten må være 1–${max} år, ikke ${durationYears}.`,
    `The duration must be 1–${max} years, not ${durationYears}.`,
  );
}

/**
 * NS_BUDGET_YEARS: the budget has not exactly one entry for each year of the duration, from the
 * round's year on. Only for a duration in range (durationOutOfRange speaks for the others).
 */
export function budgetYearsMismatch(
  rules: PlanRules,
  roundYear: number,
  durationYears: number,
  budget: readonly { year: number }[],
): NeedsStatementProblem | null {
  if (durationOutOfRange(rules, durationYears)) return null;
  if (budget.length === durationYears && coversYears(budget, roundYear)) return null;
  const expected = Array.from({ length: durationYears }, (_, k) => roundYear + k);
  return problem(
    'NS_BUDGET_YEARS',
    ['budget'],
    `Budsjettet må ha ett år for hvert år i varigheten: ${expected.join(', ')}.`,
    `The budget must have one entry for each year of the duration: ${expected.join(', ')}.`,
  );
}

/**
 * Whether the budget's years, in any order, are exactly roundYear, roundYear + 1, … (one each).
 * Checked without sorting: each year in range and none twice.
 */
function coversYears(budget: readonly { year: number }[], roundYear: number): boolean {
  for (let k = 0; k < budget.length; k++) {
    const offset = (budget[k] as { year: number }).year - roundYear;
    if (!(Number.isInteger(offset) && offset >= 0 && offset < budget.length)) return false;
    for (let j = 0; j < k; j++)
      if ((budget[j] as { year: number }).year - roundYear === offset) return false;
  }
  return true;
}

/**
 * Each budget year's own sums: NS_BUDGET_SPLIT_SUM (owner + institution ≠ total) and
 * NS_BUDGET_COORDINATOR_EXCEEDS_TOTAL (the coordinator part above the total).
 */
export function budgetLineProblems(budget: readonly BudgetYearAmounts[]): NeedsStatementProblem[] {
  let sound = true;
  for (let k = 0; k < budget.length && sound; k++) {
    const year = budget[k] as BudgetYearAmounts;
    sound = year.owner + year.institution === year.total && !(year.coordinator > year.total);
  }
  if (sound) return [];
  const problems: NeedsStatementProblem[] = [];
  budget.forEach((year, index) => {
    if (year.owner + year.institution !== year.total) {
      problems.push(
        problem(
          'NS_BUDGET_SPLIT_SUM',
          ['budget', index, 'total'],
          `${year.year}: eier (${year.owner}) + kompetansemiljø (${year.institution}) er ikke lik summen (${year.total}).`,
          `${year.year}: owner (${year.owner}) + institution (${year.institution}) does not equal the total (${year.total}).`,
        ),
      );
    }
    if (year.coordinator > year.total) {
      problems.push(
        problem(
          'NS_BUDGET_COORDINATOR_EXCEEDS_TOTAL',
          ['budget', index, 'coordinator'],
          `${year.year}: koordinatormidlene er større enn summen.`,
          `${year.year}: the coordinator amount exceeds the total.`,
        ),
      );
    }
  });
  return problems;
}

/**
 * NS_WORK_YEAR_LIMIT: the work's funded years before the round and the years asked for now pass the
 * plan's limit on years per development work.
 */
export function workYearLimitExceeded(
  rules: PlanRules,
  history: FundingHistory,
  workId: string,
  roundYear: number,
  durationYears: number,
): NeedsStatementProblem | null {
  const limit = rules.durations.maxYearsPerWork;
  if (countEarlierYearsOfWork(history, workId, roundYear) + durationYears <= limit) return null;
  const earlier = earlierYearsOfWork(history, workId, roundYear);
  return problem(
    'NS_WORK_YEAR_LIMIT',
    ['durationYears'],
    `Utviklingsarbeidet har fått midler i ${earlier.length} år (${earlier.join(', ') || 'ingen'}); med ${durationYears} år til blir det over grensen på ${limit} år.`,
    `The development work was funded for ${earlier.length} years (${earlier.join(', ') || 'none'}); ${durationYears} more would exceed the limit of ${limit} years.`,
  );
}
