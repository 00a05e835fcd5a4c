import {
  defaultFieldResolver,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { BadUserInputError, type Problem } from '../errors/app-error.js';
import { isUuid } from '../common/uuid.js';

/**
 * Free text without a column of its own (jsonb content, search words, notes kept in text columns)
 * is at most this many characters; a varchar column's own length is the limit where there is one.
 */
export const MAX_TEXT_LENGTH = 20_000;

/** Maximum characters per input field, keyed `Type.field` (input types) or `Query.field.arg`. */
export type TextLimits = ReadonlyMap<string, number>;

const GUARDED = Symbol('inputGuard');

// A high surrogate not followed by a low one, or a low one without a high one before it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Validates every argument of every field at the edge, before a resolver (or the authorisation
 * check) runs, so bad input is refused with BAD_USER_INPUT and the path of each bad value instead
 * of failing in PostgreSQL:
 *
 * - `ID` values must be UUIDs (every id of this API is one);
 * - text must be well-formed (no lone UTF-16 surrogates) and hold no NUL character: both are
 *   refused, not stripped, so what is stored is exactly what the caller sent;
 * - text is at most its column's length (`limits`, read from the entities' metadata) or
 *   {@link MAX_TEXT_LENGTH}, counted in characters as PostgreSQL counts them.
 *
 * GraphQL's own coercion already holds `Int` to 32 bits; the domain's rules check amounts and
 * their sums. Only fields with arguments are wrapped: an answer's plain fields cost nothing extra.
 */
export function guardInputs(schema: GraphQLSchema, limits: TextLimits): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      if ((resolve as { [GUARDED]?: true })[GUARDED]) continue;
      const args = field.args;
      const owner = `${type.name}.${field.name}`;
      const guarded: typeof resolve = (source, values, context, info) => {
        const problems: Problem[] = [];
        for (const arg of args) {
          checkArgument(owner, arg, values[arg.name], limits, problems);
        }
        if (problems.length > 0) throw inputError(problems);
        return resolve(source, values, context, info);
      };
      (guarded as { [GUARDED]?: true })[GUARDED] = true;
      field.resolve = guarded;
    }
  }
  return schema;
}

function checkArgument(
  owner: string,
  arg: GraphQLArgument,
  value: unknown,
  limits: TextLimits,
  problems: Problem[],
): void {
  checkValue(arg.type, value, [arg.name], limits.get(`${owner}.${arg.name}`), limits, problems);
}

function checkValue(
  type: GraphQLInputType,
  value: unknown,
  path: (string | number)[],
  limit: number | undefined,
  limits: TextLimits,
  problems: Problem[],
): void {
  if (value === null || value === undefined) return;
  if (problems.length >= 20) return;
  if (isNonNullType(type)) {
    checkValue(type.ofType, value, path, limit, limits, problems);
    return;
  }
  if (isListType(type)) {
    if (!Array.isArray(value)) return;
    value.forEach((item, index) =>
      checkValue(type.ofType, item, [...path, index], limit, limits, problems),
    );
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [name, field] of Object.entries(fields)) {
      checkValue(
        field.type,
        (value as Record<string, unknown>)[name],
        [...path, name],
        limits.get(`${type.name}.${name}`),
        limits,
        problems,
      );
    }
    return;
  }
  if (!isScalarType(type)) return;
  if (type.name === 'ID') {
    if (typeof value !== 'string' || !isUuid(value)) {
      problems.push(
        problem('INVALID_ID', path, 'er ikke en gyldig id.', 'is not a valid id (a UUID).'),
      );
    }
    return;
  }
  if (type.name === 'String' && typeof value === 'string') {
    checkText(value, path, limit ?? MAX_TEXT_LENGTH, problems);
  }
}

function checkText(
  value: string,
  path: (string | number)[],
  max: number,
  problems: Problem[],
): void {
  if (value.includes('\u0000')) {
    problems.push(
      problem('INVALID_TEXT', path, 'inneholder et NUL-tegn.', 'holds a NUL character.'),
    );
    return;
  }
  if (LONE_SURROGATE.test(value)) {
    problems.push(
      problem(
        'INVALID_TEXT',
        path,
        'inneholder tegn som ikke er gyldig Unicode.',
        'holds characters that are not valid Unicode (a lone surrogate).',
      ),
    );
    return;
  }
  if (value.length > max && characters(value) > max) {
    problems.push(
      problem('TOO_LONG', path, `er lengre enn ${max} tegn.`, `is longer than ${max} characters.`, {
        max,
      }),
    );
  }
}

/** Characters as PostgreSQL counts them: code points (a surrogate pair is one). */
function characters(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) i++;
    count++;
  }
  return count;
}

function problem(
  code: string,
  path: (string | number)[],
  nb: string,
  en: string,
  extra: Record<string, unknown> = {},
): Problem {
  const name = path.join('.');
  return { code, path, message: { nb: `${name} ${nb}`, en: `${name} ${en}` }, ...extra };
}

function inputError(problems: Problem[]): BadUserInputError {
  const first = problems[0]!;
  return new BadUserInputError(first.message.en, { field: first.path.join('.'), problems });
}

/**
 * The input fields and arguments kept in varchar columns: `Type.field` → `Entity.property`, or a
 * limit of its own in characters for text that is not stored as sent (an upload's base64 bytes).
 */
export type StoredColumns = Readonly<Record<string, string | readonly string[] | number>>;

/**
 * Text limits from the entities' own column lengths (one source of truth: the `length` of each
 * `@Property`), for the input fields `columns` names. `lengthOf` reads an entity property's length.
 */
export function textLimits(
  columns: StoredColumns,
  lengthOf: (entity: string, property: string) => number | undefined,
): Map<string, number> {
  const limits = new Map<string, number>();
  for (const [input, targets] of Object.entries(columns)) {
    if (typeof targets === 'number') {
      limits.set(input, targets);
      continue;
    }
    for (const target of typeof targets === 'string' ? [targets] : targets) {
      const [entity, property] = target.split('.');
      const length = entity && property ? lengthOf(entity, property) : undefined;
      if (length === undefined) {
        throw new Error(`${input}: ${target} is not a varchar column with a length`);
      }
      limits.set(input, Math.min(limits.get(input) ?? Infinity, length));
    }
  }
  return limits;
}
