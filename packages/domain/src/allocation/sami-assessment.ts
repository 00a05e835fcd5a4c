import { problem, type ValidationProblem } from '../common/validation-problem.js';
import { SAMI_LEVELS, type SamiAssessment, type SamiLevel } from './allocation.types.js';

export type SamiAssessmentProblemCode =
  'SAMI_LEVEL_INVALID' | 'SAMI_REASON_TOO_SHORT' | 'SAMI_REASON_TOO_LONG';

/** The shortest reason the office may give for an assessment (or for taking one back). */
export const SAMI_REASON_MIN_LENGTH = 5;
/** The longest reason: it is quoted in the statement's reasons and the decision. */
export const SAMI_REASON_MAX_LENGTH = 2000;

/** What an adviser records: a level of the engine's, or NOT_ASSESSED to take one back. */
export type RecordedSamiLevel = SamiLevel | 'NOT_ASSESSED';

/**
 * What is wrong with an assessment of Sámi perspectives the office is about to record: the level
 * must be one the engine knows (or NOT_ASSESSED), and the reason must say why in a few words: it
 * is quoted in the statement's reasons (forvaltningsloven § 25) when the assessment moves it.
 */
export function samiAssessmentProblems(
  level: string,
  reason: string,
): ValidationProblem<SamiAssessmentProblemCode>[] {
  const problems: ValidationProblem<SamiAssessmentProblemCode>[] = [];
  if (level !== 'NOT_ASSESSED' && !(SAMI_LEVELS as readonly string[]).includes(level)) {
    problems.push(
      problem(
        'SAMI_LEVEL_INVALID',
        ['level'],
        'Velg om behovsmeldingen ivaretar samiske perspektiver godt, noe, ikke, eller at den ikke er vurdert.',
        'Choose whether the statement addresses Sámi perspectives strongly, somewhat, not at all, or that it is not assessed.',
      ),
    );
  }
  const text = reason.trim();
  if (text.length < SAMI_REASON_MIN_LENGTH) {
    problems.push(
      problem(
        'SAMI_REASON_TOO_SHORT',
        ['reason'],
        `Begrunn vurderingen med minst ${SAMI_REASON_MIN_LENGTH} tegn.`,
        `Give a reason of at least ${SAMI_REASON_MIN_LENGTH} characters for the assessment.`,
      ),
    );
  } else if (text.length > SAMI_REASON_MAX_LENGTH) {
    problems.push(
      problem(
        'SAMI_REASON_TOO_LONG',
        ['reason'],
        `Begrunnelsen kan ha høyst ${SAMI_REASON_MAX_LENGTH} tegn.`,
        `The reason may have at most ${SAMI_REASON_MAX_LENGTH} characters.`,
      ),
    );
  }
  return problems;
}

/** The engine's view of a recorded assessment: none when it is NOT_ASSESSED (or absent). */
export function samiAssessmentForEngine(
  recorded: { level: string; reason: string } | null | undefined,
): SamiAssessment | undefined {
  if (!recorded || !(SAMI_LEVELS as readonly string[]).includes(recorded.level)) return undefined;
  return { level: recorded.level as SamiLevel, reason: recorded.reason.trim() };
}
