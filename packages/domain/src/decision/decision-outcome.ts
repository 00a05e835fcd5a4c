import { problem, type ValidationProblem } from '../common/validation-problem.js';
import { formatKroner, isKroner, type Kroner } from '../money/kroner.js';

/** A decision's outcome: in full, less than asked (the partnership must split it), or nothing. */
export type DecisionOutcome = 'GRANTED' | 'REDUCED' | 'REJECTED';

/** The outcome of granting `granted` of a request of `requested` kroner this year. */
export function decisionOutcome(granted: Kroner, requested: Kroner): DecisionOutcome {
  if (granted <= 0) return 'REJECTED';
  return granted < requested ? 'REDUCED' : 'GRANTED';
}

export type LineAdjustmentProblemCode = 'ADJUSTMENT_AMOUNT_INVALID' | 'ADJUSTMENT_REASON_MISSING';

/** The shortest reason an adviser may give for adjusting a grant by hand. */
export const ADJUSTMENT_MIN_REASON_LENGTH = 5;

/**
 * An adviser's hand adjustment of a scenario line: whole kroner from 0 up to the request for the
 * year, and a reason of a few words (it goes into the decision's reasons).
 */
export function checkLineAdjustment(
  adjustment: { grantedThisYear: number; reason: string },
  requestedThisYear: Kroner,
): ValidationProblem<LineAdjustmentProblemCode>[] {
  const problems: ValidationProblem<LineAdjustmentProblemCode>[] = [];
  const amount = adjustment.grantedThisYear;
  if (!isKroner(amount) || amount < 0 || amount > requestedThisYear) {
    problems.push(
      problem(
        'ADJUSTMENT_AMOUNT_INVALID',
        ['grantedThisYear'],
        `Tilskuddet må være et helt antall kroner fra 0 til omsøkt beløp (${formatKroner(requestedThisYear)}).`,
        `The grant must be a whole number of kroner from 0 to the requested ${requestedThisYear}.`,
      ),
    );
  }
  if (adjustment.reason.trim().length < ADJUSTMENT_MIN_REASON_LENGTH) {
    problems.push(
      problem(
        'ADJUSTMENT_REASON_MISSING',
        ['reason'],
        `Begrunn justeringen (minst ${ADJUSTMENT_MIN_REASON_LENGTH} tegn).`,
        `Give a reason (at least ${ADJUSTMENT_MIN_REASON_LENGTH} characters).`,
      ),
    );
  }
  return problems;
}
