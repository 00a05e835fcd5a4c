import { CombinedError } from '@urql/core';
import { flushPromises, mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mockClient, mountOptions, type Responder } from '../../test/mock-client.js';
import ScenarioForm from './ScenarioForm.vue';

const otherRun = {
  id: 'other',
  name: 'Optimal B',
  method: 'OPTIMAL',
  status: 'RUNNING',
  queuedAt: '2026-03-01T10:00:00.000Z',
  startedAt: '2026-03-01T10:00:01.000Z',
  finishedAt: null,
  requestedByName: 'Ola Rådgiver',
  errorCode: null,
  errorMessage: null,
  scenario: null,
};

function render(responders: Record<string, Responder>) {
  const { client, calls } = mockClient({
    ActiveScenarioRun: () => ({ data: { round: { id: 'r1', activeScenarioRun: null } } }),
    ...responders,
  });
  return {
    wrapper: mount(ScenarioForm, { props: { roundId: 'r1' }, ...mountOptions(client) }),
    calls,
  };
}

describe('ScenarioForm', () => {
  it('disables the run button while another adviser’s run is active, and says why', async () => {
    const { wrapper } = render({
      ActiveScenarioRun: () => ({ data: { round: { id: 'r1', activeScenarioRun: otherRun } } }),
    });
    await flushPromises();
    await wrapper.get('#run-name').setValue('Mitt scenario');
    const button = wrapper.get('[data-testid="run-scenario"]');
    expect(button.attributes('disabled')).toBeDefined();
    expect(button.attributes('aria-describedby')).toBe('run-status');
    const status = wrapper.get('#run-status');
    expect(status.attributes('aria-live')).toBe('polite');
    expect(status.text()).toBe(
      'Ola Rådgiver kjører scenarioet «Optimal B» (beregnes). Du kan kjøre et nytt scenario når det er ferdig.',
    );
  });

  it('shows SCENARIO_RUN_IN_PROGRESS in Norwegian', async () => {
    const { wrapper } = render({
      RunScenario: () => ({
        error: new CombinedError({
          graphQLErrors: [
            new GraphQLError('busy', {
              extensions: { code: 'SCENARIO_RUN_IN_PROGRESS', requestedByName: 'Ola Rådgiver' },
            }),
          ],
        }),
      }),
    });
    await flushPromises();
    await wrapper.get('#run-name').setValue('Mitt scenario');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="run-in-progress"]').text()).toBe(
      'Et annet scenario kjøres allerede for denne runden (startet av Ola Rådgiver). Vent til det er ferdig, og prøv igjen.',
    );
    expect(wrapper.find('[data-testid="error"]').exists()).toBe(false);
  });

  it('offers the choice at the budget line for the ranked method and sends it', async () => {
    const { wrapper, calls } = render({ RunScenario: () => 'pending' });
    await flushPromises();
    const choice = wrapper.get('[data-testid="marginal-tier"]');
    expect(choice.get('legend').text()).toBe('Ved budsjettgrensen');
    expect(choice.attributes('aria-describedby')).toBe('run-marginalTier-help');
    expect(choice.findAll('label').map((l) => l.text())).toEqual([
      'Del underskuddet etter avkortingsregelen',
      'Prioriter etter sektorens indikatorer',
    ]);
    expect((wrapper.get('#marginal-CUT_RULE').element as HTMLInputElement).checked).toBe(true);
    await wrapper.get('#marginal-INDICATORS').setValue(true);
    await wrapper.get('#run-name').setValue('Etter indikatorene');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const input = calls.find((c) => c.name === 'RunScenario')?.variables['input'];
    expect(input).toMatchObject({ method: 'RANKED', marginalTier: 'INDICATORS' });
  });

  it('leaves the choice out for the optimal method, which has no budget line of classes', async () => {
    const { wrapper, calls } = render({ RunScenario: () => 'pending' });
    await flushPromises();
    await wrapper.get('#method-OPTIMAL').setValue(true);
    expect(wrapper.find('[data-testid="marginal-tier"]').exists()).toBe(false);
    await wrapper.get('#run-name').setValue('Optimal');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const input = calls.find((c) => c.name === 'RunScenario')?.variables['input'];
    expect(input).toMatchObject({ method: 'OPTIMAL' });
    expect(input).not.toHaveProperty('marginalTier');
  });
});
