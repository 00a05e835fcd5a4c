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

const run = (id: string, status: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: 'Et scenario',
  method: 'OPTIMAL',
  status,
  queuedAt: '2026-03-01T10:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  requestedByName: 'Kari Rådgiver',
  errorCode: null,
  errorMessage: null,
  problems: [],
  scenario: null,
  ...extra,
});

/** The mutation's answer: the run, queued. */
const queued: Responder = (v) => ({
  data: { runScenario: run((v['input'] as { runId: string }).runId, 'QUEUED') },
});
/** The run's status as polled: DONE with scenario s9. */
const doneAsS9: Responder = (v) => ({
  data: { scenarioRun: run(v['id'] as string, 'DONE', { scenario: { id: 's9' } }) },
});

const noActiveRun: Responder = () => ({
  data: { round: { id: 'r1', activeScenarioRun: null } },
});

function setup(runScenario: Responder, more: Record<string, Responder> = {}) {
  const { client, calls } = mockClient({
    RunScenario: runScenario,
    ActiveScenarioRun: noActiveRun,
    ...more,
  });
  const onDone = vi.fn();
  const { result, unmount } = withSetup(
    () =>
      useScenarioRun({
        roundId: 'r1',
        indicators: () => [...indicators],
        defaultTolerance: () => 5,
        onDone,
        newRunId: () => 'run-1',
        firstPollMs: 5,
        pollMs: 10,
      }),
    client,
  );
  return { result, calls, onDone, unmount };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('useScenarioRun', () => {
  it('starts from the plan’s defaults and sends the parameters the API expects', async () => {
    const { result, calls, onDone } = setup(queued, { ScenarioRun: doneAsS9 });
    expect(result.form.weights).toEqual({ ito: 0.2 });
    expect(result.form.tolerancePercentagePoints).toBe(5);
    expect(result.canRun.value).toBe(false);
    result.form.name = ' Hovedforslag ';
    result.form.minFundedSharePercent = 40;
    expect(await result.run()).toBe('s9');
    expect(calls.find((c) => c.name === 'RunScenario')?.variables).toEqual({
      input: {
        roundId: 'r1',
        runId: 'run-1',
        name: 'Hovedforslag',
        method: 'RANKED',
        cutRule: 'PROPORTIONAL',
        marginalTier: 'CUT_RULE',
        minFundedShare: 0.4,
        tolerancePercentagePoints: 5,
        themeWeight: 1,
        indicatorWeights: [{ indicatorId: 'ito', weight: 0.2 }],
      },
    });
    expect(onDone).toHaveBeenCalledWith('s9');
    expect(result.outcome.value).toEqual({ status: 'DONE', name: 'Hovedforslag' });
  });

  it('answers at once and polls the run’s status by its id until it is done', async () => {
    let status = 'RUNNING';
    const { result, calls, onDone } = setup(queued, {
      ScenarioRun: (v) => ({
        data: {
          scenarioRun: run(v['id'] as string, status, {
            scenario: status === 'DONE' ? { id: 's9' } : null,
          }),
        },
      }),
    });
    result.form.name = 'Lang kjøring';
    const ended = result.run();
    await flushPromises();
    expect(result.progress.value).toEqual({ name: 'Lang kjøring', status: 'RUNNING' });
    const polls = () => calls.filter((c) => c.name === 'ScenarioRun').length;
    // Asked at once when the mutation answered, then again without a fixed delay.
    expect(polls()).toBe(1);
    await wait(40);
    expect(polls()).toBeGreaterThan(2);
    expect(calls.find((c) => c.name === 'ScenarioRun')?.variables).toEqual({ id: 'run-1' });
    status = 'DONE';
    expect(await ended).toBe('s9');
    expect(onDone).toHaveBeenCalledWith('s9');
    expect(result.running.value).toBe(false);
    const after = polls();
    await wait(40);
    expect(polls()).toBe(after);
  });

  it('pauses polling while the tab is hidden and asks again when it comes back', async () => {
    const { result, calls, unmount } = setup(queued, {
      ScenarioRun: (v) => ({ data: { scenarioRun: run(v['id'] as string, 'RUNNING') } }),
    });
    const hidden = vi.spyOn(document, 'visibilityState', 'get');
    try {
      result.form.name = 'Skjult';
      void result.run();
      await flushPromises();
      hidden.mockReturnValue('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      await flushPromises();
      const polls = () => calls.filter((c) => c.name === 'ScenarioRun').length;
      const whileHidden = polls();
      await wait(40);
      expect(polls()).toBe(whileHidden);
      hidden.mockReturnValue('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      await flushPromises();
      expect(polls()).toBeGreaterThan(whileHidden);
    } finally {
      hidden.mockRestore();
      unmount();
    }
  });

  it('shows a failed run’s problems next to their fields', async () => {
    const { result } = setup(queued, {
      ScenarioRun: (v) => ({
        data: {
          scenarioRun: run(v['id'] as string, 'FAILED', {
            errorCode: 'VALIDATION_FAILED',
            errorMessage: 'The scenario’s input cannot be allocated.',
            problems: [
              {
                code: 'ALLOC_MIN_SHARE_RANGE',
                path: ['minFundedShare'],
                message: { nb: 'Minste andel må være mellom 0 og 1.', en: '' },
              },
            ],
          }),
        },
      }),
    });
    result.form.name = 'Ugyldig';
    expect(await result.run()).toBeNull();
    expect(result.outcome.value).toEqual({ status: 'FAILED', name: 'Ugyldig' });
    expect(result.error.value?.code).toBe('VALIDATION_FAILED');
    expect(result.problems('minFundedShare').map((p) => p.message.nb)).toEqual([
      'Minste andel må være mellom 0 og 1.',
    ]);
  });

  it('cannot be started twice while a run is under way', async () => {
    const { result, calls } = setup(() => 'pending');
    result.form.name = 'A';
    void result.run();
    await flushPromises();
    expect(result.running.value).toBe(true);
    expect(result.blocked.value).toBe(true);
    expect(result.canRun.value).toBe(false);
    expect(await result.run()).toBeNull();
    expect(calls.filter((c) => c.name === 'RunScenario')).toHaveLength(1);
  });

  it('is blocked while another adviser or tab runs a scenario for the round', async () => {
    const { result, calls } = setup(queued, {
      ActiveScenarioRun: () => ({
        data: { round: { id: 'r1', activeScenarioRun: run('other', 'QUEUED') } },
      }),
    });
    await flushPromises();
    result.form.name = 'A';
    expect(result.otherRun.value?.requestedByName).toBe('Kari Rådgiver');
    expect(result.blocked.value).toBe(true);
    expect(result.canRun.value).toBe(false);
    expect(await result.run()).toBeNull();
    expect(calls.some((c) => c.name === 'RunScenario')).toBe(false);
  });

  it('tells SCENARIO_RUN_IN_PROGRESS apart from other errors', async () => {
    const { result } = setup(() => ({
      error: new CombinedError({
        graphQLErrors: [
          new GraphQLError('busy', {
            extensions: {
              code: 'SCENARIO_RUN_IN_PROGRESS',
              runId: 'other',
              status: 'RUNNING',
              requestedByName: 'Ola Rådgiver',
              problems: [
                {
                  code: 'SCENARIO_RUN_IN_PROGRESS',
                  path: ['roundId'],
                  message: { nb: 'Et annet scenario («Optimal B») kjøres allerede.', en: '' },
                },
              ],
            },
          }),
        ],
      }),
    }));
    result.form.name = 'A';
    expect(await result.run()).toBeNull();
    expect(result.inProgress.value).toEqual({
      requestedByName: 'Ola Rådgiver',
      status: 'RUNNING',
      message: 'Et annet scenario («Optimal B») kjøres allerede.',
    });
    expect(result.error.value).toBeNull();
    expect(result.running.value).toBe(false);
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
