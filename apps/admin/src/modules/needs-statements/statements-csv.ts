import type { NeedsStatementRowFieldsFragment } from '../../gql/graphql.js';
import { formatDate } from '../../i18n/format.js';

type Translate = (key: string, ...args: unknown[]) => string;

/** A list row's owners, its municipalities (each once) and its competence partner, as shown. */
export function ownerNames(row: NeedsStatementRowFieldsFragment): string {
  return row.partnership.owners.map((o) => o.name).join(', ');
}

export function municipalityNames(row: NeedsStatementRowFieldsFragment): string {
  const names = row.partnership.owners.flatMap((o) =>
    o.municipality ? [o.municipality.name] : [],
  );
  return [...new Set(names)].join(', ');
}

/** One CSV field: quoted when it holds the separator, a quote or a line break. */
function field(value: string | number): string {
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The needs-statement list as a CSV file for a spreadsheet in Norwegian: semicolons between the
 * columns (the comma is the decimal mark), a byte-order mark so Excel reads UTF-8 (æ, ø, å and
 * Sámi letters), CRLF line ends. Amounts are whole kroner without spaces, so they stay numbers;
 * dates as people read them (dd.mm.åååå). Columns and order as on the screen, plus the owners'
 * municipalities and the competence partner.
 */
export function statementsCsv(
  rows: readonly NeedsStatementRowFieldsFragment[],
  t: Translate,
  themeLabel: (themeId: string | null | undefined) => string,
): string {
  const header = [
    t('statements.titleColumn'),
    t('statements.partnership'),
    t('statements.owners'),
    t('statements.municipality'),
    t('statements.institution'),
    t('statements.newcomer'),
    t('statements.sector'),
    t('statements.theme'),
    t('statements.duration'),
    t('statements.requested'),
    t('statements.submitted'),
    t('statements.status'),
    t('statements.problems'),
  ];
  const lines = rows.map((row) => [
    row.title,
    row.partnership.name,
    ownerNames(row),
    municipalityNames(row),
    row.partnership.institution.name,
    row.newcomer ? t('common.yes') : t('common.no'),
    row.sector ? t(`sectors.${row.sector}`) : '',
    themeLabel(row.themeId),
    row.durationYears ?? '',
    row.requestedThisYear,
    formatDate(row.submittedAt),
    t(`statementStatus.${row.status}`),
    row.problems.length,
  ]);
  return `\uFEFF${[header, ...lines].map((cells) => cells.map(field).join(';')).join('\r\n')}\r\n`;
}
