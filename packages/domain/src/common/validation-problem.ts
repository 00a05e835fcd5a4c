import type { LocalizedText } from './localized-text.js';

export type ProblemPath = (string | number)[];

/** One thing wrong with a plan, needs statement or report. Codes are stable; messages are not. */
export interface ValidationProblem<Code extends string = string> {
  code: Code;
  path: ProblemPath;
  message: LocalizedText;
}

export function problem<Code extends string>(
  code: Code,
  path: ProblemPath,
  nb: string,
  en: string,
): ValidationProblem<Code> {
  return { code, path, message: { nb, en } };
}

/** A parse that either yields a typed value or lists every problem found. */
export type ParseResult<T, Code extends string = string> =
  { ok: true; value: T } | { ok: false; problems: ValidationProblem<Code>[] };

interface ZodLikeIssue {
  code: string;
  path: PropertyKey[];
  message: string;
}

/** Maps zod issues to problems with one stable code. Zod's message is English; nb wraps it. */
export function problemsFromZodIssues<Code extends string>(
  code: Code,
  issues: readonly ZodLikeIssue[],
): ValidationProblem<Code>[] {
  return issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
    const where = path.length > 0 ? path.join('.') : '(rot)';
    return problem(
      code,
      path,
      `Ugyldig verdi ved ${where}: ${issue.message}`,
      `Invalid value at ${where.replace('(rot)', '(root)')}: ${issue.message}`,
    );
  });
}
