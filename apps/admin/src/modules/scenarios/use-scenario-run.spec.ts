import { CombinedError } from '@urql/core';
import { flushPromises } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { mockClient, withSetup, type Responder } from '../../test/mock-client.js';
import { useScenarioRun } from './use-scenario-run.js';

const indicators = [
  {
    id: 'ito',
    label: { nb: 'ITO', en: 'ITO' },
    kind: 'STATISTIC',
    defaultWeight: 0.2,
    clause: 'c',
  },
] as const;

function setup(runScenario: Responder) {
  const { client, calls } = mockClient({ RunScenario: runScenario });
  const onDone = vi.fn();
  const { result } = withSetup(
    () =>
      useScenarioRun({
        roundId: 'r1',
        indicators: () => [...indicators],
        defaultTolerance: () => 5,
        onDone,
      }),
    client,
  );
  return { result, calls, onDone };
}

describe('useScenarioRun', () => {
  it('starts from the plan’s defaults and sends the parameters the API expects', async () => {
    const { result, calls, onDone } = setup(() => ({ data: { runScenario: { id: 's9' } } }));
    expect(result.form.weights).toEqual({ ito: 0.2 });
    expect(result.form.tolerancePercentagePoints).toBe(5);
    expect(result.canRun.value).toBe(false);
    result.form.name = ' Hovedforslag ';
    result.form.minFundedSharePercent = 40;
    expect(await result.run()).toBe('s9');
    expect(calls[0]?.variables).toEqual({
      input: {
        roundId: 'r1',
        name: 'Hovedforslag',
        method: 'RANKED',
        cutRule: 'PROPORTIONAL',
        minFundedShare: 0.4,
        tolerancePercentagePoints: 5,
        themeWeight: 1,
        indicatorWeights: [{ indicatorId: 'ito', weight: 0.2 }],
      },
    });
    expect(onDone).toHaveBeenCalledWith('s9');
  });

  it('cannot be started twice while a run is under way', async () => {
    const { result, calls } = setup(() => 'pending');
    result.form.name = 'A';
    void result.run();
    await flushPromises();
    expect(result.running.value).toBe(true);
    expect(result.canRun.value).toBe(false);
    expect(await result.run()).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('puts a validation problem next to its field', async () => {
    const { result } = setup(() => ({
      error: new CombinedError({
        graphQLErrors: [
          new GraphQLError('bad', {
            extensions: {
              code: 'VALIDATION_FAILED',
              problems: [
                {
                  code: 'RANGE',
                  path: ['tolerancePercentagePoints'],
                  message: { nb: 'Toleransen må være mellom 0 og 50.', en: '' },
                },
              ],
            },
          }),
        ],
      }),
    }));
    result.form.name = 'A';
    expect(await result.run()).toBeNull();
    expect(result.running.value).toBe(false);
    expect(result.problems('tolerancePercentagePoints').map((p) => p.message.nb)).toEqual([
      'Toleransen må være mellom 0 og 50.',
    ]);
    expect(result.problems('name')).toEqual([]);
  });
});
