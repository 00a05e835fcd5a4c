/**
 * The admin's words: one Norwegian term per concept, beside the nb texts. When a text names one
 * of these concepts it uses `term`; the words in `avoid` were used for the same thing before and
 * must not come back (nb-texts.spec.ts checks every text). Code names as in DOMAIN.md.
 */
export interface GlossaryEntry {
  /** The concept's code name (DOMAIN.md) or a short English description. */
  concept: string;
  /** The one Norwegian term for it, as it appears in running text. */
  term: string;
  /** What it means, for a newcomer writing texts. */
  meaning: string;
  /** Other words once used for the same concept (matched case-insensitively). */
  avoid: readonly string[];
}

export const glossary: readonly GlossaryEntry[] = [
  {
    concept: 'Institution',
    term: 'kompetansemiljø',
    meaning:
      'The partnership’s competence partner: a university, university college or vocational college (fagskole).',
    avoid: [
      'UH/fagmiljø',
      'UH-miljø',
      'UH-andel',
      'Universitet/høgskole (fagmiljø)',
      'institusjon',
    ],
  },
  {
    concept: 'requestedThisYear',
    term: 'Søkt i år',
    meaning: 'What a needs statement asks for in the round’s year (not the whole period).',
    avoid: ['Søkt for året', 'Omsøkt i år'],
  },
  {
    concept: 'cut (reduction of a grant below what was asked)',
    term: 'avkorting',
    meaning: 'How much less than asked a statement gets, and the rule that decides it.',
    avoid: ['avkortning'],
  },
  {
    concept: 'NeedsStatement',
    term: 'behovsmelding',
    meaning: 'A partnership’s application for a round.',
    avoid: ['søknad om midler'],
  },
  {
    concept: 'AllocationScenario',
    term: 'scenario',
    meaning: 'One what-if allocation of a round, with its parameters and result.',
    avoid: ['fordelingsforslag'],
  },
  {
    concept: 'Commitment',
    term: 'låste midler',
    meaning: 'A multi-year grant’s amount for a later year, already bound.',
    avoid: ['bundne midler'],
  },
  {
    concept: 'Decision',
    term: 'vedtak',
    meaning: 'The office’s formal grant for a needs statement, with its justification.',
    avoid: ['beslutning'],
  },
  {
    concept: 'Round',
    term: 'tildelingsrunde',
    meaning: 'One year’s allocation: frame, calendar, phase.',
    avoid: ['søknadsrunde'],
  },
];
