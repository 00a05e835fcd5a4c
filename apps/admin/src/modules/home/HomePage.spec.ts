import { flushPromises, mount } from '@vue/test-utils';
import type { Client } from '@urql/core';
import { ref } from 'vue';
import { fromValue, never } from 'wonka';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../../i18n/i18n.js';
import HomePage from './HomePage.vue';

function clientReturning(source: ReturnType<typeof fromValue> | ReturnType<typeof never>): Client {
  return { executeQuery: () => source } as unknown as Client;
}

function render(client: Client) {
  return mount(HomePage, {
    global: { plugins: [createAppI18n()], provide: { $urql: ref(client) } },
  });
}

describe('HomePage', () => {
  it('shows the service status and the counties from the API', async () => {
    const wrapper = render(
      clientReturning(
        fromValue({
          data: {
            health: { status: 'ok', version: '1.2.3' },
            counties: [{ id: '1', code: 'troms', name: 'Statsforvalteren i Troms' }],
          },
        }),
      ),
    );
    await flushPromises();
    expect(wrapper.get('[data-testid="health"]').text()).toBe('Tjenesten svarer (versjon 1.2.3).');
    expect(wrapper.get('[data-testid="counties"]').text()).toContain('Statsforvalteren i Troms');
  });

  it('shows a loading state while the query runs', () => {
    const wrapper = render(clientReturning(never));
    expect(wrapper.get('[role="status"]').text()).toBe('Laster …');
  });

  it('shows an error in Norwegian when the API fails', async () => {
    const wrapper = render(
      clientReturning(fromValue({ error: new Error('[Network] Failed to fetch') })),
    );
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('Kunne ikke hente data');
  });
});
