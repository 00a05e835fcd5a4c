import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { unreadableField } from '../graphql/api-error.js';
import { createAppI18n } from '../i18n/i18n.js';
import KronerField from './KronerField.vue';

const mountField = (problems = [unreadableField('frame')]) =>
  mount(KronerField, {
    props: { id: 'frame', label: 'Ramme', hint: 'Hele kroner', problems, modelValue: '12 000' },
    global: { plugins: [createAppI18n()] },
  });

describe('KronerField', () => {
  it('ties its problems to the input, in the field’s own words when the problem has none', () => {
    const wrapper = mountField();
    const input = wrapper.get('input');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')).toBe('frame-hint frame-error');
    expect(wrapper.get('#frame-error').text()).toBe(
      'Rammen må være et helt, positivt antall kroner.',
    );
  });

  it('describes the input by its hint alone when all is well, and passes typing on', async () => {
    const wrapper = mountField([]);
    const input = wrapper.get('input');
    expect(input.attributes('aria-invalid')).toBeUndefined();
    expect(input.attributes('aria-describedby')).toBe('frame-hint');
    await input.setValue('13 000 000');
    expect(wrapper.emitted('update:modelValue')?.[0]).toEqual(['13 000 000']);
  });
});
