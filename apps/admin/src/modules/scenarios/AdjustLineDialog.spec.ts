import { flushPromises, mount } from '@vue/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppI18n } from '../../i18n/i18n.js';
import { scenarioLine } from '../../test/fixtures.js';
import type { ApiError, ApiProblem } from '../../graphql/api-error.js';
import AdjustLineDialog from './AdjustLineDialog.vue';

beforeAll(() => {
  // happy-dom may lack the modal API.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

function render(props: { error?: ApiError | null; problems?: (f: string) => ApiProblem[] } = {}) {
  return mount(AdjustLineDialog, {
    props: {
      line: null,
      busy: false,
      error: props.error ?? null,
      problems: props.problems ?? (() => []),
    },
    global: { plugins: [createAppI18n()] },
    attachTo: document.body,
  });
}

describe('AdjustLineDialog', () => {
  it('asks for the amount and the reason, each message next to its field', async () => {
    const wrapper = render();
    await wrapper.setProps({ line: scenarioLine('1') });
    await flushPromises();
    expect(wrapper.get('h2').text()).toBe('Juster tildelingen');
    expect((wrapper.get('#adjust-amount').element as HTMLInputElement).value).toBe('100000');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('#adjust-reason-error').text()).toBe('Skriv hvorfor tildelingen justeres.');
    expect(wrapper.get('#adjust-reason').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('#adjust-reason').attributes('aria-describedby')).toBe(
      'adjust-reason-error',
    );
    expect(wrapper.emitted('save')).toBeUndefined();
    await wrapper.get('#adjust-reason').setValue('Kjent behov');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('save')).toEqual([[100000, 'Kjent behov']]);
    wrapper.unmount();
  });

  it('shows the API’s problem with the amount beside the amount', async () => {
    const problem = {
      code: 'TOO_LARGE',
      path: ['grantedThisYear'],
      message: { nb: 'Mer enn søkt.', en: '' },
    };
    const wrapper = render({
      error: { code: 'VALIDATION_FAILED', message: '', problems: [problem], field: null },
      problems: (f) => (f === 'grantedThisYear' ? [problem] : []),
    });
    await wrapper.setProps({ line: scenarioLine('1') });
    await flushPromises();
    expect(wrapper.get('#adjust-amount-error').text()).toBe('Mer enn søkt.');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
