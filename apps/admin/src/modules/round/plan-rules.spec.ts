import { TROMS_PLAN_2026_2029 } from '@kompetansemidler/domain';
import { describe, expect, it } from 'vitest';
import {
  defaultTolerance,
  planRules,
  themeItemLabels,
  themeLabels,
  themesOfSector,
  weightableIndicators,
} from './plan-rules.js';

describe('plan rules', () => {
  const plan = TROMS_PLAN_2026_2029;
  const rules = planRules(plan, plan.versions[0]!.id);

  it('picks the round’s plan version', () => {
    expect(rules).toBe(plan.versions[0]!.rules);
    expect(planRules(null, 'x')).toBeNull();
    expect(planRules({ nonsense: true }, 'x')).toBeNull();
  });

  it('names themes with their rank, in ranked order per sector', () => {
    const labels = themeLabels(rules);
    const school = themesOfSector(rules, 'SCHOOL');
    expect(school.length).toBeGreaterThan(0);
    expect(school.map((t) => t.rank)).toEqual([...school.map((t) => t.rank)].sort((a, b) => a - b));
    expect(labels.get(school[0]!.id)).toBe(`${school[0]!.rank}. ${school[0]!.title.nb}`);
    const item = school[0]!.items[0]!;
    expect(themeItemLabels(rules).get(item.id)).toBe(item.title.nb);
  });

  it('lists the indicators and the sector tolerance from the plan', () => {
    expect(weightableIndicators(rules).length).toBeGreaterThan(0);
    expect(defaultTolerance(rules)).toBe(5);
  });
});
