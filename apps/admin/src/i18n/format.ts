/**
 * nb-NO formats for what the admin shows: whole kroner (`1 234 567 kr`), dates (`15.04.2026`),
 * percentages (`35,5 %`) and plain numbers. Formatting only: amounts arrive computed from the API.
 */

const kronerFormat = new Intl.NumberFormat('nb-NO', {
  style: 'currency',
  currency: 'NOK',
  currencyDisplay: 'symbol',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

const integerFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

const dateFormat = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});

const dateTimeFormat = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});

const percentFormats = new Map<number, Intl.NumberFormat>();

/** `1234567` → `1 234 567 kr` (whole kroner; the API sends integers). */
export function formatKroner(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '–';
  return kronerFormat.format(amount);
}

/** `1234567` → `1 234 567`. */
export function formatInteger(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return integerFormat.format(value);
}

/** A percentage given in percent (35.5) → `35,5 %`. */
export function formatPercent(percent: number | null | undefined, fractionDigits = 1): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return '–';
  let format = percentFormats.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('nb-NO', {
      style: 'percent',
      minimumFractionDigits: 0,
      maximumFractionDigits: fractionDigits,
    });
    percentFormats.set(fractionDigits, format);
  }
  return format.format(percent / 100);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    // A calendar date: noon UTC lands on the same day in Europe/Oslo.
    return new Date(
      Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]), 12),
    );
  }
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** `2026-04-15` or an ISO timestamp → `15.04.2026` (Norwegian time). */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const date = toDate(value);
  return date ? dateFormat.format(date) : '–';
}

/** An ISO timestamp → `15.04.2026, 14:05` (Norwegian time). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined) return '–';
  const date = toDate(value);
  return date ? dateTimeFormat.format(date) : '–';
}

/**
 * Whole kroner as a person types them (`12 500 000`, `12.500.000`, `12500000 kr`): spaces and
 * thousands separators are dropped. Null when it is not a whole, non-negative number.
 */
export function parseKroner(text: string): number | null {
  const digits = text.replace(/[\s\u00a0\u202f.]/g, '').replace(/kr$/i, '');
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}
