import { Field, ObjectType } from 'type-graphql';
import { LocalizedText } from './localized-text.type.js';

/** One thing the rules find wrong, as the domain reports it (the shape of `extensions.problems`). */
@ObjectType('ValidationProblem', {
  description: 'One thing the plan’s rules find wrong: a stable code, where, and why in nb and en.',
})
export class ValidationProblemType {
  @Field({ description: 'Stable code, e.g. NS_WORK_YEAR_LIMIT.' })
  code!: string;

  @Field(() => [String], {
    description: 'Where: the field path (list indexes as digits), empty for the whole thing.',
  })
  path!: string[];

  @Field({ description: 'The path joined with dots, e.g. "budget.0.owner" ("" for the whole).' })
  field!: string;

  @Field(() => LocalizedText)
  message!: LocalizedText;
}

/** The domain's problem as the GraphQL type. */
export function toProblemType(problem: {
  code: string;
  path: readonly (string | number)[];
  message: { nb: string; en: string };
}): ValidationProblemType {
  const path = problem.path.map(String);
  return {
    code: problem.code,
    path,
    field: path.join('.'),
    message: { nb: problem.message.nb, en: problem.message.en },
  };
}

@ObjectType('StatementNotice', {
  description:
    'Something the office should look at in a needs statement; never a refusal (e.g. a coordinator asked for below the complexity aid).',
})
export class StatementNoticeType extends ValidationProblemType {
  @Field({ description: 'The plan clause it is about.' })
  clause!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The assumption it rests on (the plan gives no such figure), if any.',
  })
  assumption!: string | null;
}
