import { describe, expect, it } from 'vitest';
import { generateDemoRound } from '../demo/demo-round.js';
import { allocate } from './allocate.js';
import { proportionalCut } from './cut-rules.js';
import { explainPhrasesFor } from './explain-phrases.js';
import { prepareRound } from './prepare-round.js';

// Reasons a decision can quote (forvaltningsloven § 25), on the golden Troms round. DEMO DATA.
const demo = generateDemoRound({ seed: 2028, statements: 64, year: 2028 });

describe('explanations a decision can quote', () => {
  it('cites the frame clause for a used-up frame, never the sector shares', async () => {
    const result = await allocate(demo.input);
    const byFrame = result.statements.filter((s) => s.binding.some((b) => b.kind === 'FRAME'));
    expect(byFrame.length).toBeGreaterThan(0);
    for (const s of byFrame) {
      expect(s.explanation.nb).toContain('årets ramme er brukt opp (jf. «Årets ramme»)');
      expect(s.clauses).toContain('troms.frame');
      // The sector-share clause only where a sector band held the statement back too.
      expect(s.clauses.includes('troms.sector-shares')).toBe(
        s.binding.some((b) => b.kind === 'SECTOR_UPPER'),
      );
    }
  });

  it('writes Norwegian a reader trusts: no scores, no ranking across sectors, decimal commas', async () => {
    const result = await allocate(demo.input);
    for (const s of result.statements) {
      const nb = s.explanation.nb;
      expect(nb).not.toMatch(/poengsum|\+\d|\d\.\d/);
      expect(nb).not.toMatch(/i alt/);
      expect(nb).not.toMatch(/tema med rang/);
      // Whole sentences: a capital first, a full stop last.
      expect(nb).toMatch(/^[A-ZÆØÅ].*\.$/s);
      if (s.rank) {
        expect(nb).toContain(
          `Den er prioritert som nr. ${s.rank.inSector} av ${s.rank.ofInSector} behovsmeldinger i`,
        );
      }
    }
    const reduced = result.statements.find((s) => s.status === 'REDUCED')!;
    expect(reduced.explanation.nb).toMatch(/\(\d+,\d+ %\)|\(\d+ %\)/);
  });

  it('says why a member of the tier at the budget line that the smallest share left out got nothing', async () => {
    for (const marginalTier of ['cut-rule', 'indicators'] as const) {
      const result = await allocate({
        ...demo.input,
        scenario: { ...demo.input.scenario, marginalTier },
      });
      // Left out: nothing, the smallest share among its reasons, and a tier at the budget line.
      const leftOut = result.statements.filter(
        (s) => s.status === 'NOT_FUNDED' && s.binding.some((b) => b.kind === 'MIN_SHARE'),
      );
      const atTie = leftOut.filter((s) => s.priority.tier.resolvedBy !== null);
      expect(atTie.length).toBeGreaterThan(0);
      for (const s of atTie) {
        expect(s.priority.tier.resolvedBy).toBe(
          marginalTier === 'indicators' ? 'INDICATORS' : 'CUT_RULE',
        );
        expect(s.explanation.nb).toContain(
          'behovsmeldingene med lik prioritet ved budsjettgrensen',
        );
        expect(s.explanation.nb).toContain('som er verdt å finansiere (50 % av søknaden)');
        expect(s.explanation.nb).toContain(
          marginalTier === 'indicators'
            ? 'Statsforvalteren ordnet dem etter forholdene sett i sammenheng'
            : 'etter regelen «forholdsmessig avkorting»; de siste i rekkefølgen blant dem, også denne, ble derfor holdt utenfor',
        );
        expect(s.explanation.nb.endsWith(' (jf. «Skjønnsmessige prioriteringer»).')).toBe(true);
        expect(s.clauses).toContain('troms.other-priorities');
      }
    }
  });

  it('names newcomer status with its clause and its assumed years', async () => {
    const result = await allocate(demo.input);
    const newcomer = result.statements.find((s) => s.priority.newcomer.status !== 'NONE')!;
    expect(newcomer.explanation.nb).toContain(
      'Partnerskapet har eiere som ikke har deltatt i ordningen før, eller ikke på 3 år eller mer (antakelse), og slike eiere skal prioriteres (jf. «Prioritering av nye eiere»).',
    );
    expect(newcomer.clauses).toContain('troms.newcomers');
  });

  it('names the discretionary points with their clause, and the office’s reason, where they ordered the tier at the budget line', async () => {
    const result = await allocate({
      ...demo.input,
      scenario: { ...demo.input.scenario, marginalTier: 'indicators' },
    });
    const ordered = result.statements.filter((s) =>
      s.priority.used.some((u) => u.kind === 'INDICATOR'),
    );
    expect(ordered.length).toBeGreaterThan(1);
    for (const s of ordered) {
      expect(s.priority.tier.resolvedBy).toBe('INDICATORS');
      expect(s.explanation.nb).toContain('Statsforvalteren sett disse forholdene i sammenheng');
      expect(s.explanation.nb).toContain('(jf. «Skjønnsmessige prioriteringer»)');
      expect(s.clauses).toContain('troms.other-priorities');
      const candidate = demo.input.candidates.find((c) => c.id === s.id);
      if (s.priority.used.some((u) => u.id === 'office-knowledge') && candidate?.officeKnowledge)
        expect(s.explanation.nb).toContain(candidate.officeKnowledge.reason.replace(/[.!]+$/, ''));
    }
  });

  it('never names the discretionary points where the cut rule shared the tier', async () => {
    const result = await allocate(demo.input);
    for (const s of result.statements) {
      expect(s.explanation.nb).not.toContain('sett disse forholdene i sammenheng');
      expect(s.priority.used.some((u) => u.kind === 'INDICATOR')).toBe(false);
    }
  });

  it('gives the office’s assessment of Sámi perspectives, with its reason and clause', async () => {
    const result = await allocate(demo.input);
    const strong = result.statements.find((s) => s.priority.sami.level === 'STRONG')!;
    expect(strong.explanation.nb).toContain(
      'Statsforvalteren vurderer at behovsmeldingen ivaretar godt samiske perspektiver («Demo: samiske perspektiver bærer tiltakene, med samisk fagmiljø som partner»)',
    );
    expect(strong.clauses).toContain('troms.sami-perspectives');
  });

  it('counts a statement not assessed for Sámi perspectives as not addressing them, as an assumption', async () => {
    // One statement of each sector not assessed (never assessed, or the assessment taken back).
    const firsts = new Set(
      ['KINDERGARTEN', 'SCHOOL', 'TEAM_AROUND_CHILD'].map(
        (sector) => demo.input.candidates.find((c) => c.sector === sector && c.samiAssessment)?.id,
      ),
    );
    const result = await allocate({
      ...demo.input,
      candidates: demo.input.candidates.map((c) =>
        firsts.has(c.id) ? { ...c, samiAssessment: undefined } : c,
      ),
    });
    const unassessed = result.statements.filter((s) => s.rank && s.priority.sami.level === null);
    expect(unassessed.length).toBeGreaterThanOrEqual(3);
    for (const s of unassessed) {
      expect(s.explanation.nb).toContain(
        'Statsforvalteren har ikke vurdert hvordan behovsmeldingen ivaretar samiske perspektiver, og den regnes derfor som ikke vurdert, likt med en som ikke ivaretar dem (antakelse)',
      );
      expect(s.explanation.nb).toMatch(
        /\(antakelse\)(; det teller i prioriteringen innenfor temaets rang)? \(jf\. «Samiske perspektiver»\)\./,
      );
      expect(s.clauses).toContain('troms.sami-perspectives');
    }
    // The plan data names it as an assumption, on the Sámi clause.
    const assumption = demo.input.plan.versions
      .at(-1)
      ?.rules.assumptions.find((a) => a.id === 'sami-not-assessed');
    expect(assumption?.clause).toBe('troms.sami-perspectives');
    // Not assessed ranks with NONE: its priority class is NONE's.
    for (const s of unassessed) expect(s.priority.tier.key).toMatch(/:NONE$/);
  });

  it('says when a later year lies past the plan period, as an assumption', async () => {
    const result = await allocate(demo.input);
    const into2030 = result.statements.find((s) =>
      s.granted.perYear.some((y) => y.year === 2030 && y.amount > 0),
    )!;
    expect(into2030.explanation.nb).toContain(
      '2030 ligger etter planperioden (2026–2029), og midlene for det året forutsetter også den nye planen (antakelse).',
    );
  });

  it('places a statement outside the themes after them, citing that the local needs decide', () => {
    const round = prepareRound(demo.input, proportionalCut);
    const phrases = explainPhrasesFor(round);
    const off = phrases.themeSentence('SCHOOL', 'not-a-theme');
    expect(off.text.nb).toBe(
      ' Behovsmeldingen ligger utenfor planens prioriterte temaer for skole (jf. «Prioriterte temaer, skole») og kommer derfor etter behovsmeldingene innenfor temaene; den kan likevel få midler, fordi de lokale behovene avgjør valget av tiltak (jf. «Lokale behov avgjør»).',
    );
    expect(phrases.clauses(off.bit)).toEqual(['troms.local-needs', 'troms.themes.school']);
    expect(phrases.themeSentence('SCHOOL', 'school-practical').text.nb).toBe(
      ' Behovsmeldingen gjelder «Praktisk og variert opplæring/skolehverdag», nr. 2 av planens 3 temaer for skole i prioritert rekkefølge (jf. «Prioriterte temaer, skole»).',
    );
  });
});
