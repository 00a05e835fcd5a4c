import { describe, expect, it } from 'vitest';
import { transitionFrom } from './use-round-transition.js';

describe('transitionFrom', () => {
  it('offers the phase change the office makes by hand', () => {
    expect(transitionFrom('DRAFT')).toBe('open');
    expect(transitionFrom('OPEN')).toBe('close');
    expect(transitionFrom('DECIDED')).toBe('startReporting');
    expect(transitionFrom('CLOSED')).toBeNull();
    expect(transitionFrom('PROPOSAL')).toBeNull();
    expect(transitionFrom(null)).toBeNull();
  });
});
