import type { LocalizedText } from '../common/localized-text.js';
import { problem, type ValidationProblem } from '../common/validation-problem.js';
import { formatKroner, isKroner, sumKroner, type Kroner } from '../money/kroner.js';

/**
 * Complaints (klage) against a grant decision, by the Public Administration Act (forvaltningsloven,
 * fvl.). The county plan says nothing about complaints; the law does:
 * - § 28: a party may complain about an individual decision to the body above (here: the
 *   directorate, Utdanningsdirektoratet);
 * - § 29: the deadline is three weeks from when the notice of the decision reached the party;
 *   the days are counted by the Courts Act (domstolloven) §§ 148–149: a deadline ending on a
 *   Saturday, Sunday or public holiday runs to the next working day;
 * - § 30: a complaint is in time when it was posted (or delivered) before the deadline ran out;
 * - § 31: a late complaint may still be considered (the office says why);
 * - § 33: the office that decided prepares the case; it may change its decision when it finds the
 *   complaint justified, otherwise it forwards the case to the body above.
 * What the law leaves to practice (how many days a letter takes by post) is an assumption here,
 * flagged wherever it is used.
 */
export const COMPLAINT_CLAUSES = {
  right: 'fvl. § 28',
  deadline: 'fvl. § 29',
  timely: 'fvl. § 30',
  late: 'fvl. § 31',
  reassessment: 'fvl. § 33',
  counting: 'domstolloven § 149',
} as const;

/** Three weeks (fvl. § 29). */
export const COMPLAINT_PERIOD_DAYS = 21;

/**
 * How long a letter takes by post before it has "reached" the party. Neither the plan nor the law
 * gives a figure: an assumption of this project (shown as "antakelse"), to be set by the county.
 */
export const DEFAULT_POSTAL_DAYS = 3;

/** How the notice of the decision was sent: digitally it reaches the party the day it is sent. */
export type NoticeChannel = 'DIGITAL' | 'POST';

export interface ComplaintAssumption {
  key: 'POSTAL_DAYS';
  value: number;
  text: LocalizedText;
}

export interface ComplaintDeadlineInput {
  /** ISO date the notice (the decision letter) was sent. */
  notifiedOn: string;
  channel: NoticeChannel;
  /** ISO date the office received the complaint. */
  receivedOn: string;
  /** ISO date the complaint was posted (postmark), when it came by post. */
  postedOn?: string | null;
  /** Days a letter takes by post (default: the assumption above). */
  postalDays?: number;
}

export interface ComplaintDeadline {
  /** ISO date the notice is taken to have reached the party. */
  reachedOn: string;
  /** ISO date: the last day to complain (after moving past weekends and public holidays). */
  deadline: string;
  /** The complaint was posted or received on or before the deadline (fvl. § 30). */
  timely: boolean;
  /** Days past the deadline (0 when in time). */
  daysLate: number;
  /** Which date decided timeliness: the postmark or the day it was received. */
  basis: 'POSTED' | 'RECEIVED';
  assumptions: ComplaintAssumption[];
  clauses: string[];
  explanation: LocalizedText;
}

/** The complaint deadline of a decision notified on `notifiedOn`, and whether a complaint met it. */
export function complaintDeadline(input: ComplaintDeadlineInput): ComplaintDeadline {
  const assumptions: ComplaintAssumption[] = [];
  let reachedOn = input.notifiedOn;
  if (input.channel === 'POST') {
    const days = input.postalDays ?? DEFAULT_POSTAL_DAYS;
    reachedOn = addDays(input.notifiedOn, days);
    assumptions.push({
      key: 'POSTAL_DAYS',
      value: days,
      text: {
        nb: `Antakelse: et brev sendt med post er kommet fram ${days} dager etter at det ble sendt (verken planen eller loven gir et tall).`,
        en: `Assumption: a letter sent by post reaches the party ${days} days after it was sent (neither the plan nor the law gives a figure).`,
      },
    });
  }
  const deadline = nextWorkingDay(addDays(reachedOn, COMPLAINT_PERIOD_DAYS));
  const basis = input.postedOn ? 'POSTED' : 'RECEIVED';
  const decisive = input.postedOn ?? input.receivedOn;
  const daysLate = Math.max(0, daysFromTo(deadline, decisive));
  const timely = daysLate === 0;
  const clauses: string[] = [
    COMPLAINT_CLAUSES.deadline,
    COMPLAINT_CLAUSES.timely,
    COMPLAINT_CLAUSES.counting,
    ...(timely ? [] : [COMPLAINT_CLAUSES.late]),
  ];
  const when = basis === 'POSTED' ? 'postlagt' : 'mottatt';
  const whenEn = basis === 'POSTED' ? 'posted' : 'received';
  const explanation: LocalizedText = timely
    ? {
        nb: `Klagefristen er tre uker fra vedtaket kom fram (${formatDate(reachedOn)}) og løp ut ${formatDate(deadline)} (fvl. § 29). Klagen ble ${when} ${formatDate(decisive)} og er kommet inn i tide (fvl. § 30).`,
        en: `The deadline is three weeks from when the decision reached the party (${reachedOn}) and ran out on ${deadline} (fvl. § 29). The complaint was ${whenEn} on ${decisive}: in time (fvl. § 30).`,
      }
    : {
        nb: `Klagefristen er tre uker fra vedtaket kom fram (${formatDate(reachedOn)}) og løp ut ${formatDate(deadline)} (fvl. § 29). Klagen ble ${when} ${formatDate(decisive)}, ${daysLate} ${daysLate === 1 ? 'dag' : 'dager'} for sent. Den kan likevel tas under behandling etter fvl. § 31; kontoret må begrunne det.`,
        en: `The deadline is three weeks from when the decision reached the party (${reachedOn}) and ran out on ${deadline} (fvl. § 29). The complaint was ${whenEn} on ${decisive}, ${daysLate} day(s) late. It may still be considered under fvl. § 31, with the office's reasons.`,
      };
  return { reachedOn, deadline, timely, daysLate, basis, assumptions, clauses, explanation };
}

export type ComplaintStatus = 'RECEIVED' | 'FORWARDED' | 'CHANGED' | 'REJECTED';
export type ComplaintAction = 'forward' | 'change' | 'reject';

export type ComplaintProblemCode =
  | 'COMPLAINT_DATE_INVALID'
  | 'COMPLAINT_BEFORE_NOTICE'
  | 'COMPLAINT_IN_FUTURE'
  | 'COMPLAINT_TEXT_MISSING'
  | 'COMPLAINT_ALREADY_SETTLED'
  | 'COMPLAINT_LATE_REASON_MISSING'
  | 'NEW_GRANT_YEARS_MISMATCH'
  | 'NEW_GRANT_AMOUNT_INVALID'
  | 'NEW_GRANT_UNCHANGED';

/** The shortest grounds, complainant name or office reasons accepted. */
export const COMPLAINT_MIN_TEXT = 5;

export interface ComplaintRegistration {
  receivedOn: string;
  postedOn?: string | null;
  grounds: string;
  complainant: string;
}

/** What is wrong with a complaint as registered (dates real and in order, texts given). */
export function checkComplaintRegistration(
  input: ComplaintRegistration,
  notifiedOn: string,
  today: string,
): ValidationProblem<ComplaintProblemCode>[] {
  const problems: ValidationProblem<ComplaintProblemCode>[] = [];
  for (const field of ['receivedOn', 'postedOn'] as const) {
    const value = input[field];
    if (value == null || (field === 'postedOn' && value === '')) continue;
    if (!isIsoDate(value)) {
      problems.push(
        problem(
          'COMPLAINT_DATE_INVALID',
          [field],
          'Datoen må være en gyldig dato (ÅÅÅÅ-MM-DD).',
          'The date must be a valid date (YYYY-MM-DD).',
        ),
      );
    } else if (value < notifiedOn) {
      problems.push(
        problem(
          'COMPLAINT_BEFORE_NOTICE',
          [field],
          `Datoen kan ikke være før vedtaket ble sendt (${formatDate(notifiedOn)}).`,
          `The date cannot be before the decision was sent (${notifiedOn}).`,
        ),
      );
    } else if (value > today) {
      problems.push(
        problem(
          'COMPLAINT_IN_FUTURE',
          [field],
          'Datoen kan ikke være fram i tid.',
          'The date cannot be in the future.',
        ),
      );
    }
  }
  if (input.postedOn && isIsoDate(input.postedOn) && isIsoDate(input.receivedOn)) {
    if (input.postedOn > input.receivedOn) {
      problems.push(
        problem(
          'COMPLAINT_DATE_INVALID',
          ['postedOn'],
          'Klagen kan ikke være postlagt etter at den kom inn.',
          'The complaint cannot be posted after it was received.',
        ),
      );
    }
  }
  for (const [field, nb, en] of [
    ['grounds', 'Skriv klagegrunnene', 'Give the grounds'],
    ['complainant', 'Oppgi hvem som klager', 'Name who complains'],
  ] as const) {
    if (input[field].trim().length < COMPLAINT_MIN_TEXT) {
      problems.push(
        problem(
          'COMPLAINT_TEXT_MISSING',
          [field],
          `${nb} (minst ${COMPLAINT_MIN_TEXT} tegn).`,
          `${en} (at least ${COMPLAINT_MIN_TEXT} characters).`,
        ),
      );
    }
  }
  return problems;
}

/**
 * Whether the office may settle a complaint: only a RECEIVED one, once, with its reasons; a late
 * complaint needs the office's reason for taking it up at all (fvl. § 31).
 */
export function checkComplaintSettlement(
  complaint: { status: ComplaintStatus; timely: boolean },
  input: { reasons: string; lateReason?: string | null },
): ValidationProblem<ComplaintProblemCode>[] {
  const problems: ValidationProblem<ComplaintProblemCode>[] = [];
  if (complaint.status !== 'RECEIVED') {
    problems.push(
      problem(
        'COMPLAINT_ALREADY_SETTLED',
        ['complaintId'],
        'Klagen er allerede behandlet.',
        'The complaint has already been settled.',
      ),
    );
  }
  if (input.reasons.trim().length < COMPLAINT_MIN_TEXT) {
    problems.push(
      problem(
        'COMPLAINT_TEXT_MISSING',
        ['reasons'],
        `Skriv kontorets vurdering (minst ${COMPLAINT_MIN_TEXT} tegn).`,
        `Give the office's assessment (at least ${COMPLAINT_MIN_TEXT} characters).`,
      ),
    );
  }
  if (!complaint.timely && (input.lateReason ?? '').trim().length < COMPLAINT_MIN_TEXT) {
    problems.push(
      problem(
        'COMPLAINT_LATE_REASON_MISSING',
        ['lateReason'],
        'Klagen kom for sent: begrunn hvorfor den likevel tas under behandling (fvl. § 31).',
        'The complaint is late: say why it is considered all the same (fvl. § 31).',
      ),
    );
  }
  return problems;
}

/**
 * Whether the office may reject (avvise) a complaint: the conditions for hearing it are not met,
 * e.g. it came too late and § 31 does not apply (fvl. § 33 second paragraph). Only a complaint not
 * yet settled, and only with the office's reasons (the rejection is itself a decision that can be
 * complained about, fvl. § 2 third paragraph). No § 31 reason is asked: not considering a late
 * complaint is what a rejection for lateness is.
 */
export function checkComplaintRejection(
  complaint: { status: ComplaintStatus },
  input: { reasons: string },
): ValidationProblem<ComplaintProblemCode>[] {
  return checkComplaintSettlement({ status: complaint.status, timely: true }, input);
}

export interface GrantYear {
  year: number;
  owner: Kroner;
  institution: Kroner;
  coordinator: Kroner;
}

/**
 * A changed grant (a new version of the decision after a complaint): the same years as before,
 * whole non-negative kroner per party, coordinator funds inside the owner's part, and some change.
 */
export function checkChangedGrant(
  next: readonly GrantYear[],
  previous: readonly GrantYear[],
): ValidationProblem<ComplaintProblemCode>[] {
  const problems: ValidationProblem<ComplaintProblemCode>[] = [];
  const years = (list: readonly GrantYear[]) => list.map((y) => y.year).sort((a, b) => a - b);
  if (years(next).join() !== years(previous).join()) {
    problems.push(
      problem(
        'NEW_GRANT_YEARS_MISMATCH',
        ['grantedPerYear'],
        `Det nye vedtaket må gjelde de samme årene som før (${years(previous).join(', ')}).`,
        `The new decision must cover the same years as before (${years(previous).join(', ')}).`,
      ),
    );
  }
  next.forEach((y, k) => {
    for (const field of ['owner', 'institution', 'coordinator'] as const) {
      if (!isKroner(y[field]) || y[field] < 0) {
        problems.push(
          problem(
            'NEW_GRANT_AMOUNT_INVALID',
            ['grantedPerYear', k, field],
            'Beløpet må være et helt antall kroner, null eller mer.',
            'The amount must be a whole number of kroner, zero or more.',
          ),
        );
      }
    }
    if (isKroner(y.coordinator) && isKroner(y.owner) && y.coordinator > y.owner) {
      problems.push(
        problem(
          'NEW_GRANT_AMOUNT_INVALID',
          ['grantedPerYear', k, 'coordinator'],
          `Koordinatormidlene kan ikke overstige eiers del (${formatKroner(y.owner)}).`,
          `Coordinator funds cannot exceed the owner's part (${y.owner} kr).`,
        ),
      );
    }
  });
  const key = (list: readonly GrantYear[]) =>
    [...list]
      .sort((a, b) => a.year - b.year)
      .map((y) => `${y.year}:${y.owner}:${y.institution}:${y.coordinator}`)
      .join('|');
  if (problems.length === 0 && key(next) === key(previous)) {
    problems.push(
      problem(
        'NEW_GRANT_UNCHANGED',
        ['grantedPerYear'],
        'Beløpene er de samme som før: stadfest vedtaket og send klagen videre i stedet.',
        'The amounts are unchanged: uphold the decision and forward the complaint instead.',
      ),
    );
  }
  return problems;
}

export interface ComplaintCaseFile {
  partnership: string;
  roundYear: number;
  decidedOn: string;
  grantedPerYear: readonly GrantYear[];
  requestedThisYear: Kroner;
  justification: string;
  complaint: {
    complainant: string;
    receivedOn: string;
    grounds: string;
    deadline: ComplaintDeadline;
  };
  /** The office's assessment: why it upholds the decision. */
  reasons: string;
  lateReason?: string | null;
  office: string;
}

/**
 * The office's case summary when it upholds a decision and forwards the complaint to the
 * directorate (fvl. § 33): the decision, the complaint, the deadline and the office's assessment.
 */
export function complaintCaseSummary(file: ComplaintCaseFile): string {
  const total = sumKroner(file.grantedPerYear.map((y) => y.owner + y.institution));
  const years = file.grantedPerYear
    .map(
      (y) =>
        `${y.year}: ${formatKroner(y.owner + y.institution)} (eier ${formatKroner(y.owner)}, kompetansemiljø ${formatKroner(y.institution)})`,
    )
    .join('; ');
  const lines = [
    `Oversendelse av klage til Utdanningsdirektoratet (fvl. § 33)`,
    ``,
    `Part: ${file.partnership}. Tildelingsrunde ${file.roundYear}, vedtak av ${formatDate(file.decidedOn)}.`,
    `Søkt i år: ${formatKroner(file.requestedThisYear)}. Innvilget i alt ${formatKroner(total)}${years ? ` (${years})` : ''}.`,
    ``,
    `Vedtakets begrunnelse:`,
    file.justification,
    ``,
    `Klagen: fra ${file.complaint.complainant}, mottatt ${formatDate(file.complaint.receivedOn)}.`,
    `Klagegrunner: ${file.complaint.grounds}`,
    `Klagefrist: ${file.complaint.deadline.explanation.nb}`,
    ...file.complaint.deadline.assumptions.map((a) => a.text.nb),
    ...(file.lateReason
      ? [`Hvorfor klagen likevel behandles (fvl. § 31): ${file.lateReason}`]
      : []),
    ``,
    `${file.office} har vurdert klagen og finner ikke grunn til å endre vedtaket:`,
    file.reasons,
    ``,
    `Saken sendes Utdanningsdirektoratet som klageinstans med sakens dokumenter.`,
  ];
  return lines.join('\n');
}

// --- dates (ISO yyyy-mm-dd, UTC, no time of day) ---

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
function daysFromTo(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `d. m. yyyy` as Norwegian texts write dates: 1. mars 2026. */
export function formatDate(iso: string): string {
  const months = [
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
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d}. ${months[m - 1]} ${y}`;
}

/** Easter Sunday of `year` (the Gregorian computus). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Norway's public holidays (helligdager, and 1 and 17 May, days of celebration by law) in `year`:
 * the days a deadline may not end on (domstolloven § 149).
 */
export function norwegianPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  return [
    `${year}-01-01`,
    addDays(easter, -3), // skjærtorsdag
    addDays(easter, -2), // langfredag
    easter,
    addDays(easter, 1), // 2. påskedag
    `${year}-05-01`,
    `${year}-05-17`,
    addDays(easter, 39), // Kristi himmelfartsdag
    addDays(easter, 49), // 1. pinsedag
    addDays(easter, 50), // 2. pinsedag
    `${year}-12-25`,
    `${year}-12-26`,
  ].sort();
}

/** The day itself when it is a working day, else the next one (not a weekend or public holiday). */
export function nextWorkingDay(iso: string): string {
  let day = iso;
  for (;;) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    const holidays = norwegianPublicHolidays(Number(day.slice(0, 4)));
    if (weekday !== 0 && weekday !== 6 && !holidays.includes(day)) return day;
    day = addDays(day, 1);
  }
}
