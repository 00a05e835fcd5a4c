import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatInteger,
  formatKroner,
  formatPercent,
  parseKroner,
} from './format.js';

/** Intl uses no-break spaces; compare with plain spaces for readability. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatKroner', () => {
  it('formats whole kroner the Norwegian way', () => {
    expect(plain(formatKroner(1234567))).toBe('1 234 567 kr');
    expect(plain(formatKroner(0))).toBe('0 kr');
    expect(plain(formatKroner(950))).toBe('950 kr');
  });

  it('keeps the sign of a negative amount', () => {
    expect(plain(formatKroner(-1234))).toMatch(/^[−-]1 234 kr$/);
  });

  it('shows a dash for a missing amount', () => {
    expect(formatKroner(null)).toBe('–');
    expect(formatKroner(undefined)).toBe('–');
  });

  it('never breaks an amount across lines', () => {
    expect(formatKroner(1234567)).not.toContain(' ');
  });
});

describe('formatInteger and formatPercent', () => {
  it('groups thousands', () => {
    expect(plain(formatInteger(7698))).toBe('7 698');
  });

  it('formats a percentage given in percent with a decimal comma', () => {
    expect(plain(formatPercent(35.5))).toBe('35,5 %');
    expect(plain(formatPercent(30))).toBe('30 %');
    expect(plain(formatPercent(12.345, 2))).toBe('12,35 %');
    expect(formatPercent(null)).toBe('–');
  });
});

describe('formatDate', () => {
  it('formats a calendar date as dd.mm.yyyy', () => {
    expect(formatDate('2026-04-15')).toBe('15.04.2026');
    expect(formatDate('2026-02-01')).toBe('01.02.2026');
  });

  it('formats a timestamp in Norwegian time', () => {
    // 23:30 UTC on 14 April is 01:30 on 15 April in Oslo (summer time).
    expect(formatDate('2026-04-14T23:30:00.000Z')).toBe('15.04.2026');
    expect(plain(formatDateTime('2026-04-14T23:30:00.000Z'))).toBe('15.04.2026, 01:30');
  });

  it('shows a dash for a missing or invalid date', () => {
    expect(formatDate(null)).toBe('–');
    expect(formatDate('not a date')).toBe('–');
  });
});

describe('parseKroner', () => {
  it('reads whole kroner as advisers type them', () => {
    expect(parseKroner('12 500 000')).toBe(12_500_000);
    expect(parseKroner('12\u00a0500\u00a0000 kr')).toBe(12_500_000);
    expect(parseKroner(formatInteger(12_500_000))).toBe(12_500_000);
    expect(parseKroner('12.500.000')).toBe(12_500_000);
    expect(parseKroner('12500000')).toBe(12_500_000);
    expect(parseKroner('12,5 mill')).toBeNull();
    expect(parseKroner('-5')).toBeNull();
    expect(parseKroner('')).toBeNull();
  });
});
