import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldProblems, hasCode, isFormLevel, problemsFor, toApiError } from './api-error.js';

const problem = (path: (string | number)[], nb: string) => ({
  code: 'REQUIRED',
  path,
  message: { nb, en: nb },
});

describe('toApiError', () => {
  it('is null without an error', () => {
    expect(toApiError(undefined)).toBeNull();
  });

  it('reads the code and the validation problems from the extensions', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Invalid', {
          extensions: {
            code: 'VALIDATION_FAILED',
            problems: [problem(['reason'], 'Skriv en begrunnelse.'), { junk: true }],
          },
        }),
      ],
    });
    const apiError = toApiError(error);
    expect(apiError?.code).toBe('VALIDATION_FAILED');
    expect(apiError?.problems).toEqual([problem(['reason'], 'Skriv en begrunnelse.')]);
    expect(hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    expect(hasCode(error, 'CONFLICT')).toBe(false);
  });

  it('names the field of a BAD_USER_INPUT error', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Bad', { extensions: { code: 'BAD_USER_INPUT', field: 'first' } }),
      ],
    });
    expect(toApiError(error)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('calls a failed fetch a network error and an unknown code UNKNOWN', () => {
    expect(
      toApiError(new CombinedError({ networkError: new Error('Failed to fetch') }))?.code,
    ).toBe('NETWORK');
    const odd = new CombinedError({
      graphQLErrors: [new GraphQLError('x', { extensions: { code: 'ODD' } })],
    });
    expect(toApiError(odd)?.code).toBe('UNKNOWN');
  });
});

describe('problemsFor', () => {
  const problems = [
    problem(['budget', 0, 'owner'], 'a'),
    problem(['budget'], 'b'),
    problem(['budgetNote'], 'c'),
    problem(['reason'], 'd'),
  ];

  it('finds the problems of a field and of its parts', () => {
    expect(problemsFor(problems, 'budget').map((p) => p.message.nb)).toEqual(['a', 'b']);
    expect(problemsFor(problems, 'budget', { exact: true }).map((p) => p.message.nb)).toEqual([
      'b',
    ]);
    expect(problemsFor(problems, 'reason').map((p) => p.message.nb)).toEqual(['d']);
  });
});

describe('fieldProblems', () => {
  it('finds a field’s problems with or without the input prefix, and BAD_USER_INPUT by name', () => {
    const error = toApiError(
      new CombinedError({
        graphQLErrors: [
          new GraphQLError('Invalid', {
            extensions: {
              code: 'VALIDATION_FAILED',
              problems: [
                problem(['input', 'reason'], 'Skriv en begrunnelse.'),
                problem(['amount'], 'For stort.'),
              ],
            },
          }),
        ],
      }),
    );
    expect(fieldProblems(error, 'reason').map((p) => p.message.nb)).toEqual([
      'Skriv en begrunnelse.',
    ]);
    expect(fieldProblems(error, 'amount').map((p) => p.message.nb)).toEqual(['For stort.']);
    expect(isFormLevel(error, ['reason'])).toBe(false);
    expect(isFormLevel(error, ['name'])).toBe(true);
    const bad = toApiError(
      new CombinedError({
        graphQLErrors: [
          new GraphQLError('Too small', {
            extensions: { code: 'BAD_USER_INPUT', field: 'grantedThisYear' },
          }),
        ],
      }),
    );
    expect(fieldProblems(bad, 'grantedThisYear')).toHaveLength(1);
  });
});
