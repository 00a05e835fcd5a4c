import type { PaymentRow } from './dto/payment.types.js';

/**
 * The payments as CSV for the accounting system: semicolon-separated (as Norwegian spreadsheet and
 * accounting imports expect), CRLF line ends, UTF-8 with a byte-order mark, amounts as whole
 * kroner without grouping. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * gets a leading apostrophe.
 */
export const PAYMENT_CSV_COLUMNS = [
  'organisasjonsnummer',
  'mottaker',
  'part',
  'aar',
  'belop',
  'status',
  'planlagt_dato',
  'betalt_dato',
  'partnerskap',
  'vedtak_id',
  'betaling_id',
  'holdt_tilbake_fordi',
] as const;

const PARTY = { OWNER: 'EIER', INSTITUTION: 'KOMPETANSEMILJO' } as const;
const STATUS = { PLANNED: 'PLANLAGT', PAID: 'BETALT', HELD: 'HOLDT_TILBAKE' } as const;

export function paymentsCsv(rows: readonly PaymentRow[]): string {
  const lines = [PAYMENT_CSV_COLUMNS.join(';')];
  for (const r of rows) {
    lines.push(
      [
        r.payeeOrgnr,
        r.payeeName,
        PARTY[r.party],
        String(r.year),
        String(r.amount),
        STATUS[r.status],
        r.plannedOn,
        r.paidOn ?? '',
        r.partnershipName,
        r.decisionId,
        r.id,
        r.holds.map((h) => h.text).join(' '),
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
