import { describe, expect, it } from 'vitest';
import type { PaymentRow } from './dto/payment.types.js';
import { PaymentParty, PaymentStatus } from './payment.entity.js';
import { paymentsCsv } from './payments-csv.js';

const row = (over: Partial<PaymentRow> = {}): PaymentRow => ({
  id: 'p1',
  decisionId: 'd1',
  partnershipId: 'pa1',
  partnershipName: 'Nord-Troms partnerskap',
  year: 2026,
  party: PaymentParty.OWNER,
  amount: 1_234_567,
  payeeName: 'Tromsø kommune',
  payeeOrgnr: '940101808',
  plannedOn: '2026-04-15',
  status: PaymentStatus.PLANNED,
  holds: [],
  paidOn: null,
  paidBy: null,
  version: 1,
  ...over,
});

describe('paymentsCsv', () => {
  it('writes a header and one line per payment, amounts as whole kroner, with a BOM and CRLF', () => {
    const csv = paymentsCsv([
      row(),
      row({
        id: 'p2',
        party: PaymentParty.INSTITUTION,
        status: PaymentStatus.PAID,
        paidOn: '2026-05-01',
      }),
    ]);
    expect(csv.startsWith('\uFEFForganisasjonsnummer;mottaker;part;aar;belop;status;')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(
      '940101808;Tromsø kommune;EIER;2026;1234567;PLANLAGT;2026-04-15;;Nord-Troms partnerskap;d1;p1;',
    );
    expect(lines[2]).toContain(';KOMPETANSEMILJO;2026;1234567;BETALT;2026-04-15;2026-05-01;');
    expect(lines[3]).toBe('');
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    const csv = paymentsCsv([
      row({
        payeeName: '=HYPERLINK("x")',
        partnershipName: 'A; B "C"',
        status: PaymentStatus.HELD,
        holds: [
          {
            year: 2025,
            reason: 'REPORT_MISSING',
            dueDate: '2026-06-01',
            text: 'Rapporten for 2025 mangler.',
          },
        ],
      }),
    ]);
    const line = csv.slice(1).split('\r\n')[1]!;
    expect(line).toContain(`;"'=HYPERLINK(""x"")";`);
    expect(line).toContain(';"A; B ""C""";');
    expect(
      line.endsWith(';HOLDT_TILBAKE;2026-04-15;;"A; B ""C""";d1;p1;Rapporten for 2025 mangler.'),
    ).toBe(true);
  });
});
