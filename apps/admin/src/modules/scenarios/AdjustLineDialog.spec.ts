import { flushPromises, mount } from '@vue/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, ApiProblem } from '../../graphql/api-error.js';
import { scenarioLine } from '../../test/fixtures.js';
import { mockClient, mountOptions, type Responder } from '../../test/mock-client.js';
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

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The API's preview of a change: nothing broken unless `breaks` says so. */
function preview(
  variables: Record<string, unknown>,
  options: { breaks?: boolean; pastFrame?: boolean } = {},
) {
  const input = variables['input'] as { grantedThisYear: number };
  const lock = {
    constraintId: 'LOCK:2:2027',
    kind: 'LOCK_CAP',
    label: { nb: 'taket for 2-årige prosjekter i 2027' },
    description: {
      nb: '2-årige prosjekter 2027: 2 300 000 kr bundet, 300 000 kr over taket på 2 000 000 kr.',
    },
    excess: 300_000,
    needsStatementIds: ['ns1'],
    overridden: false,
    overrides: [],
  };
  return {
    data: {
      scenarioAdjustmentPreview: {
        grantedThisYear: input.grantedThisYear,
        grantedNew: 900_000,
        leftover: 100_000,
        maxWithinFrame: 200_000,
        requiredOverrides: options.breaks ? ['LOCK:2:2027'] : [],
        pastFrame: options.pastFrame ? [{ year: 2027, excess: 1 }] : [],
        breaches: options.breaks ? [lock] : [],
        problems: options.pastFrame
          ? [
              {
                code: 'ADJUSTMENT_PAST_FRAME',
                path: ['grantedThisYear'],
                field: 'grantedThisYear',
                message: { nb: 'Ingen tildeling kan gå forbi rammen: 2027 ville fått …' },
              },
            ]
          : [],
      },
    },
  };
}

function render(
  props: { error?: ApiError | null; problems?: (f: string) => ApiProblem[] } = {},
  responder: Responder = (v) => preview(v),
) {
  const { client, calls } = mockClient({ ScenarioAdjustmentPreview: responder });
  const options = mountOptions(client);
  const wrapper = mount(AdjustLineDialog, {
    props: {
      scenarioId: 's1',
      line: null,
      busy: false,
      error: props.error ?? null,
      problems: props.problems ?? (() => []),
      previewDelayMs: 0,
    },
    ...options,
    attachTo: document.body,
  });
  return { wrapper, calls };
}

async function settle() {
  await wait(5);
  await flushPromises();
}

describe('AdjustLineDialog', () => {
  it('asks for the amount and the reason, each message next to its field', async () => {
    const { wrapper } = render();
    await wrapper.setProps({ line: scenarioLine('1') });
    await settle();
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
    expect(wrapper.emitted('save')).toEqual([[100000, 'Kjent behov', null]]);
    wrapper.unmount();
  });

  it('says what the change does, from the API, before it is saved', async () => {
    const { wrapper, calls } = render();
    await wrapper.setProps({ line: scenarioLine('1') });
    await settle();
    await wrapper.get('#adjust-amount').setValue('150000');
    await settle();
    expect(calls.at(-1)).toEqual({
      name: 'ScenarioAdjustmentPreview',
      variables: { input: { scenarioId: 's1', needsStatementId: 'ns1', grantedThisYear: 150000 } },
    });
    // Kroner with no-break spaces, as formatKroner writes them.
    expect(wrapper.get('[data-testid="adjust-preview"]').text()).toBe(
      'Ikke fordelt etter endringen: 100\u00a0000\u00a0kr. Behovsmeldingen kan få høyst 200\u00a0000\u00a0kr i år innenfor rammen.',
    );
    expect(wrapper.find('[data-testid="adjust-override"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows beside the amount that it would pass the frame', async () => {
    const { wrapper } = render({}, (v) => preview(v, { pastFrame: true }));
    await wrapper.setProps({ line: scenarioLine('1') });
    await settle();
    await wrapper.get('#adjust-amount').setValue('300000');
    await settle();
    expect(wrapper.get('#adjust-amount-error').text()).toContain(
      'Ingen tildeling kan gå forbi rammen',
    );
    expect(wrapper.get('#adjust-amount').attributes('aria-invalid')).toBe('true');
    wrapper.unmount();
  });

  it('shows what the change breaks and asks for the override and its reason', async () => {
    const { wrapper } = render({}, (v) => preview(v, { breaks: true }));
    await wrapper.setProps({ line: scenarioLine('1') });
    await settle();
    await wrapper.get('#adjust-amount').setValue('130000');
    await settle();
    expect(wrapper.get('[data-testid="adjust-breaks"]').text()).toBe(
      '2-årige prosjekter 2027: 2 300 000 kr bundet, 300 000 kr over taket på 2 000 000 kr.',
    );
    await wrapper.get('#adjust-reason').setValue('Prioritert av forumet');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('#adjust-override-error').text()).toBe(
      'Kryss av for å overstyre grensene, eller endre beløpet.',
    );
    expect(wrapper.emitted('save')).toBeUndefined();
    await wrapper.get('#adjust-override').setValue(true);
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('#adjust-override-reason-error').text()).toBe(
      'Skriv hvorfor grensene overstyres.',
    );
    await wrapper.get('#adjust-override-reason').setValue('Forumets innstilling');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('save')).toEqual([
      [
        130000,
        'Prioritert av forumet',
        { constraintIds: ['LOCK:2:2027'], reason: 'Forumets innstilling' },
      ],
    ]);
    wrapper.unmount();
  });

  it('keeps a line’s earlier override when it is opened again', async () => {
    const { wrapper } = render({}, (v) => preview(v, { breaks: true }));
    await wrapper.setProps({
      line: scenarioLine('1', {
        adjustedThisYear: 130_000,
        grantedThisYear: 130_000,
        adjustmentReason: 'Prioritert av forumet',
        constraintOverride: { constraintIds: ['LOCK:2:2027'], reason: 'Forumets innstilling' },
      }),
    });
    await settle();
    expect((wrapper.get('#adjust-override').element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.get('#adjust-override-reason').element as HTMLTextAreaElement).value).toBe(
      'Forumets innstilling',
    );
    wrapper.unmount();
  });

  it('shows the API’s problem with the amount beside the amount, until the amount changes', async () => {
    const problem = {
      code: 'TOO_LARGE',
      path: ['grantedThisYear'],
      message: { nb: 'Mer enn søkt.', en: '' },
    };
    const { wrapper } = render();
    await wrapper.setProps({ line: scenarioLine('1') });
    await settle();
    await wrapper.get('#adjust-reason').setValue('Kjent behov');
    await wrapper.get('form').trigger('submit');
    await wrapper.setProps({
      error: { code: 'VALIDATION_FAILED', message: '', problems: [problem], field: null },
      problems: (f: string) => (f === 'grantedThisYear' ? [problem] : []),
    });
    expect(wrapper.get('#adjust-amount-error').text()).toBe('Mer enn søkt.');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    await wrapper.get('#adjust-amount').setValue('90000');
    expect(wrapper.find('#adjust-amount-error').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows the API’s refusal for a missing override beside the override', async () => {
    const problem = {
      code: 'ADJUSTMENT_OVERRIDE_REQUIRED',
      path: ['constraintOverride'],
      message: { nb: 'Endringen bryter øvre grense for skole.', en: '' },
    };
    const { wrapper } = render({
      error: { code: 'OVERRIDE_REQUIRED', message: '', problems: [problem], field: null },
      problems: (f) => (f === 'constraintOverride' ? [problem] : []),
    });
    await wrapper.setProps({ line: scenarioLine('1') });
    await settle();
    expect(wrapper.get('#adjust-override-error').text()).toBe(
      'Endringen bryter øvre grense for skole.',
    );
    wrapper.unmount();
  });
});
