import { CombinedError } from '@urql/core';
import { flushPromises, mount } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { mockClient, mountOptions } from '../../../test/mock-client.js';
import PartnerComplaintForm from './PartnerComplaintForm.vue';

function render(answer: Parameters<typeof mockClient>[0][string]) {
  const { client, calls } = mockClient({ PartnerFileComplaint: answer });
  const wrapper = mount(PartnerComplaintForm, {
    props: { decisionId: 'd1' },
    ...mountOptions(client),
  });
  return { wrapper, calls };
}

describe('PartnerComplaintForm', () => {
  it('files the complaint against its decision and says whether it came in time', async () => {
    const { wrapper, calls } = render(() => ({
      data: {
        fileComplaint: {
          id: 'c1',
          status: 'RECEIVED',
          receivedOn: '2026-12-03',
          deadline: '2026-05-06',
          timely: false,
          daysLate: 211,
        },
      },
    }));
    await wrapper.get('#complaint-complainant-d1').setValue('Kari Nordmann, koordinator');
    await wrapper.get('#complaint-grounds-d1').setValue('Tilskuddet til eier er for lavt.');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(calls.find((c) => c.name === 'PartnerFileComplaint')!.variables).toEqual({
      input: {
        decisionId: 'd1',
        complainant: 'Kari Nordmann, koordinator',
        grounds: 'Tilskuddet til eier er for lavt.',
      },
    });
    expect(wrapper.emitted('filed')![0]![0]).toBe(
      'Klagen er sendt. Fristen var 06.05.2026, så klagen kom 211 dager for sent. Statsforvalteren vurderer om den likevel kan behandles.',
    );
    expect((wrapper.get('#complaint-grounds-d1').element as HTMLTextAreaElement).value).toBe('');
  });

  it('shows the API’s problem with the grounds beside the grounds', async () => {
    const { wrapper } = render(() => ({
      error: new CombinedError({
        graphQLErrors: [
          new GraphQLError('bad', {
            extensions: {
              code: 'VALIDATION_FAILED',
              problems: [
                {
                  code: 'COMPLAINT_TEXT_MISSING',
                  path: ['grounds'],
                  message: { nb: 'Skriv klagegrunnene (minst 5 tegn).', en: '' },
                },
              ],
            },
          }),
        ],
      }),
    }));
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#complaint-grounds-d1-error').text()).toBe(
      'Skriv klagegrunnene (minst 5 tegn).',
    );
    expect(wrapper.get('#complaint-grounds-d1').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('#complaint-complainant-d1').attributes('aria-invalid')).toBeUndefined();
    expect(wrapper.find('[data-testid="error"]').exists()).toBe(false);
    expect(wrapper.emitted('filed')).toBeUndefined();
  });
});
