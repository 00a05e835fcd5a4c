import { describe, expect, it } from 'vitest';
import type { NeedsStatementRowFieldsFragment } from '../../gql/graphql.js';
import { createAppI18n } from '../../i18n/i18n.js';
import { municipalityNames, ownerNames, statementsCsv } from './statements-csv.js';

const t = createAppI18n().global.t as unknown as (k: string, ...a: unknown[]) => string;

const row = (
  over: Partial<NeedsStatementRowFieldsFragment> = {},
): NeedsStatementRowFieldsFragment => ({
  id: 's1',
  title: 'Lesing; «sammen»',
  sector: 'SCHOOL',
  themeId: 'theme-1',
  status: 'SUBMITTED',
  durationYears: 2,
  requestedThisYear: 1_250_000,
  submittedAt: '2027-01-15T10:00:00.000Z',
  newcomer: true,
  partnership: {
    id: 'p1',
    name: 'Partnerskap "Nord"',
    institution: { id: 'i1', name: 'UiT Norges arktiske universitet' },
    owners: [
      { id: 'o1', name: 'Tromsø kommune', municipality: { number: '5501', name: 'Tromsø' } },
      { id: 'o2', name: 'Privat skole AS', municipality: { number: '5501', name: 'Tromsø' } },
      { id: 'o3', name: 'Kárášjohka', municipality: null },
    ],
  },
  problems: [],
  ...over,
});

describe('the needs-statement list as CSV', () => {
  it('names each owner, and each municipality once', () => {
    expect(ownerNames(row())).toBe('Tromsø kommune, Privat skole AS, Kárášjohka');
    expect(municipalityNames(row())).toBe('Tromsø');
  });

  it('writes the columns as shown, for a Norwegian spreadsheet', () => {
    const csv = statementsCsv(
      [row(), row({ id: 's2', newcomer: false, sector: null, durationYears: null })],
      t,
      () => 'Lesing og skriving',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Tittel;Partnerskap;Eiere;Kommune;Kompetansemiljø;Ny eier;Sektor;Tema;Varighet (år);Søkt i år;Sendt inn;Status;Problemer',
    );
    expect(lines[1]).toBe(
      '"Lesing; «sammen»";"Partnerskap ""Nord""";Tromsø kommune, Privat skole AS, Kárášjohka;Tromsø;UiT Norges arktiske universitet;Ja;Skole;Lesing og skriving;2;1250000;15.01.2027;Sendt inn;0',
    );
    expect(lines[2]).toContain(';Nei;;Lesing og skriving;;1250000;');
  });
});
