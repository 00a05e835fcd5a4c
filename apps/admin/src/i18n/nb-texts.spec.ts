import { describe, expect, it } from 'vitest';
import { glossary } from './glossary.js';
import { nb } from './nb.js';
import { nbLetterTemplate } from './nb-letter-template.js';
import { plainLanguageProblems } from './plain-language.js';

/** Every text of the admin with its key, plural forms apart. */
function texts(node: unknown, key = ''): { key: string; text: string }[] {
  if (typeof node === 'string') return node.split(' | ').map((text) => ({ key, text }));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => texts(v, key ? `${key}.${k}` : k));
  }
  return [];
}

describe('the Norwegian texts', () => {
  const all = [...texts(nb), ...texts({ letterTemplate: nbLetterTemplate })];

  it('are many (the walk finds them)', () => {
    expect(all.length).toBeGreaterThan(400);
  });

  it('show no codes, field paths, subjects or decimal points, and use the glossary’s terms', () => {
    const found = all.flatMap(({ key, text }) =>
      plainLanguageProblems(text).map((p) => `${key}: ${p.rule} «${p.match}» in «${text}»`),
    );
    expect(found).toEqual([]);
  });

  it('use each glossary term somewhere (the glossary describes the texts we have)', () => {
    const joined = all.map((t) => t.text.toLocaleLowerCase('nb')).join('\n');
    const unused = glossary.filter((e) => !joined.includes(e.term.toLocaleLowerCase('nb')));
    expect(unused.map((e) => e.term)).toEqual([]);
  });
});

describe('plainLanguageProblems', () => {
  it.each([
    ['(kode: NS_CONTINUATION_MISMATCH, felt: continuation.continuesEarlierWork)', 'code'],
    ['løserens status: OPTIMAL', 'code in capitals'],
    ['Justert av (dev:admin:troms)', 'subject'],
    ['Andel 35.5 %', 'decimal point'],
    ['Viser 0–0 av 0', 'empty range'],
    ['Forholdsmessig avkortning', 'glossary: say «avkorting»'],
    ['Søkt for året', 'glossary: say «Søkt i år»'],
  ])('finds «%s»', (text, rule) => {
    expect(plainLanguageProblems(text).map((p) => p.rule)).toContain(rule);
  });

  it.each([
    'Andel 35,5 %',
    'Frist 15.04.2026',
    'Innen 1. juni året etter',
    'Forholdsmessig avkorting',
    'ITO, PPT og KS',
    'Viser {from}–{to} av {total}',
  ])('lets «%s» pass', (text) => {
    expect(plainLanguageProblems(text)).toEqual([]);
  });
});
