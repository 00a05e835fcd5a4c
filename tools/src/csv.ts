// CSV as RFC 4180 describes it: a header row, CRLF line ends, and a field quoted (its quotes
// doubled) when it holds the delimiter, a quote, a line break or surrounding spaces.

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** `,` by default; `;` suits spreadsheets set up for Norwegian. */
  delimiter?: string;
}

/**
 * One field. Text that a spreadsheet would run as a formula (starting with = + - @ or a control
 * character) gets a leading apostrophe; numbers are written as they are.
 */
export function csvField(value: CsvValue, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written to CSV`);
    return String(value);
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: CsvOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new RangeError('The delimiter must be one character other than a quote or line break');
  }
  const line = (cells: readonly CsvValue[]) =>
    cells.map((cell) => csvField(cell, delimiter)).join(delimiter);
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new RangeError(`A row has ${row.length} fields; the header has ${header.length}`);
    }
  }
  return [line(header), ...rows.map(line)].map((l) => `${l}\r\n`).join('');
}
