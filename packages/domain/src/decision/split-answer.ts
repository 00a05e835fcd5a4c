import { problem, type ValidationProblem } from '../common/validation-problem.js';
import { isKroner, type Kroner } from '../money/kroner.js';

export type SplitAnswerProblemCode = 'SPLIT_AMOUNT_INVALID' | 'SPLIT_SUM_MISMATCH';

/**
 * A partnership's split of a reduced grant for one year (plan rule 10): the owners' and the
 * institution's parts are whole kroner, not negative, and add up to exactly the year's grant.
 */
export function checkSplitAnswer(
  split: { owner: number; institution: number },
  grantForYear: Kroner,
): ValidationProblem<SplitAnswerProblemCode>[] {
  const problems: ValidationProblem<SplitAnswerProblemCode>[] = [];
  for (const field of ['owner', 'institution'] as const) {
    if (!isKroner(split[field]) || split[field] < 0) {
      problems.push(
        problem(
          'SPLIT_AMOUNT_INVALID',
          [field],
          'Beløpet må være et helt antall kroner, null eller mer.',
          'The amount must be a whole number of kroner, zero or more.',
        ),
      );
    }
  }
  const owner = isKroner(split.owner) ? Math.max(0, split.owner) : 0;
  const institution = isKroner(split.institution) ? Math.max(0, split.institution) : 0;
  if (owner + institution !== grantForYear) {
    problems.push(
      problem(
        'SPLIT_SUM_MISMATCH',
        ['owner'],
        `Eier og institusjon må til sammen utgjøre tilskuddet for året (${grantForYear} kr).`,
        `Owner and institution must add up to the year's grant (${grantForYear} kr).`,
      ),
    );
  }
  return problems;
}
