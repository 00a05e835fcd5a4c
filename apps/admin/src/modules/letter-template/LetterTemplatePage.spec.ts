import { CombinedError } from '@urql/core';
import { flushPromises, mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeToken } from '../../auth/session-store.js';
import { connection, mockClient, mountOptions } from '../../test/mock-client.js';
import LetterTemplatePage from './LetterTemplatePage.vue';

const contact = {
  officeName: 'Statsforvalteren i Troms og Finnmark',
  email: 'sftfpost@statsforvalteren.no',
  phone: '78 95 03 00',
  address: 'Postboks 700, 9815 Vadsø',
  signatory: 'Seksjon for barnehage og opplæring',
  appealBody: 'Utdanningsdirektoratet',
};
const template = (
  version: number,
  complaint = 'Klag innen {complaint_deadline} til {office}.',
) => ({
  version,
  isDefault: version === 0,
  blocks: [
    { id: 'title', text: 'Vedtak om tilskudd {round_year}' },
    { id: 'complaint', text: complaint },
  ],
  contact,
  placeholders: [{ name: 'partnership', description: 'partnerskapets navn' }],
});
const preview = {
  decisionId: 'd1',
  title: 'Vedtak om tilskudd 2026',
  date: '3. desember 2026',
  recipient: ['Partnerskap Nord'],
  complaintDeadline: '2026-12-24',
  reportDeadline: null,
  pdfUrl: '/letters/preview/d1.pdf',
  sections: [
    { heading: 'Klagerett', paragraphs: ['Klag innen 24. desember 2026.'], list: [], table: null },
  ],
};
const complaintProblem = {
  code: 'LETTER_PLACEHOLDER_REQUIRED',
  path: ['blocks', 'complaint'],
  message: { nb: 'Tekstblokken «complaint» må inneholde {complaint_deadline}.', en: '' },
};
const refused = () => ({
  error: new CombinedError({
    graphQLErrors: [
      new GraphQLError('bad', {
        extensions: { code: 'VALIDATION_FAILED', problems: [complaintProblem] },
      }),
    ],
  }),
});

function render(
  responders: Record<
    string,
    (v: Record<string, unknown>) => { data?: unknown; error?: unknown }
  > = {},
) {
  const { client, calls } = mockClient({
    LetterTemplate: () => ({ data: { letterTemplate: template(0) } }),
    Rounds: () => ({
      data: { rounds: { ...connection([{ id: 'r1', year: 2026, status: 'DECIDED' }]) } },
    }),
    LetterTemplatePreviewDecisions: () => ({
      data: {
        round: {
          id: 'r1',
          year: 2026,
          decisions: connection([
            { id: 'd1', status: 'GRANTED', partnership: { id: 'p1', name: 'Partnerskap Nord' } },
          ]),
        },
      },
    }),
    UpdateLetterTemplate: (v) => ({
      data: {
        updateLetterTemplate: {
          ...template(1),
          blocks: (v['input'] as { blocks: unknown[] }).blocks,
        },
      },
    }),
    LetterTemplatePreview: () => ({ data: { decisionLetterPreview: preview } }),
    ...responders,
  });
  const wrapper = mount(LetterTemplatePage, { ...mountOptions(client), attachTo: document.body });
  return { wrapper, calls };
}

beforeEach(() => writeToken('t'));
afterEach(() => writeToken(null));

describe('LetterTemplatePage', () => {
  it('shows the template’s blocks and contact, and saves the edit with the version it read', async () => {
    const { wrapper, calls } = render();
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('Brevmal for vedtaksbrev');
    expect(wrapper.get('label[for="letter-block-complaint"]').text()).toBe('Klagerett');
    expect((wrapper.get('#letter-contact-appealBody').element as HTMLInputElement).value).toBe(
      'Utdanningsdirektoratet',
    );
    expect(wrapper.text()).toContain('Dere bruker standardmalen.');
    await wrapper.get('#letter-block-title').setValue('Vedtak for {partnership}');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const update = calls.find((c) => c.name === 'UpdateLetterTemplate')!;
    expect(update.variables).toEqual({
      input: {
        blocks: [
          { id: 'title', text: 'Vedtak for {partnership}' },
          { id: 'complaint', text: 'Klag innen {complaint_deadline} til {office}.' },
        ],
        contact,
        expectedVersion: 0,
      },
    });
    expect(wrapper.get('[role="status"]').text()).toContain('Brevmalen er lagret.');
    wrapper.unmount();
  });

  it('shows the API’s problem with a block beside that block, not above the form', async () => {
    const { wrapper } = render({ UpdateLetterTemplate: refused });
    await flushPromises();
    await wrapper.get('#letter-block-complaint').setValue('Dere kan klage.');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const field = wrapper.get('#letter-block-complaint');
    expect(field.attributes('aria-invalid')).toBe('true');
    expect(field.attributes('aria-describedby')).toBe('letter-block-complaint-error');
    expect(wrapper.get('#letter-block-complaint-error').text()).toBe(complaintProblem.message.nb);
    expect(wrapper.get('#letter-block-title').attributes('aria-invalid')).toBeUndefined();
    const alert = wrapper.get('[data-testid="error"]');
    expect(alert.text()).toContain('Brevmalen ble ikke lagret: Noen opplysninger må rettes.');
    expect(alert.text()).not.toContain('complaint_deadline');
    wrapper.unmount();
  });

  it('previews a decision’s letter with the unsaved draft', async () => {
    const { wrapper, calls } = render();
    await flushPromises();
    expect(wrapper.get('#letter-preview-decision').text()).toContain(
      'Partnerskap Nord (Innvilget)',
    );
    await wrapper.get('#letter-contact-phone').setValue('77 64 20 00');
    await wrapper.get('[data-testid="letter-template-preview"]').trigger('click');
    await flushPromises();
    const asked = calls.find((c) => c.name === 'LetterTemplatePreview')!;
    expect(asked.variables['decisionId']).toBe('d1');
    expect(asked.variables['template']).toMatchObject({ contact: { phone: '77 64 20 00' } });
    expect(wrapper.get('[data-testid="letter-view"]').text()).toContain(
      'Klag innen 24. desember 2026.',
    );
    expect(calls.some((c) => c.name === 'UpdateLetterTemplate')).toBe(false);
    wrapper.unmount();
  });

  it('shows a draft the preview refuses with its problems beside the fields', async () => {
    const { wrapper } = render({ LetterTemplatePreview: refused });
    await flushPromises();
    await wrapper.get('[data-testid="letter-template-preview"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('#letter-block-complaint-error').text()).toBe(complaintProblem.message.nb);
    expect(wrapper.get('[data-testid="error"]').text()).toContain('Forhåndsvisningen feilet');
    wrapper.unmount();
  });
});
