import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mockClient, withSetup } from '../../test/mock-client.js';
import { useDeadlineExtension } from './use-deadline-extension.js';

const round = { id: 'r1', version: 4, status: 'OPEN' };

describe('useDeadlineExtension', () => {
  it('is offered while the round takes statements', () => {
    const { client } = mockClient({});
    expect(withSetup(() => useDeadlineExtension(round), client).result.allowed.value).toBe(true);
    const closed = { ...round, status: 'CLOSED' };
    expect(withSetup(() => useDeadlineExtension(closed), client).result.allowed.value).toBe(false);
  });

  it('sends the new day and the reason with the version the adviser saw; empty resets', async () => {
    const { client, calls } = mockClient({
      ExtendSubmissionDeadline: () => ({ data: { extendSubmissionDeadline: { ...round } } }),
    });
    const { result } = withSetup(() => useDeadlineExtension(round), client);
    expect(await result.save('2027-02-15', '  Strømbrudd  ')).toBe(true);
    expect(await result.save('', 'Tilbake til årshjulet')).toBe(true);
    expect(
      calls.filter((c) => c.name === 'ExtendSubmissionDeadline').map((c) => c.variables),
    ).toEqual([
      {
        input: { roundId: 'r1', deadline: '2027-02-15', reason: 'Strømbrudd', expectedVersion: 4 },
      },
      {
        input: {
          roundId: 'r1',
          deadline: null,
          reason: 'Tilbake til årshjulet',
          expectedVersion: 4,
        },
      },
    ]);
  });

  it('shows the API’s problems beside the date and the reason, a conflict above the form', async () => {
    let extensions: Record<string, unknown> = {
      code: 'VALIDATION_FAILED',
      problems: [
        {
          code: 'ROUND_DEADLINE_NOT_LATER',
          path: ['deadline'],
          message: { nb: 'Må være etter fristen i årshjulet.', en: 'x' },
        },
        {
          code: 'ROUND_DEADLINE_REASON_MISSING',
          path: ['reason'],
          message: { nb: 'Skriv hvorfor.', en: 'y' },
        },
      ],
    };
    const { client } = mockClient({
      ExtendSubmissionDeadline: () => ({
        error: new CombinedError({ graphQLErrors: [new GraphQLError('no', { extensions })] }),
      }),
    });
    const { result } = withSetup(() => useDeadlineExtension(round), client);
    expect(await result.save('2027-01-15', '')).toBe(false);
    expect(result.deadlineProblems.value.map((p) => p.code)).toEqual(['ROUND_DEADLINE_NOT_LATER']);
    expect(result.reasonProblems.value.map((p) => p.code)).toEqual([
      'ROUND_DEADLINE_REASON_MISSING',
    ]);
    expect(result.formError.value).toBeNull();
    extensions = { code: 'CONFLICT', reason: 'ROUND_NOT_OPEN' };
    await result.save('2027-03-01', 'For sent');
    expect(result.formError.value?.code).toBe('CONFLICT');
  });
});
