import { CombinedError } from '@urql/core';
import { flushPromises, mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { readToken, writeToken } from '../../auth/session-store.js';
import { mockClient, mountOptions, type Responder } from '../../test/mock-client.js';
import SignInPage from './SignInPage.vue';

const counties = { counties: [{ id: '1', code: 'troms', name: 'Statsforvalteren i Troms' }] };

async function render(devSignIn: Responder) {
  const { client, calls } = mockClient({
    SignInCounties: () => ({ data: counties }),
    DevSignIn: devSignIn,
    SignInPartnerships: () => ({
      data: { devSignInPartnerships: [{ id: 'p-1', name: 'Tromsø og UiT (demo)' }] },
    }),
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/logg-inn', component: SignInPage },
      { path: '/runde', component: { template: '<p>runde</p>' } },
    ],
  });
  await router.push('/logg-inn?redirect=/runde');
  const wrapper = mount(SignInPage, mountOptions(client, { plugins: [router] }));
  await flushPromises();
  return { wrapper, calls, router };
}

afterEach(() => writeToken(null));

describe('SignInPage', () => {
  it('signs in a demo user and goes back where the user was going', async () => {
    const { wrapper, calls, router } = await render(() => ({
      data: {
        devSignIn: { token: 'tok', user: { subject: 's', name: 'N', role: 'ADMIN', county: null } },
      },
    }));
    expect(wrapper.get('h1').text()).toBe('Logg inn');
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(4);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.name === 'DevSignIn')?.variables).toEqual({
      role: 'ADMIN',
      countyCode: 'troms',
      partnershipId: null,
    });
    expect(readToken()).toBe('tok');
    expect(router.currentRoute.value.fullPath).toBe('/runde');
  });

  it('asks no county of the national directorate', async () => {
    const { wrapper, calls } = await render(() => ({
      data: {
        devSignIn: {
          token: 't',
          user: { subject: 's', name: 'N', role: 'NATIONAL', county: null },
        },
      },
    }));
    await wrapper.get('#role-NATIONAL').setValue(true);
    expect(wrapper.find('#county').exists()).toBe(false);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.name === 'DevSignIn')?.variables).toEqual({
      role: 'NATIONAL',
      countyCode: null,
      partnershipId: null,
    });
  });

  it('lets a partnership pick one of the county’s partnerships, or the first', async () => {
    const { wrapper, calls } = await render(() => ({
      data: {
        devSignIn: {
          token: 't',
          user: { subject: 's', name: 'N', role: 'PARTNERSHIP', county: null },
        },
      },
    }));
    await wrapper.get('#role-PARTNERSHIP').setValue(true);
    await flushPromises();
    const options = wrapper.findAll('#partnership option').map((o) => o.text());
    expect(options).toEqual(['Det første i fylket (etter navn)', 'Tromsø og UiT (demo)']);
    expect(calls.find((c) => c.name === 'SignInPartnerships')?.variables).toEqual({
      countyCode: 'troms',
    });
    await wrapper.get('#partnership').setValue('p-1');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.name === 'DevSignIn')?.variables).toEqual({
      role: 'PARTNERSHIP',
      countyCode: 'troms',
      partnershipId: 'p-1',
    });
  });

  it('shows the API’s refusal in Norwegian and keeps no token', async () => {
    const { wrapper } = await render(() => ({
      error: new CombinedError({
        graphQLErrors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })],
      }),
    }));
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'Rollen din har ikke tilgang til dette.',
    );
    expect(readToken()).toBeNull();
  });
});
