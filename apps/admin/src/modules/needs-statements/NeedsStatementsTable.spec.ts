import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { connection, mockClient, mountOptions } from '../../test/mock-client.js';
import NeedsStatementsTable from './NeedsStatementsTable.vue';

const row = (id: string, problems: { code: string; field: string; nb: string }[] = []) => ({
  id,
  title: `Behovsmelding ${id}`,
  sector: 'SCHOOL',
  themeId: null,
  status: 'SUBMITTED',
  durationYears: 2,
  requestedThisYear: 100_000,
  submittedAt: '2026-01-20T10:00:00.000Z',
  newcomer: id === '2',
  partnership: {
    id: 'p',
    name: 'P',
    institution: { id: 'i', name: 'Nord universitet' },
    owners: [
      { id: 'o1', name: 'Bodø kommune', municipality: { number: '1804', name: 'Bodø' } },
      { id: 'o2', name: 'Privat barnehage AS', municipality: { number: '1804', name: 'Bodø' } },
    ],
  },
  problems: problems.map((p) => ({ code: p.code, field: p.field, message: { nb: p.nb } })),
});

describe('NeedsStatementsTable', () => {
  it('marks the statements the plan’s rules find problems with', async () => {
    const { client } = mockClient({
      NeedsStatements: () => ({
        data: {
          needsStatements: connection([
            row('1'),
            row('2', [
              { code: 'NS_WORK_YEAR_LIMIT', field: '', nb: 'Arbeidet har fått midler i fire år.' },
              { code: 'NS_BUDGET', field: 'budget.0.owner', nb: 'Beløpet mangler.' },
            ]),
          ]),
        },
      }),
    });
    const options = mountOptions(client);
    const wrapper = mount(NeedsStatementsTable, {
      props: { roundId: 'r1' },
      global: { ...options.global, stubs: { RouterLink: { template: '<a><slot /></a>' } } },
    });
    await flushPromises();
    const tags = wrapper.findAll('[data-testid="problem-tag"]');
    expect(tags).toHaveLength(1);
    expect(tags[0]!.text()).toBe('2 problemer');
    expect(tags[0]!.attributes('title')).toBe(
      'Arbeidet har fått midler i fire år. Beløpet mangler.',
    );
    expect(wrapper.findAll('tbody tr')[0]!.text()).toContain('Ingen problemer');
  });

  it('shows each statement’s owners, their municipalities and whether an owner is new', async () => {
    const { client } = mockClient({
      NeedsStatements: () => ({ data: { needsStatements: connection([row('1'), row('2')]) } }),
    });
    const options = mountOptions(client);
    const wrapper = mount(NeedsStatementsTable, {
      props: { roundId: 'r1' },
      global: { ...options.global, stubs: { RouterLink: { template: '<a><slot /></a>' } } },
    });
    await flushPromises();
    const headers = wrapper.findAll('thead th').map((th) => th.text());
    expect(headers).toEqual(expect.arrayContaining(['Eiere', 'Kommune', 'Ny eier']));
    expect(wrapper.find('[data-testid="statement-owners"]').text()).toBe(
      'Bodø kommune, Privat barnehage AS',
    );
    expect(wrapper.find('[data-testid="statement-municipalities"]').text()).toBe('Bodø');
    const tags = wrapper.findAll('[data-testid="newcomer-tag"]');
    expect(tags).toHaveLength(1);
    expect(wrapper.findAll('tbody tr')[1]!.find('[data-testid="newcomer-tag"]').exists()).toBe(
      true,
    );
  });
});
