import { describe, expect, it } from 'vitest';
import { generateDemoRound } from '../demo/demo-round.js';
import { allocate } from './allocate.js';
import { candidate, tromsInput } from './allocation.test-helpers.js';
import type { AllocationCandidate, AllocationResult } from './allocation.types.js';

const byId = (result: AllocationResult, id: string) => result.statements.find((s) => s.id === id)!;

describe('the plan’s order (lexicographic, per sector)', () => {
  it('never lets indicators or newcomer status overturn the theme rank', async () => {
    // Rank 2 with every indicator at its highest and newcomer owners; rank 1 with none.
    const strong: AllocationCandidate = {
      ...candidate('rank2', 'SCHOOL', 600_000, { themeRank: 2 }),
      indicators: { 'ito-pupils': 100, 'unqualified-school-staff': 100, 'staff-turnover': 100 },
      officeKnowledge: { score: 1, reason: 'Kjent behov.' },
    };
    const plain = candidate('rank1', 'SCHOOL', 600_000, { themeRank: 1 });
    const input = tromsInput([strong, plain], 900_000);
    input.history = {
      works: [],
      owners: [{ orgnr: plain.owners[0]!.orgnr, participationYears: [2025] }],
    };
    const result = await allocate(input);
    expect(byId(result, 'rank1').rank!.inSector).toBe(1);
    expect(byId(result, 'rank1').granted.thisYear).toBe(600_000);
    expect(byId(result, 'rank2').granted.thisYear).toBeLessThan(600_000);
    expect(byId(result, 'rank2').priority.newcomer.status).toBe('ALL');
    expect(byId(result, 'rank1').priority.used.map((u) => u.kind)).toContain('THEME_RANK');
  });

  it('puts newcomers first within a theme rank, then the Sámi assessment', async () => {
    const a = {
      ...candidate('a', 'SCHOOL', 500_000),
      samiAssessment: { level: 'STRONG' as const, reason: 'Bærer tiltakene.' },
    };
    const b = {
      ...candidate('b', 'SCHOOL', 500_000),
      samiAssessment: { level: 'NONE' as const, reason: 'Ikke nevnt.' },
    };
    const c = candidate('c', 'SCHOOL', 500_000);
    const input = tromsInput([a, b, c], 3_000_000);
    // c's owner is a newcomer; a's and b's owners took part last year.
    input.history = {
      works: [],
      owners: [a, b].map((x) => ({ orgnr: x.owners[0]!.orgnr, participationYears: [2025] })),
    };
    const result = await allocate(input);
    expect(['c', 'a', 'b'].map((id) => byId(result, id).rank!.inSector)).toEqual([1, 2, 3]);
    expect(byId(result, 'a').priority.tier.position).toBeLessThan(
      byId(result, 'b').priority.tier.position,
    );
    expect(byId(result, 'a').priority.sami).toMatchObject({
      level: 'STRONG',
      clause: 'troms.sami-perspectives',
    });
  });

  it('weighs only the indicators of the statement’s own sector', async () => {
    const school = {
      ...candidate('s', 'SCHOOL', 100_000),
      indicators: { 'kindergarten-dispensations': 100, 'ito-pupils': 50 },
    };
    const result = await allocate(tromsInput([school], 1_000_000));
    const ids = byId(result, 's').score.indicators.map((i) => i.id);
    expect(ids).toContain('ito-pupils');
    expect(ids).not.toContain('kindergarten-dispensations');
    expect(ids).not.toContain('newcomer');
    expect(ids).not.toContain('distance-to-institution');
  });

  it('funds a statement outside the themes, after those inside', async () => {
    const inside = candidate('in', 'KINDERGARTEN', 400_000, { themeRank: 3 });
    const outside = { ...candidate('out', 'KINDERGARTEN', 400_000), themeId: '' };
    const result = await allocate(tromsInput([outside, inside], 1_000_000));
    expect(byId(result, 'out').status).not.toBe('INELIGIBLE');
    expect(byId(result, 'out').priority.theme).toMatchObject({ rank: null, inThemes: false });
    expect(byId(result, 'in').rank!.inSector).toBe(1);
    expect(byId(result, 'out').rank!.inSector).toBe(2);
  });

  it('refuses an unknown choice for the tier at the budget line', async () => {
    await expect(
      allocate(
        tromsInput([candidate('x', 'SCHOOL', 1000)], 1000, { marginalTier: 'coin' as never }),
      ),
    ).rejects.toMatchObject({
      problems: [expect.objectContaining({ code: 'ALLOC_MARGINAL_TIER_UNKNOWN' })],
    });
  });
});

describe('the demo round (Troms 2027, 70 statements, DEMO DATA)', () => {
  const demo = generateDemoRound({ seed: 55, statements: 70, year: 2027 });
  const run = (cutRule: string, marginalTier: 'cut-rule' | 'indicators' = 'cut-rule') =>
    allocate({ ...demo.input, scenario: { ...demo.input.scenario, cutRule, marginalTier } });

  it('gives visibly different results for the three cut rules and for ordering by the indicators', async () => {
    const results = await Promise.all([
      run('proportional'),
      run('constrained-equal-awards'),
      run('constrained-equal-losses'),
      run('proportional', 'indicators'),
    ]);
    const grants = results.map((r) => r.statements.map((s) => s.granted.thisYear));
    for (let i = 0; i < grants.length; i++)
      for (let j = i + 1; j < grants.length; j++) {
        const differing = grants[i]!.filter((g, k) => g !== grants[j]![k]).length;
        expect(differing, `results ${i} and ${j}`).toBeGreaterThanOrEqual(2);
      }
    // The tier at the budget line is a priority class of several statements, not one.
    const marginal = results[0]!.statements.filter(
      (s) => s.priority.tier.resolvedBy === 'CUT_RULE',
    );
    expect(marginal.length).toBeGreaterThanOrEqual(2);
    // Reduced statements, not all or nothing.
    for (const r of results.slice(0, 3))
      expect(r.statements.filter((s) => s.status === 'REDUCED').length).toBeGreaterThanOrEqual(2);
  });
});
