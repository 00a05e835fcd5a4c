import { describe, expect, it } from 'vitest';
import {
  addDays,
  changedDecisionLetterContent,
  decisionLetterContent,
  letterPlainText,
  norwegianDate,
  type DecisionLetterFacts,
} from './letter-content.js';
import {
  DEFAULT_LETTER_TEMPLATE,
  fillPlaceholders,
  letterTemplateProblems,
  placeholdersIn,
} from './letter-template.js';

const facts: DecisionLetterFacts = {
  status: 'REDUCED',
  partnership: {
    name: 'Tromsø-partnerskapet (demodata)',
    owners: ['Tromsø kommune', 'Karlsøy kommune'],
    institution: 'UiT Norges arktiske universitet',
  },
  roundYear: 2026,
  decidedAt: '2026-04-10T09:00:00.000Z',
  letterDate: '2026-04-14',
  requestedThisYear: 1_200_000,
  grantedThisYear: 1_000_000,
  grantedTotal: 2_500_000,
  grantedPerYear: [
    {
      year: 2026,
      amount: 1_000_000,
      owner: 600_000,
      institution: 400_000,
      coordinator: 50_000,
      subjectToAppropriation: false,
    },
    {
      year: 2027,
      amount: 1_000_000,
      owner: 600_000,
      institution: 400_000,
      coordinator: 50_000,
      subjectToAppropriation: true,
    },
    {
      year: 2028,
      amount: 500_000,
      owner: 300_000,
      institution: 200_000,
      coordinator: 0,
      subjectToAppropriation: true,
    },
  ],
  statementFacts: ['Sektor: skole.', 'Varighet: 3 år.'],
  justification:
    'Behovsmeldingen ligger under tema 1 i skolesektoren og ble innvilget redusert.\n\nGrunnlag i planen:\n– 3.1: «Temaene er prioritert»',
  clauses: [
    {
      id: 'themes',
      section: '3.1 Tematiske fagområder',
      text: 'Temaene er prioritert i rekkefølge.',
    },
    {
      id: 'frame',
      section: 'Rundens ramme',
      text: 'Årets midler er 10 000 000 kr.',
      source: 'ROUND',
    },
  ],
  calendar: [],
};

describe('decisionLetterContent', () => {
  const content = decisionLetterContent(facts, DEFAULT_LETTER_TEMPLATE);
  const text = letterPlainText(content);

  it('names the grant per year and party, and makes later years depend on the appropriation', () => {
    const table = content.sections.find((s) => s.table)!.table!;
    expect(table.columns).toEqual(['År', 'Eier', 'Kompetansemiljø', 'Sum', 'Herav koordinering']);
    expect(table.rows).toEqual([
      ['2026', '600 000 kr', '400 000 kr', '1 000 000 kr', '50 000 kr'],
      ['2027*', '600 000 kr', '400 000 kr', '1 000 000 kr', '50 000 kr'],
      ['2028*', '300 000 kr', '200 000 kr', '500 000 kr', '0 kr'],
    ]);
    expect(text).toContain('får 1 000 000 kr for 2026, og 2 500 000 kr for hele perioden');
    expect(text).toContain(
      'Tilskudd for senere år (2027 og 2028) gis under forutsetning av at Stortinget bevilger',
    );
    expect(text).toContain('Dere søkte om 1 200 000 kr for 2026 og får mindre enn det');
  });

  it('gives the reasons as §§ 24–25 ask: facts, rules with the plan’s words, considerations', () => {
    const headings = content.sections.map((s) => s.heading);
    expect(headings).toEqual([
      null,
      'Vedtak',
      'Begrunnelse',
      'Faktum',
      'Regelverk',
      'Hovedhensyn i skjønnet',
      'Klagerett',
      'Rapportering',
      'Kontakt',
      null,
    ]);
    expect(text).toContain('– 3.1 Tematiske fagområder: «Temaene er prioritert i rekkefølge.»');
    expect(text).toContain(
      '– Rundens ramme (rundens ramme, ikke planens ord): «Årets midler er 10 000 000 kr.»',
    );
    expect(text).toContain('Behovsmeldingen ligger under tema 1 i skolesektoren');
    // The office's own list of cited clauses is not repeated: the rules section gives them.
    expect(text).not.toContain('Grunnlag i planen:');
    expect(text).toContain('– Sektor: skole.');
    expect(text).toContain('eiere: Tromsø kommune og Karlsøy kommune');
  });

  it('states the right to complain: three weeks, to whom, how (§ 28)', () => {
    expect(content.complaintDeadline).toBe('2026-05-05');
    const complaint = content.sections.find((s) => s.heading === 'Klagerett')!.paragraphs.join(' ');
    expect(complaint).toContain('forvaltningsloven § 28');
    expect(complaint).toContain('tre uker');
    expect(complaint).toContain('innen 5. mai 2026');
    expect(complaint).toContain('til Statsforvalteren');
    expect(complaint).toContain('til Utdanningsdirektoratet');
  });

  it('states the duty to report with its deadline, marked as an assumption without a calendar date', () => {
    expect(content.reportDeadline).toBe('2027-06-01');
    expect(content.reportDeadlineAssumed).toBe(true);
    expect(text).toContain('innen 1. juni 2027 (antakelse: planen setter ingen frist)');
    const withCalendar = decisionLetterContent(
      { ...facts, calendar: [{ id: 'report-deadline', start: '2027-03-01', end: '2027-03-01' }] },
      DEFAULT_LETTER_TEMPLATE,
    );
    expect(withCalendar.reportDeadline).toBe('2027-03-01');
    expect(letterPlainText(withCalendar)).toContain('innen 1. mars 2027.');
  });

  it('refuses without a grant table or a duty to report', () => {
    const refusal = decisionLetterContent(
      { ...facts, status: 'REJECTED', grantedThisYear: 0, grantedTotal: 0, grantedPerYear: [] },
      DEFAULT_LETTER_TEMPLATE,
    );
    const refusalText = letterPlainText(refusal);
    expect(refusal.sections.some((s) => s.table)).toBe(false);
    expect(refusal.reportDeadline).toBeNull();
    expect(refusalText).toContain('ikke funnet grunnlag for å gi tilskudd');
    expect(refusalText).not.toContain('Rapportering');
    expect(refusalText).toContain('Klagerett');
  });

  it('uses the county’s own wording and contact', () => {
    const own = decisionLetterContent(facts, {
      blocks: { ...DEFAULT_LETTER_TEMPLATE.blocks, intro: 'Hei, {partnership}.' },
      contact: {
        ...DEFAULT_LETTER_TEMPLATE.contact,
        officeName: 'Statsforvalteren i Troms',
        phone: '77 64 20 00',
      },
    });
    const ownText = letterPlainText(own);
    expect(ownText).toContain('Hei, Tromsø-partnerskapet (demodata).');
    expect(ownText).toContain('telefon 77 64 20 00');
    expect(ownText).toContain('til Statsforvalteren i Troms, som vurderer');
  });
});

describe('changedDecisionLetterContent', () => {
  const base = decisionLetterContent(facts, DEFAULT_LETTER_TEMPLATE);
  const changed = changedDecisionLetterContent(base, {
    complainant: 'Karlsøy kommune',
    receivedOn: '2026-04-28',
    previousDecidedAt: '2026-04-10T09:00:00.000Z',
    previousGrantedTotal: 2_400_000,
    grantedTotal: 2_500_000,
    reasons: 'Eiers andel var satt for lavt.\n\nFordelingen rettes.',
    versionNo: 2,
  });
  const text = letterPlainText(changed);

  it('is titled and opened as a changed decision after a complaint, with the office’s reasons', () => {
    expect(changed.title).toBe(`Endret vedtak etter klage – ${base.title}`);
    expect(changed.sections.map((s) => s.heading).slice(0, 3)).toEqual([
      null,
      'Endret vedtak etter klage',
      'Vedtak',
    ]);
    expect(text).toContain(
      'Statsforvalteren har behandlet klagen fra Karlsøy kommune, mottatt 28. april 2026, på vedtaket av 10. april 2026.',
    );
    expect(text).toContain('forvaltningsloven § 33 andre ledd');
    expect(text).toContain('Dette vedtaket (versjon 2) erstatter vedtaket av 10. april 2026.');
    expect(text).toContain('var 2 400 000 kr og er nå 2 500 000 kr');
    expect(text).toContain(
      'Statsforvalterens begrunnelse for endringen:\nEiers andel var satt for lavt.\nFordelingen rettes.',
    );
  });

  it('keeps everything the decision letter says: grant, reasons, complaint right, reporting', () => {
    expect(changed.sections.slice(2)).toEqual(base.sections.slice(1));
    expect(changed.complaintDeadline).toBe(base.complaintDeadline);
    expect(text).toContain('Klagerett');
  });
});

describe('letterTemplateProblems', () => {
  it('accepts the default template', () => {
    expect(letterTemplateProblems(DEFAULT_LETTER_TEMPLATE)).toEqual([]);
  });

  it('refuses empty, unknown and too long blocks, unknown placeholders and dropped required ones', () => {
    const problems = letterTemplateProblems({
      blocks: {
        ...DEFAULT_LETTER_TEMPLATE.blocks,
        intro: '  ',
        title: 'Vedtak {aar}',
        complaint: 'Dere kan klage.',
        contact: 'x'.repeat(4_001) + '{office_email}',
        extra: 'Ekstra',
      },
      contact: { ...DEFAULT_LETTER_TEMPLATE.contact, email: 'ikke-en-adresse', phone: '' },
    });
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['LETTER_PLACEHOLDER_UNKNOWN', 'blocks.title'],
      ['LETTER_BLOCK_MISSING', 'blocks.intro'],
      ['LETTER_PLACEHOLDER_REQUIRED', 'blocks.complaint'],
      ['LETTER_PLACEHOLDER_REQUIRED', 'blocks.complaint'],
      ['LETTER_BLOCK_TOO_LONG', 'blocks.contact'],
      ['LETTER_BLOCK_UNKNOWN', 'blocks.extra'],
      ['LETTER_CONTACT_MISSING', 'contact.phone'],
      ['LETTER_CONTACT_EMAIL', 'contact.email'],
    ]);
    expect(problems[2]!.message.nb).toContain('{complaint_deadline}');
  });
});

describe('placeholders and dates', () => {
  it('fills known placeholders and leaves unknown ones', () => {
    expect(placeholdersIn('{a} og {b} og {a}')).toEqual(['a', 'b']);
    expect(fillPlaceholders('{partnership} {ukjent}', { partnership: 'P' })).toBe('P {ukjent}');
  });

  it('writes dates in Norwegian and counts days across months and years', () => {
    expect(norwegianDate('2026-12-03')).toBe('3. desember 2026');
    expect(addDays('2026-12-20', 21)).toBe('2027-01-10');
  });
});
