import { describe, expect, it } from 'vitest';
import { toCanonicalJson } from '../common/canonical-json.js';
import { isValidOrganisationNumber } from '../needs-statement/organisation-number.js';
import { validateNeedsStatement } from '../needs-statement/validate-needs-statement.js';
import { resolvePlanVersion } from '../plan/plan-version.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import { generateDemoRound } from './demo-round.js';

describe('generateDemoRound (demo data)', () => {
  it('is deterministic for a seed', () => {
    const a = generateDemoRound({ seed: 5, statements: 30 });
    const b = generateDemoRound({ seed: 5, statements: 30 });
    expect(toCanonicalJson(a)).toBe(toCanonicalJson(b));
    expect(toCanonicalJson(generateDemoRound({ seed: 6, statements: 30 }))).not.toBe(
      toCanonicalJson(a),
    );
  });

  it('makes statements that pass the plan rules, except works past the 4-year limit', () => {
    const demo = generateDemoRound({ seed: 9, statements: 80 });
    const plan = resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1');
    const codes = demo.needsStatements.flatMap((ns) =>
      validateNeedsStatement(ns, { plan, history: demo.input.history }).map((p) => p.code),
    );
    expect(new Set(codes)).toEqual(new Set(codes.length > 0 ? ['NS_WORK_YEAR_LIMIT'] : []));
    for (const ns of demo.needsStatements) {
      expect(ns.partnership.owners.every((o) => isValidOrganisationNumber(o.orgnr))).toBe(true);
    }
  });
});
