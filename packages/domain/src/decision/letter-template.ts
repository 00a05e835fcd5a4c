import { problem, type ValidationProblem } from '../common/validation-problem.js';

/**
 * A county's template for decision letters (vedtaksbrev): Norwegian text blocks with
 * placeholders (`{partnership}`), and the office's contact. The office edits it; the letter's
 * structure (which sections, in which order, the grant table, the cited clauses) is fixed by
 * {@link decisionLetterContent}, so no edit can drop what forvaltningsloven requires.
 */
export interface LetterTemplate {
  blocks: Record<LetterBlockId, string>;
  contact: OfficeContact;
}

export interface OfficeContact {
  /** E.g. «Statsforvalteren i Troms og Finnmark». */
  officeName: string;
  /** Where a complaint is sent (the office that made the decision). */
  email: string;
  phone: string;
  address: string;
  /** Who signs the letter, e.g. «Seksjon for barnehage og opplæring». */
  signatory: string;
  /** The body that decides a complaint the office upholds (Utdanningsdirektoratet). */
  appealBody: string;
}

export const LETTER_BLOCK_IDS = [
  'title',
  'intro',
  'grantIntro',
  'rejection',
  'reduced',
  'appropriation',
  'factsIntro',
  'rulesIntro',
  'considerationsIntro',
  'complaint',
  'reporting',
  'contact',
  'closing',
] as const;
export type LetterBlockId = (typeof LETTER_BLOCK_IDS)[number];

/** Every placeholder a block may use, with what it stands for (shown to the editor). */
export const LETTER_PLACEHOLDERS = {
  partnership: 'partnerskapets navn',
  round_year: 'tildelingsåret',
  decision_date: 'vedtaksdatoen',
  letter_date: 'brevets dato',
  requested_this_year: 'beløpet det ble søkt om for tildelingsåret',
  granted_this_year: 'tildelt beløp for tildelingsåret',
  granted_total: 'tildelt beløp for alle år',
  later_years: 'årene som er betinget av bevilgning',
  complaint_deadline: 'klagefristen (tre uker fra brevet kom fram)',
  appeal_body: 'klageinstansen',
  report_deadline: 'første rapporteringsfrist',
  office: 'embetets navn',
  office_email: 'embetets e-postadresse',
  office_phone: 'embetets telefon',
  office_address: 'embetets postadresse',
  signatory: 'den som underskriver',
} as const;
export type LetterPlaceholder = keyof typeof LETTER_PLACEHOLDERS;

/** Placeholders a block must keep, so an edit cannot drop a fact the law requires in it. */
const REQUIRED_PLACEHOLDERS: Partial<Record<LetterBlockId, LetterPlaceholder[]>> = {
  complaint: ['complaint_deadline', 'office'],
  reporting: ['report_deadline'],
  contact: ['office_email'],
};

export const MAX_BLOCK_LENGTH = 4_000;

/** The Norwegian default, seeded for a county that has not edited its own. */
export const DEFAULT_LETTER_TEMPLATE: LetterTemplate = {
  blocks: {
    title: 'Vedtak om tilskudd til kollektiv kompetanseutvikling {round_year}',
    intro:
      'Statsforvalteren viser til behovsmeldingen fra {partnership} for tildelingsåret {round_year}. Vedtaket er gjort {decision_date} etter tilskuddsordningen for kollektiv kompetanseutvikling i barnehage og grunnskole og den langsiktige planen til samarbeidsforumet.',
    grantIntro:
      '{partnership} får {granted_this_year} for {round_year}, og {granted_total} for hele perioden. Tilskuddet fordeles slik mellom partene:',
    rejection:
      'Statsforvalteren har ikke funnet grunnlag for å gi tilskudd til {partnership} for {round_year}. Dere søkte om {requested_this_year}.',
    reduced:
      'Dere søkte om {requested_this_year} for {round_year} og får mindre enn det. Partnerskapet må avgjøre hvordan tilskuddet fordeles mellom partene, og melde fordelingen tilbake til Statsforvalteren.',
    appropriation:
      'Tilskudd for senere år ({later_years}) gis under forutsetning av at Stortinget bevilger midler til ordningen for det aktuelle året.',
    factsIntro: 'Vi har lagt disse opplysningene til grunn:',
    rulesIntro:
      'Vedtaket bygger på forskriften om tilskudd til kollektiv kompetanseutvikling og disse punktene i den langsiktige planen:',
    considerationsIntro: 'Statsforvalteren har lagt vekt på dette (hovedhensynene i skjønnet):',
    complaint:
      'Dere kan klage på vedtaket, jf. forvaltningsloven § 28. Klagefristen er tre uker fra dette brevet kom fram til dere, det vil si innen {complaint_deadline} når brevet kom fram den dagen det ble sendt. Klagen sendes skriftlig til {office}, som vurderer saken på nytt. Blir vedtaket ikke endret, sendes klagen til {appeal_body} for endelig avgjørelse. Klagen må nevne vedtaket det klages over, hvilken endring dere ønsker, og grunnene for klagen. Dere har rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19.',
    reporting:
      'Tilskuddet skal rapporteres hvert år på Statsforvalterens mal: gjennomførte tiltak, bruk av midlene, vurdering av måloppnåelsen, bruk av koordinatormidler der det er gitt, og et enkelt regnskap for eier og kompetansemiljø. Første rapport skal være levert innen {report_deadline}.',
    contact:
      'Spørsmål om vedtaket kan rettes til {office} på e-post {office_email} eller telefon {office_phone}. Postadresse: {office_address}.',
    closing:
      'Med hilsen\n{signatory}\n{office}\n\nBrevet er godkjent elektronisk og har derfor ingen underskrift.',
  },
  contact: {
    officeName: 'Statsforvalteren',
    email: 'post@statsforvalteren.example',
    phone: '00 00 00 00',
    address: 'Postboks 0, 0000 Poststed',
    signatory: 'Seksjon for barnehage og opplæring',
    appealBody: 'Utdanningsdirektoratet',
  },
};

export type LetterTemplateProblemCode =
  | 'LETTER_BLOCK_MISSING'
  | 'LETTER_BLOCK_UNKNOWN'
  | 'LETTER_BLOCK_TOO_LONG'
  | 'LETTER_PLACEHOLDER_UNKNOWN'
  | 'LETTER_PLACEHOLDER_REQUIRED'
  | 'LETTER_CONTACT_MISSING'
  | 'LETTER_CONTACT_EMAIL';

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/** The placeholders a block's text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * What is wrong with an edited template: every block present and non-empty, no unknown block or
 * placeholder, the placeholders the law's facts need kept, and a complete contact (a complaint
 * must be able to reach the office).
 */
export function letterTemplateProblems(template: {
  blocks: Readonly<Record<string, string>>;
  contact: Readonly<Partial<Record<keyof OfficeContact, string>>> | OfficeContact;
}): ValidationProblem<LetterTemplateProblemCode>[] {
  const problems: ValidationProblem<LetterTemplateProblemCode>[] = [];
  const known = new Set<string>(LETTER_BLOCK_IDS);
  for (const id of LETTER_BLOCK_IDS) {
    const text = template.blocks[id];
    if (text === undefined || text.trim().length === 0) {
      problems.push(
        problem(
          'LETTER_BLOCK_MISSING',
          ['blocks', id],
          `Tekstblokken «${id}» mangler eller er tom.`,
          `The text block "${id}" is missing or empty.`,
        ),
      );
      continue;
    }
    if (text.length > MAX_BLOCK_LENGTH) {
      problems.push(
        problem(
          'LETTER_BLOCK_TOO_LONG',
          ['blocks', id],
          `Tekstblokken «${id}» er lengre enn ${MAX_BLOCK_LENGTH} tegn.`,
          `The text block "${id}" is longer than ${MAX_BLOCK_LENGTH} characters.`,
        ),
      );
    }
    for (const name of placeholdersIn(text)) {
      if (!(name in LETTER_PLACEHOLDERS)) {
        problems.push(
          problem(
            'LETTER_PLACEHOLDER_UNKNOWN',
            ['blocks', id],
            `Tekstblokken «${id}» bruker den ukjente plassholderen {${name}}.`,
            `The text block "${id}" uses the unknown placeholder {${name}}.`,
          ),
        );
      }
    }
    for (const name of REQUIRED_PLACEHOLDERS[id] ?? []) {
      if (!text.includes(`{${name}}`)) {
        problems.push(
          problem(
            'LETTER_PLACEHOLDER_REQUIRED',
            ['blocks', id],
            `Tekstblokken «${id}» må inneholde {${name}} (${LETTER_PLACEHOLDERS[name]}).`,
            `The text block "${id}" must contain {${name}}.`,
          ),
        );
      }
    }
  }
  for (const id of Object.keys(template.blocks)) {
    if (!known.has(id)) {
      problems.push(
        problem(
          'LETTER_BLOCK_UNKNOWN',
          ['blocks', id],
          `Tekstblokken «${id}» finnes ikke i brevmalen.`,
          `The letter template has no text block "${id}".`,
        ),
      );
    }
  }
  const fields = ['officeName', 'email', 'phone', 'address', 'signatory', 'appealBody'] as const;
  for (const field of fields) {
    if ((template.contact[field] ?? '').trim().length === 0) {
      problems.push(
        problem(
          'LETTER_CONTACT_MISSING',
          ['contact', field],
          'Kontaktopplysningene til embetet må fylles ut.',
          `The office's contact (${field}) is required.`,
        ),
      );
    }
  }
  const email = template.contact['email']?.trim() ?? '';
  if (email.length > 0 && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    problems.push(
      problem(
        'LETTER_CONTACT_EMAIL',
        ['contact', 'email'],
        'E-postadressen til embetet er ikke gyldig.',
        "The office's e-mail address is not valid.",
      ),
    );
  }
  return problems;
}

/** Fills a block's placeholders; an unknown one is left as written (the validation refuses it). */
export function fillPlaceholders(
  text: string,
  values: Readonly<Partial<Record<LetterPlaceholder, string>>>,
): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name as LetterPlaceholder];
    return value === undefined ? whole : value;
  });
}
