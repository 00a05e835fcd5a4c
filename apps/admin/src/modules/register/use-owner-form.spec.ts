import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mockClient, withSetup } from '../../test/mock-client.js';
import { parseYears, useOwnerForm } from './use-owner-form.js';

const owner = {
  id: 'o1',
  orgnr: '986105174',
  name: 'Senja kommune',
  ownership: 'PUBLIC' as const,
  municipality: { number: '5530', name: 'Senja' },
  participationYears: [2022, 2024],
  unitCount: 3,
  archivedAt: null,
  version: 4,
};

const refusal = (problems: unknown[]) => () => ({
  error: new CombinedError({
    graphQLErrors: [
      new GraphQLError('The owner has problems.', {
        extensions: { code: 'VALIDATION_FAILED', problems },
      }),
    ],
  }),
});

describe('parseYears', () => {
  it('reads years as advisers type them, and nothing else', () => {
    expect(parseYears('2022, 2024')).toEqual([2022, 2024]);
    expect(parseYears(' 2022 2023;2024 ')).toEqual([2022, 2023, 2024]);
    expect(parseYears('')).toEqual([]);
    expect(parseYears('i fjor')).toBeNull();
    expect(parseYears('22')).toBeNull();
  });
});

describe('useOwnerForm', () => {
  it('creates an owner with its years, and updates one with the version it was edited at', async () => {
    const { client, calls } = mockClient({
      CreateOwner: () => ({ data: { createOwner: { ...owner, name: 'Ny eier' } } }),
      UpdateOwner: () => ({ data: { updateOwner: owner } }),
    });
    const { result } = withSetup(() => useOwnerForm(), client);
    result.fill(null);
    Object.assign(result.form, {
      orgnr: '986 105 174',
      name: 'Ny eier',
      ownership: 'PRIVATE',
      municipalityNumber: '',
      participationYears: '2021, 2023',
    });
    expect(await result.save()).toBe('Ny eier');
    expect(calls.at(-1)).toEqual({
      name: 'CreateOwner',
      variables: {
        input: {
          orgnr: '986 105 174',
          name: 'Ny eier',
          ownership: 'PRIVATE',
          municipalityNumber: null,
          participationYears: [2021, 2023],
        },
      },
    });
    result.fill(owner);
    expect(result.form.participationYears).toBe('2022, 2024');
    expect(await result.save()).toBe('Senja kommune');
    expect(calls.at(-1)?.variables).toMatchObject({
      input: { id: 'o1', expectedVersion: 4, municipalityNumber: '5530' },
    });
  });

  it('asks nothing when the years cannot be read, and shows the API’s problems beside their fields', async () => {
    const { client, calls } = mockClient({
      CreateOwner: refusal([
        {
          code: 'REG_ORGNR_INVALID',
          path: ['orgnr'],
          message: { nb: '«1» er ikke et gyldig organisasjonsnummer.', en: '' },
        },
      ]),
    });
    const { result } = withSetup(() => useOwnerForm(), client);
    result.fill(null);
    result.form.participationYears = 'i fjor';
    expect(await result.save()).toBeNull();
    expect(calls).toHaveLength(0);
    expect(result.problems('participationYears').map((p) => p.message.nb)).toEqual([
      'Skriv årstall skilt med komma, for eksempel 2022, 2024.',
    ]);
    result.form.participationYears = '';
    result.form.orgnr = '1';
    expect(await result.save()).toBeNull();
    expect(result.problems('orgnr').map((p) => p.code)).toEqual(['REG_ORGNR_INVALID']);
    expect(result.problems('participationYears')).toEqual([]);
    expect(result.formError()).toBeNull();
  });
});
