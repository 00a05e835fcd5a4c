import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

afterEach(() => vi.unstubAllGlobals());

describe('ComplaintCard', () => {
  it('offers the changed decision’s letter as a PDF', async () => {
    const fetchMock = vi.fn(
      async () => new Response(new Blob(['%PDF-']), { status: 200, headers: {} }),
    );
    vi.stubGlobal('fetch', fetchMock);
    URL.createObjectURL ??= () => 'blob:x';
    URL.revokeObjectURL ??= () => undefined;
    const decision = {
      id: 'd1',
      status: 'GRANTED',
      grantedTotal: 105_000,
      partnership: { id: 'p1', name: 'Partnerskap Nord' },
      needsStatement: { id: 's1', title: 'Lesing' },
      grantedPerYear: [],
      versions: [
        { versionNo: 1, grantedTotal: 100_000, changeReason: null, decidedAt: '2026-04-15' },
        { versionNo: 2, grantedTotal: 105_000, changeReason: 'Rettet.', decidedAt: '2026-12-03' },
      ],
      letters: [
        { id: 'l1', kind: 'DECISION', url: '/letters/l1.pdf', frozenAt: '2026-04-15T08:00:00Z' },
        {
          id: 'l2',
          kind: 'COMPLAINT_DECISION',
          url: '/letters/l2.pdf',
          frozenAt: '2026-12-03T08:00:00Z',
        },
      ],
    };
    const wrapper = mount(ComplaintCard, {
      props: {
        complaint: {
          ...complaint,
          status: 'CHANGED',
          resultingVersion: 2,
        } as ComplaintFieldsFragment,
        decision: decision as never,
        busy: false,
        error: null,
        forward: vi.fn(),
        change: vi.fn(),
        reject: vi.fn(),
      },
      global: { plugins: [createAppI18n()] },
    });
    expect(wrapper.text()).toContain('Brev om endret vedtak sendt 03.12.2026');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Last ned PDF')!
      .trigger('click');
    await flushPromises();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect((fetchMock.mock.calls[0] as unknown as [string])[0]).toBe('/letters/l2.pdf');
  });

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
