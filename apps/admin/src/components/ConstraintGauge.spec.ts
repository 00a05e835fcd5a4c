import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../i18n/i18n.js';
import ConstraintGauge from './ConstraintGauge.vue';

const gauge = {
  id: 'g',
  kind: 'SECTOR_BAND' as const,
  label: 'Skole',
  value: 120,
  lower: 60,
  upper: 100,
  scaleMax: 125,
  broken: true,
  overridden: false,
  overrideReasons: [] as string[],
  text: '42 % av rammen',
  note: 'Over båndet.',
  clause: '3.1',
};

describe('ConstraintGauge', () => {
  it('says in words whether the constraint holds, not by colour alone', () => {
    const wrapper = mount(ConstraintGauge, {
      props: { gauge },
      global: { plugins: [createAppI18n()] },
    });
    expect(wrapper.get('.ds-tag').text()).toBe('Brutt');
    expect(wrapper.text()).toContain('42 % av rammen');
    expect(wrapper.text()).toContain('Over båndet.');
    expect(wrapper.text()).toContain('Kilde i planen: 3.1');
    expect(wrapper.attributes('data-kind')).toBe('SECTOR_BAND');
    expect(wrapper.get('.gauge-track').attributes('aria-hidden')).toBe('true');
    expect(wrapper.get('.gauge-band').attributes('style')).toContain('left: 48%');
    const ok = mount(ConstraintGauge, {
      props: { gauge: { ...gauge, broken: false, note: null } },
      global: { plugins: [createAppI18n()] },
    });
    expect(ok.get('.ds-tag').text()).toBe('Innenfor');
  });

  it('says when an adviser overrode a broken limit, and why', () => {
    const wrapper = mount(ConstraintGauge, {
      props: { gauge: { ...gauge, overridden: true, overrideReasons: ['Forumets innstilling'] } },
      global: { plugins: [createAppI18n()] },
    });
    expect(wrapper.get('.ds-tag').text()).toBe('Brutt, overstyrt');
    expect(wrapper.get('[data-testid="gauge-override"]').text()).toBe(
      'Overstyrt av Statsforvalteren: Forumets innstilling',
    );
    expect(wrapper.attributes('data-overridden')).toBe('true');
  });
});
