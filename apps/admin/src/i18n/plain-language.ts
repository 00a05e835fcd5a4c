import { glossary } from './glossary.js';

/**
 * What a person must never read in the admin: codes and field paths meant for developers, raw
 * subjects, numbers with a decimal point, and the words the glossary retired. Used on the nb
 * texts (nb-texts.spec.ts) and on the rendered screens (the browser e2e).
 */
const RULES: readonly { name: string; pattern: RegExp }[] = [
  // NS_CONTINUATION_MISMATCH, TEAM_AROUND_CHILD
  { name: 'code', pattern: /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/ },
  // OPTIMAL, ADMIN, PARTNERSHIP: enum values in capitals (acronyms such as ITO or PPT are short)
  { name: 'code in capitals', pattern: /\b[A-ZÆØÅ]{5,}\b/ },
  // continuation.continuesEarlierWork, budget.0.owner
  {
    name: 'field path',
    pattern: /\b[a-z][A-Za-z0-9]*\.[a-z0-9][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*\b/,
  },
  // continuesEarlierWork
  { name: 'identifier', pattern: /\b[a-z]+(?:[A-Z][a-z0-9]+)+\b/ },
  // (dev:admin:troms), kode: …, felt: …
  { name: 'subject', pattern: /\bdev:[a-z]/ },
  { name: 'code label', pattern: /\((?:kode|felt): /i },
  // 35.5 (but not 15.04.2026, nor "1. juni")
  { name: 'decimal point', pattern: /(?<![\d.])\d+\.\d+(?![\d.])/ },
  { name: 'empty range', pattern: /Viser 0\s*[–-]\s*0 av 0/ },
];

export interface PlainLanguageProblem {
  rule: string;
  match: string;
}

/** The problems in one text as a person reads it (placeholders `{name}` removed first). */
export function plainLanguageProblems(text: string): PlainLanguageProblem[] {
  const readable = text.replace(/\{[^}]*\}/g, '…');
  const problems: PlainLanguageProblem[] = [];
  for (const { name, pattern } of RULES) {
    const match = pattern.exec(readable);
    if (match) problems.push({ rule: name, match: match[0] });
  }
  const lower = readable.toLocaleLowerCase('nb');
  for (const entry of glossary) {
    for (const word of entry.avoid) {
      if (lower.includes(word.toLocaleLowerCase('nb'))) {
        problems.push({ rule: `glossary: say «${entry.term}»`, match: word });
      }
    }
  }
  return problems;
}
