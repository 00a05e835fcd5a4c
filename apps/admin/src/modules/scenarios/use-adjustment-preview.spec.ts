import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { scenarioLine } from '../../test/fixtures.js';
import { mockClient, withSetup } from '../../test/mock-client.js';
import { useAdjustmentPreview } from './use-adjustment-preview.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setup(amount: number | null) {
  const { client, calls } = mockClient({
    ScenarioAdjustmentPreview: (variables) => {
      const input = variables['input'] as { grantedThisYear: number };
      return {
        data: {
          scenarioAdjustmentPreview: {
            grantedThisYear: input.grantedThisYear,
            grantedNew: 0,
            leftover: 0,
            maxWithinFrame: 0,
            requiredOverrides: ['SECTOR:SCHOOL'],
            pastFrame: [],
            breaches: [
              { constraintId: 'SECTOR:SCHOOL', description: { nb: 'Skole: over.' } },
              { constraintId: 'LOCK:2:2027', description: { nb: 'Overstyrt før.' } },
            ],
            problems: [
              {
                code: 'ADJUSTMENT_OVERRIDE_REQUIRED',
                path: ['override'],
                field: 'override',
                message: { nb: 'Bryter.' },
              },
              {
                code: 'ADJUSTMENT_AMOUNT_INVALID',
                path: ['grantedThisYear'],
                field: 'grantedThisYear',
                message: { nb: 'For mye.' },
              },
            ],
          },
        },
      };
    },
  });
  const value = ref<number | null>(amount);
  const { result } = withSetup(
    () =>
      useAdjustmentPreview({
        scenarioId: 's1',
        line: scenarioLine('1'),
        amount: value,
        delayMs: 0,
      }),
    client,
  );
  return { result, calls, value };
}

describe('useAdjustmentPreview', () => {
  it('asks the API about the amount in the field, and picks what must be overridden', async () => {
    const { result, calls } = setup(120_000);
    await wait(5);
    await flushPromises();
    expect(calls.map((c) => c.variables)).toEqual([
      { input: { scenarioId: 's1', needsStatementId: 'ns1', grantedThisYear: 120_000 } },
    ]);
    expect(result.required.value.map((b) => b.constraintId)).toEqual(['SECTOR:SCHOOL']);
    expect(result.amountProblems.value.map((p) => p.message.nb)).toEqual(['For mye.']);
  });

  it('asks nothing for an amount that is not whole kroner, and shows no stale answer', async () => {
    const { result, calls, value } = setup(-5);
    await wait(5);
    await flushPromises();
    expect(calls).toEqual([]);
    expect(result.preview.value).toBeNull();
    value.value = 1.5;
    await wait(5);
    await flushPromises();
    expect(calls).toEqual([]);
  });
});
