import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../common/canonical-json.js';
import { generateDemoRound } from '../demo/demo-round.js';
import { TROMS_MUNICIPALITIES } from '../demo/troms-municipalities.js';
import { allocate } from './allocate.js';

// A full Troms round on made-up but realistic data: 64 statements over the 21 municipalities in
// 2028, with commitments from the 2026 and 2027 rounds. DEMO DATA.
const demo = generateDemoRound({ seed: 2028, statements: 64, year: 2028 });

describe('golden: a Troms round (2028, demo data)', () => {
  it('is shaped like the county', () => {
    const municipalities = new Set(
      demo.needsStatements.flatMap((ns) => ns.partnership.owners.map((o) => o.municipalityNumber)),
    );
    expect(municipalities.size).toBeGreaterThanOrEqual(15);
    expect([...municipalities].every((m) => TROMS_MUNICIPALITIES.some((t) => t.number === m))).toBe(
      true,
    );
    expect(new Set(demo.input.commitments.map((c) => c.needsStatementId.slice(5, 9)))).toEqual(
      new Set(['2026', '2027']),
    );
  });

  it('gives the recorded ranked allocation', async () => {
    const result = await allocate(demo.input);
    const summary = {
      method: result.method,
      totals: result.totals,
      report: result.report,
      statements: result.statements.map((s) => ({
        id: s.id,
        sector: s.sector,
        status: s.status,
        rank: s.rank,
        requested: s.requested.thisYear,
        granted: s.granted.perYear.map((y) => [
          y.year,
          y.amount,
          y.owner,
          y.institution,
          y.coordinator,
        ]),
        binding: s.binding.map((b) => b.rowId ?? b.kind),
      })),
      explanationOfFirstReduced: result.statements.find((s) => s.flags.reduced)?.explanation,
    };
    await expect(toCanonicalJson(summary, 2)).toMatchFileSnapshot(
      './__golden__/troms-2028-ranked.golden.txt',
    );
  });

  it('explains every statement as recorded', async () => {
    const result = await allocate(demo.input);
    const explained = result.statements.map((s) => ({
      id: s.id,
      status: s.status,
      explanation: s.explanation,
      clauses: s.clauses,
    }));
    await expect(toCanonicalJson(explained, 2)).toMatchFileSnapshot(
      './__golden__/troms-2028-ranked-explanations.golden.txt',
    );
  });

  it('the optimal method beats or equals it on the same round', async () => {
    const ranked = await allocate(demo.input);
    const optimal = await allocate({
      ...demo.input,
      scenario: { ...demo.input.scenario, method: 'optimal' },
    });
    expect(optimal.method.objective).toBeGreaterThanOrEqual(ranked.method.objective);
    expect(optimal.method.rankedObjective).toBe(ranked.method.objective);
    expect(optimal.totals.used).toBeLessThanOrEqual(optimal.totals.frame);
  });
});
