import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { ComplaintFieldsFragment } from '../../gql/graphql.js';
import { createAppI18n } from '../../i18n/i18n.js';
import ComplaintCard from './ComplaintCard.vue';

const complaint = {
  id: 'c1',
  status: 'RECEIVED',
  complainant: 'Partnerskapet v/ koordinator',
  grounds: 'Tilskuddet er for lavt.',
  receivedOn: '2026-12-03',
  postedOn: null,
  notifiedOn: '2025-04-15',
  noticeChannel: 'DIGITAL',
  deadline: '2025-05-06',
  timely: false,
  daysLate: 576,
  deadlineExplanation: 'Klagen kom for sent.',
  assumptions: [],
  reasons: null,
  lateReason: null,
  caseSummary: null,
  resultingVersion: null,
  settledBy: null,
  settledAt: null,
  version: 3,
  decision: { id: 'd1' },
} as unknown as ComplaintFieldsFragment;

function render(reject = vi.fn(async () => ({ rejectComplaint: { id: 'c1' } }))) {
  const wrapper = mount(ComplaintCard, {
    props: {
      complaint,
      decision: null,
      busy: false,
      error: null,
      forward: vi.fn(),
      change: vi.fn(),
      reject,
    },
    global: { plugins: [createAppI18n()] },
  });
  return { wrapper, reject };
}

describe('ComplaintCard', () => {
  it('rejects a late complaint with the office’s reasons, and no § 31 reason', async () => {
    const { wrapper, reject } = render();
    const button = wrapper.findAll('button').find((b) => b.text() === 'Avvise klagen')!;
    await button.trigger('click');
    expect(reject).not.toHaveBeenCalled();
    expect(wrapper.get('#reasons-c1').attributes('aria-invalid')).toBe('true');
    await wrapper.get('#reasons-c1').setValue('Klagen kom over et år for sent.');
    await button.trigger('click');
    await flushPromises();
    expect(reject).toHaveBeenCalledWith({
      complaintId: 'c1',
      expectedVersion: 3,
      reasons: 'Klagen kom over et år for sent.',
    });
    expect(wrapper.emitted('settled')).toEqual([['Klagen er avvist. Vedtaket står som det er.']]);
  });

  it('shows a rejected complaint as «Avvist», with no actions left', () => {
    const wrapper = mount(ComplaintCard, {
      props: {
        complaint: {
          ...complaint,
          status: 'REJECTED',
          reasons: 'For sent.',
        } as ComplaintFieldsFragment,
        decision: null,
        busy: false,
        error: null,
        forward: vi.fn(),
        change: vi.fn(),
        reject: vi.fn(),
      },
      global: { plugins: [createAppI18n()] },
    });
    expect(wrapper.get('.ds-tag').text()).toBe('Avvist');
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
