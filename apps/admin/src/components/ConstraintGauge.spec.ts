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
  warning: false,
  informational: false,
  assumptions: [] as string[],
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

  it('shows an exceeded assumption as a warning with “Antakelse”, never “Brutt”', () => {
    const assumed = mount(ConstraintGauge, {
      props: {
        gauge: {
          ...gauge,
          kind: 'COORDINATOR_CAP' as const,
          broken: false,
          warning: true,
          assumptions: ['Antakelse: vi bruker 10 % av årets ramme.'],
        },
      },
      global: { plugins: [createAppI18n()] },
    });
    expect(assumed.get('.ds-tag').text()).toBe('Advarsel');
    expect(assumed.text()).not.toContain('Brutt');
    expect(assumed.get('[data-testid="gauge-assumption"]').text()).toBe(
      'Antakelse: vi bruker 10 % av årets ramme.',
    );
    const info = mount(ConstraintGauge, {
      props: {
        gauge: { ...gauge, kind: 'ONE_YEAR_SHARE' as const, broken: false, informational: true },
      },
      global: { plugins: [createAppI18n()] },
    });
    expect(info.get('.ds-tag').text()).toBe('Til informasjon');
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
