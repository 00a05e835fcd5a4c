import { describe, expect, it } from 'vitest';
import { isValidOrganisationNumber, organisationNumberCheckDigit } from './organisation-number.js';

describe('organisasjonsnummer (mod 11, weights 3 2 7 6 5 4 3 2)', () => {
  it('accepts real numbers', () => {
    expect(isValidOrganisationNumber('974760673')).toBe(true); // Brønnøysundregistrene
    expect(isValidOrganisationNumber('970 422 528')).toBe(true); // UiT, spaces allowed
  });

  it('rejects a wrong check digit, wrong length and letters', () => {
    expect(isValidOrganisationNumber('974760674')).toBe(false);
    expect(isValidOrganisationNumber('97476067')).toBe(false);
    expect(isValidOrganisationNumber('97476067a')).toBe(false);
  });

  it('has no check digit where the remainder is 1', () => {
    // 3·1 + 2·0 + 7·0 + 6·0 + 5·0 + 4·0 + 3·0 + 2·4 = 11 → 11 − 0 = 11 → 0
    expect(organisationNumberCheckDigit('10000004')).toBe(0);
    // 3·1 + 2·2 = 7 → 11 − 7 = 4
    expect(organisationNumberCheckDigit('12000000')).toBe(4);
    // 3·4 = 12, remainder 1 → 10: no organisation number has this body
    expect(organisationNumberCheckDigit('40000000')).toBeUndefined();
  });
});
