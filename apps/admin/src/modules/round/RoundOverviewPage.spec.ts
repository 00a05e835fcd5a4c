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
  allowedActions: ['closeRound', 'setRoundFrame'],
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
    withProblems: 2,
    requestedThisYear: 52_154_000,
    committedThisYear: 7_545_000,
    freeThisYear: 21_855_000,
    bySector: [{ sector: 'SCHOOL', statements: 23, requestedThisYear: 16_391_000 }],
    byTheme: [
      {
        sector: 'SCHOOL',
        themeId: 'school-reading',
        rank: 1,
        title: { nb: 'Lesing' },
        statements: 9,
        withdrawn: 1,
        requestedThisYear: 6_100_000,
      },
    ],
    byStatus: [
      { status: 'SUBMITTED', statements: 69, requestedThisYear: 52_154_000 },
      { status: 'WITHDRAWN', statements: 1, requestedThisYear: 400_000 },
    ],
  },
  commitments: { totalCount: 12 },
};

/** The office's adviser: the phase buttons are theirs. */
const viewer = {
  subject: 'dev:admin:troms',
  name: 'Rådgiver',
  role: 'ADMIN',
  county: { id: 'c1', code: 'troms', name: 'Troms' },
};

function render(overview: Responder, list: Responder = () => ({ data: rounds })) {
  const { client } = mockClient({
    Rounds: list,
    RoundOverview: overview,
    Viewer: () => ({ data: { viewer } }),
  });
  const options = mountOptions(client);
  return mount(RoundOverviewPage, {
    global: { ...options.global, stubs: { RouterLink: { template: '<a><slot /></a>' } } },
  });
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

  it('shows the free funds, themes, statuses and problems as the API counts them', async () => {
    const wrapper = render(() => ({ data: { round } }));
    await flushPromises();
    expect(plain(wrapper.get('[data-testid="free"]').text())).toBe('21 855 000 kr');
    const theme = plain(wrapper.get('[data-testid="by-theme"] tbody tr').text());
    expect(theme).toContain('1. Lesing');
    expect(theme).toContain('6 100 000 kr');
    const statuses = wrapper
      .findAll('[data-testid="by-status"] tbody tr')
      .map((r) => r.findAll('th, td').map((c) => plain(c.text())));
    expect(statuses).toEqual([
      ['Sendt inn', '69', '52 154 000 kr'],
      ['Trukket', '1', '400 000 kr'],
    ]);
    expect(wrapper.get('[data-testid="with-problems"]').text()).toContain(
      '2 innsendte behovsmeldinger har problemer',
    );
  });

  it('says so when the commitments exceed the frame', async () => {
    const wrapper = render(() => ({
      data: { round: { ...round, summary: { ...round.summary, freeThisYear: -5_000 } } },
    }));
    await flushPromises();
    expect(plain(wrapper.get('[data-testid="free"]').text())).toBe('−5 000 kr');
    expect(wrapper.text()).toContain('Tidligere tilsagn binder mer enn årets ramme.');
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
