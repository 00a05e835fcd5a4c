import { formatKroner, type Kroner } from '../money/kroner.js';
import type { RoundMilestone } from '../plan/calendar.js';
import { reportDueDate } from '../reporting/follow-up.js';
import {
  fillPlaceholders,
  type LetterPlaceholder,
  type LetterTemplate,
} from './letter-template.js';

/** One year's grant, split between the parties (the decision's `grantedPerYear`). */
export interface LetterGrantYear {
  year: number;
  amount: Kroner;
  owner: Kroner;
  institution: Kroner;
  coordinator: Kroner;
  subjectToAppropriation: boolean;
}

/** A plan clause the decision cites, with the plan's own words. */
export interface LetterClause {
  id: string;
  section: string;
  text: string;
  /** ROUND: the round's own figure (the year's funds), not the plan's words. */
  source?: 'PLAN' | 'ROUND' | undefined;
}

/** What a decision letter is assembled from: the decision, its statement and the round. */
export interface DecisionLetterFacts {
  status: 'GRANTED' | 'REDUCED' | 'REJECTED';
  partnership: { name: string; owners: readonly string[]; institution: string };
  roundYear: number;
  /** ISO dates. */
  decidedAt: string;
  letterDate: string;
  requestedThisYear: Kroner;
  grantedThisYear: Kroner;
  grantedTotal: Kroner;
  grantedPerYear: readonly LetterGrantYear[];
  /** The statement's facts in words (sector, theme, duration), as the API knows them. */
  statementFacts: readonly string[];
  /** The decision's reasons as the office stands by them (Decision.justification). */
  justification: string;
  /** The clauses the reasons rely on. */
  clauses: readonly LetterClause[];
  /** The round's calendar, for the reporting deadline. */
  calendar: readonly Pick<RoundMilestone, 'id' | 'start' | 'end'>[];
}

export interface LetterTable {
  columns: string[];
  rows: string[][];
}

export interface LetterSection {
  heading: string | null;
  paragraphs: string[];
  /** Bulleted lines after the paragraphs. */
  list?: string[];
  table?: LetterTable;
}

/** A decision letter's text, ready to render (PDF) or show (the admin's preview). */
export interface LetterContent {
  title: string;
  /** The letter's date in words, e.g. «3. desember 2026». */
  date: string;
  /** The addressee's lines. */
  recipient: string[];
  sections: LetterSection[];
  /** ISO date: three weeks after the letter's date (forvaltningsloven § 29). */
  complaintDeadline: string;
  /** ISO date of the first report, or null for a refusal. */
  reportDeadline: string | null;
  /** Whether the first report's deadline is this project's assumption (the plan names none). */
  reportDeadlineAssumed: boolean;
}

/** The complaint deadline: three weeks, counted from the day the letter reached the party. */
export const COMPLAINT_PERIOD_DAYS = 21;

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** «3. desember 2026» from an ISO date. */
export function norwegianDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d}. ${MONTHS[m - 1]} ${y}`;
}

/** An ISO date `days` after another. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The paragraph the domain's reasons end with when they cite the plan (decisionJustification). */
const CITED_CLAUSES_HEADING = 'Grunnlag i planen:';

/** Names in Norwegian: «A», «A og B», «A, B og C». */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/**
 * The decision letter (vedtaksbrev) of one decision, from the county's template: the grant per
 * year and party, the condition on later years (the state's appropriation), the reasons as
 * forvaltningsloven §§ 24–25 asks them (the facts, the rules with the plan's words, the main
 * considerations), the right to complain (§ 28: three weeks, to whom, how), the duty to report
 * with its deadline, and the office's contact. Pure: the same facts and template give the same
 * text, so a frozen letter can be checked against its source.
 */
export function decisionLetterContent(
  facts: DecisionLetterFacts,
  template: LetterTemplate,
): LetterContent {
  const granted = facts.status !== 'REJECTED' && facts.grantedTotal > 0;
  const laterYears = facts.grantedPerYear.filter((y) => y.subjectToAppropriation && y.amount > 0);
  const firstYear = facts.grantedPerYear.find((y) => y.amount > 0)?.year ?? facts.roundYear;
  const due = granted ? reportDueDate(facts.calendar, facts.roundYear, firstYear) : null;
  const complaintDeadline = addDays(facts.letterDate, COMPLAINT_PERIOD_DAYS);
  const contact = template.contact;
  const values: Record<LetterPlaceholder, string> = {
    partnership: facts.partnership.name,
    round_year: String(facts.roundYear),
    decision_date: norwegianDate(facts.decidedAt),
    letter_date: norwegianDate(facts.letterDate),
    requested_this_year: formatKroner(facts.requestedThisYear),
    granted_this_year: formatKroner(facts.grantedThisYear),
    granted_total: formatKroner(facts.grantedTotal),
    later_years: listInWords(laterYears.map((y) => String(y.year))),
    complaint_deadline: norwegianDate(complaintDeadline),
    appeal_body: contact.appealBody,
    report_deadline: due
      ? `${norwegianDate(due.date)}${due.source === 'DEFAULT' ? ' (antakelse: planen setter ingen frist)' : ''}`
      : '',
    office: contact.officeName,
    office_email: contact.email,
    office_phone: contact.phone,
    office_address: contact.address,
    signatory: contact.signatory,
  };
  const block = (id: keyof LetterTemplate['blocks']) =>
    fillPlaceholders(template.blocks[id], values)
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0);

  const sections: LetterSection[] = [{ heading: null, paragraphs: block('intro') }];
  if (granted) {
    sections.push({
      heading: 'Vedtak',
      paragraphs: [
        ...block('grantIntro'),
        ...(facts.status === 'REDUCED' ? block('reduced') : []),
        ...(laterYears.length > 0 ? block('appropriation') : []),
      ],
      table: grantTable(facts.grantedPerYear),
    });
  } else {
    sections.push({ heading: 'Vedtak', paragraphs: block('rejection') });
  }

  // The reasons: the office's text without its own list of cited clauses, which the rules
  // paragraph gives in full below (each clause once).
  const considerations = facts.justification
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !p.startsWith(CITED_CLAUSES_HEADING));
  sections.push({ heading: 'Begrunnelse', paragraphs: [] });
  sections.push({
    heading: 'Faktum',
    paragraphs: block('factsIntro'),
    list: [
      `Søker: ${facts.partnership.name} (eiere: ${listInWords(facts.partnership.owners)}; kompetansemiljø: ${facts.partnership.institution}).`,
      `Det ble søkt om ${formatKroner(facts.requestedThisYear)} for ${facts.roundYear}.`,
      ...facts.statementFacts,
    ],
  });
  sections.push({
    heading: 'Regelverk',
    paragraphs: block('rulesIntro'),
    list: facts.clauses.map((c) =>
      c.source === 'ROUND'
        ? `${c.section} (rundens ramme, ikke planens ord): «${c.text}»`
        : `${c.section}: «${c.text}»`,
    ),
  });
  sections.push({
    heading: 'Hovedhensyn i skjønnet',
    paragraphs: [...block('considerationsIntro'), ...considerations],
  });
  sections.push({ heading: 'Klagerett', paragraphs: block('complaint') });
  if (granted) sections.push({ heading: 'Rapportering', paragraphs: block('reporting') });
  sections.push({ heading: 'Kontakt', paragraphs: block('contact') });
  sections.push({ heading: null, paragraphs: block('closing') });

  return {
    title: fillPlaceholders(template.blocks.title, values),
    date: norwegianDate(facts.letterDate),
    recipient: [facts.partnership.name, ...facts.partnership.owners, facts.partnership.institution],
    sections,
    complaintDeadline,
    reportDeadline: due?.date ?? null,
    reportDeadlineAssumed: due?.source === 'DEFAULT',
  };
}

/** The grant per year and party; later years marked as subject to appropriation. */
function grantTable(years: readonly LetterGrantYear[]): LetterTable {
  const rows = years
    .filter((y) => y.amount > 0)
    .map((y) => [
      y.subjectToAppropriation ? `${y.year}*` : String(y.year),
      formatKroner(y.owner),
      formatKroner(y.institution),
      formatKroner(y.amount),
      formatKroner(y.coordinator),
    ]);
  // The coordinator funds are part of the year's amount (the owner's and the institution's).
  return { columns: ['År', 'Eier', 'Kompetansemiljø', 'Sum', 'Herav koordinering'], rows };
}

/** The letter as plain text (the notice's body and the text checks), sections in order. */
export function letterPlainText(content: LetterContent): string {
  const out: string[] = [content.date, '', ...content.recipient, '', content.title, ''];
  for (const section of content.sections) {
    if (section.heading) out.push(section.heading);
    out.push(...section.paragraphs);
    if (section.table) {
      out.push(section.table.columns.join(' | '));
      for (const row of section.table.rows) out.push(row.join(' | '));
    }
    for (const line of section.list ?? []) out.push(`– ${line}`);
    out.push('');
  }
  return out.join('\n').trim();
}

/** What a changed decision's letter says of the complaint and the change (fvl. § 33). */
export interface ChangedDecisionFacts {
  /** Who complained, as registered. */
  complainant: string;
  /** ISO date the office received the complaint. */
  receivedOn: string;
  /** ISO date (or timestamp) of the decision the complaint was against. */
  previousDecidedAt: string;
  previousGrantedTotal: Kroner;
  /** The changed decision's total for all years. */
  grantedTotal: Kroner;
  /** The office's reasons for changing the decision, as it gave them. */
  reasons: string;
  /** The decision's version this letter sends (2 for the first change). */
  versionNo: number;
}

/**
 * The letter of a decision changed after a complaint (forvaltningsloven § 33 second paragraph):
 * the decision letter of the new version (its grant, reasons, complaint right and duties), titled
 * as a changed decision and opened by a section that names the complaint, the decision it
 * replaces, what changed and the office's reasons for the change. The new decision is itself an
 * individual decision: the complaint right stands as in any decision letter.
 */
export function changedDecisionLetterContent(
  letter: LetterContent,
  change: ChangedDecisionFacts,
): LetterContent {
  const reasons = change.reasons
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const [intro, ...rest] = letter.sections;
  const changed: LetterSection = {
    heading: 'Endret vedtak etter klage',
    paragraphs: [
      `Statsforvalteren har behandlet klagen fra ${change.complainant}, mottatt ${norwegianDate(change.receivedOn)}, på vedtaket av ${norwegianDate(change.previousDecidedAt)}. Statsforvalteren finner at klagen gir grunn til å endre vedtaket, og har selv gjort nytt vedtak (forvaltningsloven § 33 andre ledd).`,
      `Dette vedtaket (versjon ${change.versionNo}) erstatter vedtaket av ${norwegianDate(change.previousDecidedAt)}. Samlet tilskudd for hele perioden var ${formatKroner(change.previousGrantedTotal)} og er nå ${formatKroner(change.grantedTotal)}.`,
      'Statsforvalterens begrunnelse for endringen:',
      ...reasons,
    ],
  };
  return {
    ...letter,
    title: `Endret vedtak etter klage – ${letter.title}`,
    sections: intro ? [intro, changed, ...rest] : [changed],
  };
}
