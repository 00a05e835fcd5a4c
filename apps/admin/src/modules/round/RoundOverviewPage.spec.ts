import { CombinedError } from '@urql/core';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeToken } from '../../auth/session-store.js';
import { connection, mockClient, mountOptions, type Responder } from '../../test/mock-client.js';
import RoundOverviewPage from './RoundOverviewPage.vue';
import { selectRound } from './use-round-selection.js';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const rounds = { rounds: { ...connection([{ id: 'r1', year: 2027, status: 'OPEN' }]) } };
const round = {
  id: 'r1',
  year: 2027,
  status: 'OPEN',
  frame: 29_400_000,
  version: 2,
  calendar: [
    {
      id: 'deadline',
      start: '2099-02-01',
      end: '2099-02-01',
      label: { nb: 'Frist for behovsmelding' },
    },
  ],
  summary: {
    statements: 70,
    withdrawn: 1,
    requestedThisYear: 52_154_000,
    committedThisYear: 7_545_000,
    bySector: [{ sector: 'SCHOOL', statements: 23, requestedThisYear: 16_391_000 }],
  },
  commitments: { totalCount: 12 },
};

function render(overview: Responder, list: Responder = () => ({ data: rounds })) {
  const { client } = mockClient({ Rounds: list, RoundOverview: overview });
  return mount(RoundOverviewPage, mountOptions(client));
}

beforeEach(() => writeToken('t'));
afterEach(() => {
  writeToken(null);
  selectRound(null);
});

describe('RoundOverviewPage', () => {
  it('shows the frame, commitments, demand, the next deadline and the sectors', async () => {
    const wrapper = render(() => ({ data: { round } }));
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('Tildelingsrunde 2027');
    expect(plain(wrapper.get('[data-testid="frame"]').text())).toBe('29 400 000 kr');
    expect(plain(wrapper.get('[data-testid="committed"]').text())).toBe('7 545 000 kr');
    expect(plain(wrapper.get('[data-testid="requested"]').text())).toBe('52 154 000 kr');
    expect(wrapper.get('[data-testid="next-deadline"]').text()).toContain(
      'Frist for behovsmelding, 01.02.2099',
    );
    expect(wrapper.get('[data-testid="round-transition"]').text()).toBe('Steng runden');
    expect(wrapper.get('tbody').text()).toContain('Skole');
  });

  it('has a loading state', async () => {
    const wrapper = render(() => 'pending');
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toBe('Laster …');
  });

  it('has an empty state when the county has no round', async () => {
    const wrapper = render(
      () => 'pending',
      () => ({ data: { rounds: connection([]) } }),
    );
    await flushPromises();
    expect(wrapper.get('[data-testid="empty"]').text()).toBe(
      'Det finnes ingen tildelingsrunde ennå.',
    );
  });

  it('has an error state in Norwegian', async () => {
    const wrapper = render(() => ({
      error: new CombinedError({ networkError: new Error('Failed to fetch') }),
    }));
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('Får ikke kontakt med tjenesten');
  });
});
