import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import App from './App.vue';
import { writeToken } from './auth/session-store.js';
import { installAuthGuard, routes } from './router.js';
import { mockClient, mountOptions } from './test/mock-client.js';

async function render(path: string) {
  const { client } = mockClient({
    Viewer: () => ({
      data: {
        viewer: {
          subject: 's',
          name: 'Rådgiver',
          role: 'ADMIN',
          county: { id: '1', code: 'troms', name: 'Statsforvalteren i Troms' },
        },
      },
    }),
  });
  const router = createRouter({ history: createMemoryHistory(), routes });
  installAuthGuard(router);
  await router.push(path);
  const wrapper = mount(App, mountOptions(client, { plugins: [router] }));
  await flushPromises();
  return { wrapper, router };
}

afterEach(() => writeToken(null));

describe('App shell', () => {
  it('sends a visitor without a session to sign-in, keeping where they were going', async () => {
    const { wrapper, router } = await render('/scenarioer');
    expect(router.currentRoute.value.fullPath).toBe('/logg-inn?redirect=/scenarioer');
    expect(wrapper.find('nav').exists()).toBe(false);
    expect(wrapper.get('a.ds-skip-link').attributes('href')).toBe('#main');
  });

  it('shows the signed-in user and the main navigation', async () => {
    writeToken('t');
    const { wrapper } = await render('/status');
    expect(wrapper.get('[data-testid="viewer"]').text()).toContain('Rådgiver');
    const links = wrapper
      .get('nav[aria-label="Hovedmeny"]')
      .findAll('a')
      .map((a) => a.text());
    expect(links).toEqual([
      'Oversikt',
      'Behovsmeldinger',
      'Scenarioer',
      'Sammenlign',
      'Forslag og vedtak',
      'Rapporter',
      'Klager',
      'Utbetalinger',
      'Brevmal',
      'Register',
    ]);
  });
});
