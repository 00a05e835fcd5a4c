import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mockClient, withSetup } from '../../test/mock-client.js';
import { useRoundFrame } from './use-round-frame.js';

const round = { id: 'r1', version: 3, allowedActions: ['setRoundFrame', 'closeRound'] };

describe('useRoundFrame', () => {
  it('is offered when the API says the phase allows it', () => {
    const { client } = mockClient({});
    expect(withSetup(() => useRoundFrame(round), client).result.allowed.value).toBe(true);
    const decided = { ...round, allowedActions: ['updateDecision'] };
    expect(withSetup(() => useRoundFrame(decided), client).result.allowed.value).toBe(false);
  });

  it('sends the new frame with the version the adviser saw', async () => {
    const { client, calls } = mockClient({
      SetRoundFrame: () => ({ data: { setRoundFrame: { ...round, frame: 13_000_000 } } }),
    });
    const { result } = withSetup(() => useRoundFrame(round), client);
    expect(await result.save('13 000 000')).toBe(true);
    expect(calls.find((c) => c.name === 'SetRoundFrame')?.variables).toEqual({
      input: { roundId: 'r1', frame: 13_000_000, expectedVersion: 3 },
    });
  });

  it('keeps an unreadable frame here and shows the API’s refusals where they belong', async () => {
    let extensions: Record<string, unknown> = { code: 'BAD_USER_INPUT', field: 'frame' };
    const { client, calls } = mockClient({
      SetRoundFrame: () => ({
        error: new CombinedError({ graphQLErrors: [new GraphQLError('no', { extensions })] }),
      }),
    });
    const { result } = withSetup(() => useRoundFrame(round), client);
    expect(await result.save('mye')).toBe(false);
    expect(result.frameProblems.value.map((p) => p.code)).toEqual(['UNREADABLE']);
    expect(calls).toHaveLength(0);
    await result.save('0');
    expect(result.frameProblems.value).toHaveLength(1);
    expect(result.formError.value).toBeNull();
    extensions = { code: 'CONFLICT', reason: 'STALE_VERSION' };
    await result.save('1000');
    expect(result.formError.value?.code).toBe('CONFLICT');
  });
});
