import { describe, expect, it } from 'vitest';
import { calendarForRound } from './calendar.js';
import { parseCountyPlan } from './parse-county-plan.js';
import {
  planVersionInForce,
  PlanVersionNotFoundError,
  resolvePlanVersion,
} from './plan-version.js';
import type { CountyPlan } from './plan.schema.js';
import { NORDLAND_LIKE_EXAMPLE_PLAN } from './plans/nordland-like-example.js';
import { TROMS_PLAN_2026_2029 } from './plans/troms-2026-2029.js';

const clone = (plan: CountyPlan): CountyPlan => structuredClone(plan);
const codes = (json: unknown) => {
  const result = parseCountyPlan(json);
  return result.ok ? [] : result.problems.map((p) => p.code);
};

describe('the shipped plans', () => {
  it('accepts Troms 2026–2029 and the Nordland-like example', () => {
    expect(parseCountyPlan(TROMS_PLAN_2026_2029)).toMatchObject({ ok: true });
    expect(parseCountyPlan(NORDLAND_LIKE_EXAMPLE_PLAN)).toMatchObject({ ok: true });
  });

  it('holds the Troms rules as the plan words them', () => {
    const rules = resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1').rules;
    // "partnerskap med skole får tilnærmet 35 % … barnehagene … 35 % … Tilnærmet 30 %"
    expect(rules.sectorSplit).toMatchObject({
      kind: 'FIXED_SHARES',
      shares: [
        { sector: 'SCHOOL', targetPercent: 35 },
        { sector: 'KINDERGARTEN', targetPercent: 35 },
        { sector: 'TEAM_AROUND_CHILD', targetPercent: 30 },
      ],
    });
    // "Inntil 30% av midlene låses til 3-årige prosjekter", "Inntil 20% … 2-årige"
    expect(rules.lockCaps.caps).toEqual([
      { durationYears: 3, maxPercent: 30 },
      { durationYears: 2, maxPercent: 20 },
    ]);
    // "maksimum få tilskudd for et utviklingsarbeid i 4 år"
    expect(rules.durations.maxYearsPerWork).toBe(4);
    // Themes ranked 1–3 in kindergarten and school, 1–2 in the team around the child.
    expect(rules.themes.map((t) => t.themes.map((x) => x.rank))).toEqual([
      [1, 2, 3],
      [1, 2, 3],
      [1, 2],
    ]);
    // "Samisk" is theme 3 in kindergarten; school theme 3 has nested special-needs items.
    expect(rules.themes[0]?.themes[2]?.title.nb).toBe('Samisk');
    expect(rules.themes[1]?.themes[2]?.items[2]?.items).toHaveLength(5);
    expect(rules.forum.totalSeats).toBe(15);
    expect(rules.coordinator).toMatchObject({ maxSharePercent: 10, maxShareIsAssumption: true });
  });

  it('gives the Troms årshjul as dates of a round', () => {
    const calendar = calendarForRound(
      resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1').rules,
      2027,
    );
    expect(calendar.map((m) => [m.id, m.start, m.end])).toEqual([
      ['forum-meeting', '2026-09-01', '2026-09-30'],
      ['information-meetings', '2026-10-15', '2026-11-15'],
      ['template-ready', '2026-12-01', '2026-12-01'],
      ['submission-deadline', '2027-02-01', '2027-02-01'],
      ['forum-discussion', '2027-03-05', '2027-03-20'],
      ['decision-deadline', '2027-04-15', '2027-04-15'],
      ['evaluation', '2027-06-01', '2027-06-15'],
    ]);
  });

  it('finds the version in force on a date', () => {
    expect(planVersionInForce(TROMS_PLAN_2026_2029, '2027-03-01').versionId).toBe('2026.1');
    expect(() => planVersionInForce(TROMS_PLAN_2026_2029, '2031-01-01')).toThrow(
      PlanVersionNotFoundError,
    );
  });
});

describe('a plan that contradicts itself', () => {
  it('lists every problem at once', () => {
    const plan = clone(TROMS_PLAN_2026_2029);
    const rules = plan.versions[0]!.rules;
    if (rules.sectorSplit.kind !== 'FIXED_SHARES') throw new Error('expected fixed shares');
    rules.sectorSplit.shares[0]!.targetPercent = 40; // 40 + 35 + 30 = 105 %
    rules.lockCaps.caps[0]!.maxPercent = 130;
    rules.themes[0]!.themes[1]!.rank = 1;
    const result = parseCountyPlan(plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining([
        'PLAN_SHARES_SUM',
        'PLAN_PERCENT_ABOVE_100',
        'PLAN_LOCK_CAPS_SUM',
        'PLAN_DUPLICATE_THEME_RANK',
      ]),
    );
    const rank = result.problems.find((p) => p.code === 'PLAN_DUPLICATE_THEME_RANK');
    expect(rank?.path).toEqual(['versions', 0, 'rules', 'themes', 0, 'themes', 1, 'rank']);
    expect(rank?.message.nb).toContain('rang 1');
    expect(rank?.message.en).toContain('rank 1');
  });

  it('rejects unknown clause references, overlapping versions and forum seats that do not add up', () => {
    const plan = clone(TROMS_PLAN_2026_2029);
    const rules = plan.versions[0]!.rules;
    rules.coordinator.clause = 'troms.nowhere';
    rules.forum.totalSeats = 14;
    plan.versions.push({
      ...structuredClone(plan.versions[0]!),
      id: '2027.1',
      validFrom: '2027-01-01',
    });
    expect(codes(plan)).toEqual(
      expect.arrayContaining([
        'PLAN_UNKNOWN_CLAUSE',
        'PLAN_FORUM_SEATS_SUM',
        'PLAN_VERSION_OVERLAP',
      ]),
    );
  });

  it('accepts a yearly revision that starts where the last one ends', () => {
    const plan = clone(TROMS_PLAN_2026_2029);
    plan.versions[0]!.validTo = '2026-12-31';
    plan.versions.push({
      ...structuredClone(plan.versions[0]!),
      id: '2027.1',
      validFrom: '2027-01-01',
      validTo: undefined,
    });
    expect(codes(plan)).toEqual([]);
    expect(planVersionInForce(plan, '2027-02-01').versionId).toBe('2027.1');
  });

  it('rejects lock caps for durations the plan does not allow', () => {
    const plan = clone(NORDLAND_LIKE_EXAMPLE_PLAN);
    plan.versions[0]!.rules.lockCaps.caps.push({ durationYears: 3, maxPercent: 10 });
    expect(codes(plan)).toContain('PLAN_LOCK_DURATION_ABOVE_MAX');
  });

  it('reports the shape of malformed JSON with paths', () => {
    const result = parseCountyPlan({ schemaVersion: 1, id: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.every((p) => p.code === 'PLAN_SCHEMA_INVALID')).toBe(true);
    expect(result.problems.map((p) => p.path[0])).toEqual(
      expect.arrayContaining(['county', 'versions']),
    );
  });
});
