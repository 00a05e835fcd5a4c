import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mockClient, withSetup } from '../../test/mock-client.js';
import { useCreateRound } from './use-create-round.js';
import { useRoundSelection } from './use-round-selection.js';

const refusal = (extensions: Record<string, unknown>) => () => ({
  error: new CombinedError({ graphQLErrors: [new GraphQLError('no', { extensions })] }),
});

describe('useCreateRound', () => {
  it('creates the draft round with its frame and makes it the round on screen', async () => {
    const round = { id: 'r-2028', year: 2028, status: 'DRAFT', frame: 12_500_000 };
    const { client, calls } = mockClient({ CreateRound: () => ({ data: { createRound: round } }) });
    const { result } = withSetup(
      () => ({ create: useCreateRound(), picked: useRoundSelection() }),
      client,
    );
    expect(await result.create.create(2028, '12 500 000')).toBe(true);
    expect(calls.find((c) => c.name === 'CreateRound')?.variables).toEqual({
      input: { year: 2028, frame: 12_500_000 },
    });
    expect(result.create.formError.value).toBeNull();
    expect(sessionStorage.getItem('kompetansemidler.round')).toBe('r-2028');
  });

  it('asks nothing of the API when the frame cannot be read as kroner', async () => {
    const { client, calls } = mockClient({});
    const { result } = withSetup(() => useCreateRound(), client);
    expect(await result.create(2028, 'tolv millioner')).toBe(false);
    expect(result.frameProblems.value.map((p) => [p.code, p.path])).toEqual([
      ['UNREADABLE', ['frame']],
    ]);
    expect(calls.filter((c) => c.name === 'CreateRound')).toHaveLength(0);
  });

  it('tells why the API refused the year or the frame', async () => {
    let answer = refusal({ code: 'CONFLICT', reason: 'ALREADY_EXISTS' });
    const { client } = mockClient({ CreateRound: () => answer() });
    const { result } = withSetup(() => useCreateRound(), client);
    expect(await result.create(2027, '1000')).toBe(false);
    expect(result.yearRefusal.value).toBe('exists');

    answer = refusal({ code: 'NOT_FOUND' });
    await result.create(2040, '1000');
    expect(result.yearRefusal.value).toBe('noPlanVersion');

    answer = refusal({ code: 'BAD_USER_INPUT', field: 'frame' });
    await result.create(2028, '0');
    expect(result.yearRefusal.value).toBeNull();
    expect(result.frameProblems.value).toHaveLength(1);
    expect(result.formError.value).toBeNull();

    answer = refusal({ code: 'FORBIDDEN' });
    await result.create(2028, '1000');
    expect(result.formError.value?.code).toBe('FORBIDDEN');
  });
});
