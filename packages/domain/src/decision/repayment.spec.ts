import { describe, expect, it } from 'vitest';
import { repaymentClaim, repaymentLetter } from './repayment.js';

describe('repaymentClaim', () => {
  it('claims each party’s unspent funds to the krone; overspending does not offset', () => {
    const claim = repaymentClaim({
      owner: { received: 300_001, spent: 287_654 },
      institution: { received: 200_000, spent: 210_000 },
    });
    expect(claim.lines.map((l) => l.amount)).toEqual([12_347, 0]);
    expect(claim.total).toBe(12_347);
  });
  it('claims nothing when everything was spent', () => {
    expect(
      repaymentClaim({ owner: { received: 5, spent: 5 }, institution: { received: 0, spent: 0 } })
        .total,
    ).toBe(0);
  });
  it('refuses amounts that are not whole kroner', () => {
    expect(() =>
      repaymentClaim({
        owner: { received: 1.5, spent: 0 },
        institution: { received: 0, spent: 0 },
      }),
    ).toThrow(RangeError);
  });
});

describe('repaymentLetter', () => {
  it('names the amount, the payer with org number, the due date and the complaint right', () => {
    const claim = repaymentClaim({
      owner: { received: 300_000, spent: 287_655 },
      institution: { received: 200_000, spent: 200_000 },
    });
    const letter = repaymentLetter({
      office: 'Statsforvalteren i Troms',
      partnership: 'Nord-Troms partnerskap',
      payers: [{ party: 'OWNER', name: 'Tromsø kommune', orgnr: '940101808' }],
      roundYear: 2026,
      grantYear: 2026,
      decidedOn: '2026-04-15',
      reportAcceptedOn: '2027-05-20',
      issuedOn: '2027-05-21',
      claim,
    });
    const text = [letter.title, ...letter.paragraphs, ...letter.closing].join('\n');
    expect(text).toContain('12 345 kr');
    expect(text).toContain('Tromsø kommune (org.nr. 940101808): 12 345 kr.');
    expect(text).toContain('20. juni 2027');
    expect(text).toContain('forvaltningsloven §§ 28 og 29');
    expect(letter.table.rows[0]).toEqual(['Eier', '300 000 kr', '287 655 kr', '12 345 kr']);
  });
});
