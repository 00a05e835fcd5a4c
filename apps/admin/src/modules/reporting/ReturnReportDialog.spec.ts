import { flushPromises, mount } from '@vue/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../graphql/api-error.js';
import { createAppI18n } from '../../i18n/i18n.js';
import ReturnReportDialog from './ReturnReportDialog.vue';

beforeAll(() => {
  // happy-dom may lack the modal API.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const problem = {
  code: 'RP_RETURN_COMMENT_MISSING',
  path: ['comment'],
  message: { nb: 'Skriv hva partnerskapet må rette.', en: '' },
};

function render(props: Partial<InstanceType<typeof ReturnReportDialog>['$props']> = {}) {
  return mount(ReturnReportDialog, {
    props: {
      open: false,
      busy: false,
      error: null,
      commentProblems: [],
      conflictText: null,
      ...props,
    },
    global: { plugins: [createAppI18n()] },
    attachTo: document.body,
  });
}

describe('ReturnReportDialog', () => {
  it('sends whatever comment is written, even none: the API decides', async () => {
    const wrapper = render();
    await wrapper.setProps({ open: true });
    await flushPromises();
    expect(wrapper.get('h2').text()).toBe('Send rapporten tilbake');
    expect(wrapper.get('#return-comment').attributes('aria-invalid')).toBeUndefined();
    await wrapper.get('form').trigger('submit');
    await wrapper.get('#return-comment').setValue('Rett regnskapet.');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('submit')).toEqual([[''], ['Rett regnskapet.']]);
    wrapper.unmount();
  });

  it('shows the API problem with the comment beside the comment field', async () => {
    const error: ApiError = {
      code: 'VALIDATION_FAILED',
      message: '',
      problems: [problem],
      field: null,
    };
    const wrapper = render({ open: true, error, commentProblems: [problem] });
    await flushPromises();
    expect(wrapper.get('#return-comment-error').text()).toBe('Skriv hva partnerskapet må rette.');
    expect(wrapper.get('#return-comment').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('#return-comment').attributes('aria-describedby')).toBe(
      'return-comment-error',
    );
    // A field's problem is not repeated above the form.
    expect(wrapper.find('[data-testid="error"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows an error of no field above the form, in the API words for a known conflict', async () => {
    const error: ApiError = { code: 'CONFLICT', message: '', problems: [], field: null };
    const wrapper = render({ open: true, error, conflictText: 'Rapporten er allerede godkjent.' });
    await flushPromises();
    expect(wrapper.get('[data-testid="error"]').text()).toContain(
      'Kunne ikke sende tilbake: Rapporten er allerede godkjent.',
    );
    await wrapper.setProps({ conflictText: null });
    expect(wrapper.get('[data-testid="error"]').text()).toContain(
      'Noen andre har endret dette i mellomtiden.',
    );
    wrapper.unmount();
  });
});
