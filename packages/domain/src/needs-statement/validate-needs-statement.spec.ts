import { describe, expect, it } from 'vitest';
import { generateDemoRound } from '../demo/demo-round.js';
import { resolvePlanVersion } from '../plan/plan-version.js';
import { NORDLAND_LIKE_EXAMPLE_PLAN } from '../plan/plans/nordland-like-example.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import type { FundingHistory, NeedsStatement } from './needs-statement.schema.js';
import { needsStatementNotices, validateNeedsStatement } from './validate-needs-statement.js';

const plan = resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1');
const demo = generateDemoRound({ seed: 7, statements: 40 });
const history = demo.input.history;
const base = demo.needsStatements.find(
  (ns) =>
    ns.sector === 'KINDERGARTEN' &&
    !ns.continuation?.continuesEarlierWork &&
    validateNeedsStatement(ns, { plan, history }).length === 0,
)!;
const edit = (change: (ns: NeedsStatement) => void): NeedsStatement => {
  const ns = structuredClone(base);
  change(ns);
  return ns;
};
const codes = (ns: unknown, h: FundingHistory = history) =>
  validateNeedsStatement(ns, { plan, history: h }).map((p) => p.code);

describe('validateNeedsStatement (Troms)', () => {
  it('accepts a complete statement', () => {
    expect(base).toBeDefined();
    expect(codes(base)).toEqual([]);
  });

  it('lists every missing required part at once, with paths and both languages', () => {
    const ns = edit((x) => {
      x.samiPerspectives = ' ';
      x.localNeeds = '';
      x.teacherEducationFeedback = '';
      x.goals.subGoals = x.goals.subGoals.map((g) => ({ ...g, text: '' }));
    });
    const problems = validateNeedsStatement(ns, { plan, history });
    expect(problems.map((p) => p.path)).toEqual([
      ['localNeeds'],
      ['goals', 'subGoals'],
      ['samiPerspectives'],
      ['teacherEducationFeedback'],
    ]);
    expect(problems.every((p) => p.code === 'NS_REQUIRED_PART_MISSING')).toBe(true);
    // "partnerskapet må la tankesløyfa gå innom samiske perspektiver uansett prosjekt"
    expect(problems[2]?.message).toEqual({
      nb: 'Behovsmeldingen mangler samiske perspektiver.',
      en: 'The needs statement lacks Sámi perspectives.',
    });
  });

  it('takes statements outside the themes and without items (the local needs decide)', () => {
    expect(codes(edit((x) => ((x.themeId = undefined), (x.themeItemIds = []))))).toEqual([]);
    expect(codes(edit((x) => (x.themeItemIds = [])))).toEqual([]);
    // Measures that secure progress are allowed within every theme, and outside them.
    expect(codes(edit((x) => x.themeItemIds.push('kg-progress')))).toEqual([]);
    expect(
      codes(edit((x) => ((x.themeId = undefined), (x.themeItemIds = ['kg-progress'])))),
    ).toEqual([]);
    expect(
      codes(edit((x) => ((x.themeId = undefined), (x.themeItemIds = ['kg-life-skills.health'])))),
    ).toEqual(['NS_THEME_ITEM_UNKNOWN']);
    expect(codes(edit((x) => x.themeItemIds.push('school-progress')))).toEqual([
      'NS_THEME_ITEM_UNKNOWN',
    ]);
  });

  it('refuses a year above the round frame with its own code (the plan ceiling)', () => {
    const frame = 26_880_000;
    const check = (ns: unknown) =>
      validateNeedsStatement(ns, { plan, history, frame }).map((p) => [p.code, p.path]);
    expect(check(base)).toEqual([]);
    const absurd = edit((x) => {
      x.budget[0] = { ...x.budget[0]!, owner: 1_000_000_000, institution: 1_000_000_000 };
      x.budget[0].total = 2_000_000_000;
    });
    expect(check(absurd)).toEqual([['NS_BUDGET_ABOVE_CEILING', ['budget', 0, 'total']]]);
    expect(validateNeedsStatement(absurd, { plan, history, frame })[0]?.message.nb).toBe(
      `${absurd.budget[0]!.year}: 2 000 000 000 kr er mer enn årets ramme (26 880 000 kr); ingen behovsmelding kan få mer enn det for ett år.`,
    );
    const atFrame = edit((x) => {
      x.budget[0] = { ...x.budget[0]!, owner: frame, institution: 0, total: frame };
    });
    expect(check(atFrame)).toEqual([]);
    // 10^15 kr is refused too, and without a frame the amount's own bounds still hold.
    const huge = edit((x) => {
      x.budget[0] = { ...x.budget[0]!, owner: 1e15, institution: 0, total: 1e15 };
    });
    expect(check(huge).map(([code]) => code)).toEqual(['NS_BUDGET_ABOVE_CEILING']);
  });

  it('requires the theme to belong to the statement sector, and items to the theme', () => {
    expect(codes(edit((x) => (x.themeId = 'school-safe-environment')))).toContain(
      'NS_THEME_NOT_IN_SECTOR',
    );
    expect(codes(edit((x) => (x.themeId = 'no-such-theme')))).toContain('NS_THEME_UNKNOWN');
    expect(codes(edit((x) => (x.themeItemIds = ['school-play'])))).toContain(
      'NS_THEME_ITEM_UNKNOWN',
    );
    // Nested items count: "Inkluderende praksis: Barn som trenger ekstra hjelp og støtte".
    const nested = edit((x) => {
      x.themeId = 'kg-safe-environment';
      x.themeItemIds = ['kg-safe-environment.inclusive.extra-help'];
    });
    expect(codes(nested)).toEqual([]);
  });

  it('allows 1–3 years and wants one budget year per year of duration', () => {
    expect(codes(edit((x) => (x.durationYears = 4)))).toContain('NS_DURATION_OUT_OF_RANGE');
    const oneYear = edit((x) => {
      x.durationYears = 1;
      x.budget = x.budget.slice(0, 1);
    });
    expect(codes(oneYear)).toEqual([]);
    expect(
      codes(edit((x) => (x.budget = [...x.budget, { ...x.budget[0]!, year: 2040 }]))),
    ).toContain('NS_BUDGET_YEARS');
  });

  it('wants owner + institution to equal each year total exactly', () => {
    const ns = edit((x) => (x.budget[0]!.owner += 1));
    const problems = validateNeedsStatement(ns, { plan, history });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'NS_BUDGET_SPLIT_SUM', path: ['budget', 0, 'total'] }),
    ]);
  });

  it('counts earlier years of the same work toward the 4-year limit', () => {
    const withHistory: FundingHistory = {
      ...history,
      works: [
        ...history.works,
        { workId: base.continuation!.workId, partnershipId: 'p', fundedYears: [2025, 2026] },
      ],
    };
    const threeMore = edit((x) => {
      x.durationYears = 3;
      x.budget = [0, 1, 2].map((k) => ({ ...x.budget[0]!, year: x.roundYear + k }));
      x.continuation!.continuesEarlierWork = true;
    });
    expect(codes(threeMore, withHistory)).toEqual(['NS_WORK_YEAR_LIMIT']);
    const twoMore = edit((x) => {
      x.durationYears = 2;
      x.budget = [0, 1].map((k) => ({ ...x.budget[0]!, year: x.roundYear + k }));
      x.continuation!.continuesEarlierWork = true;
    });
    expect(codes(twoMore, withHistory)).toEqual([]);
    expect(codes(twoMore)).toEqual(['NS_CONTINUATION_MISMATCH']);
  });

  it('asks the office to judge a coordinator below the complexity aid, never refuses it', () => {
    const request = (owners: number, units: number, other = '') =>
      edit((x) => {
        x.partnership.owners = x.partnership.owners.slice(0, 1).map((o) => ({ ...o, units }));
        while (x.partnership.owners.length < owners) {
          x.partnership.owners.push({ ...x.partnership.owners[0]!, orgnr: '974760673', units: 0 });
        }
        x.coordinator = {
          requested: true,
          justification: 'Mange enheter.',
          conditionIds: ['high-complexity'],
          otherComplexityFactors: other,
        };
        x.budget = x.budget.map((b) => ({ ...b, coordinator: 10_000 }));
      });
    const notices = (ns: unknown) => needsStatementNotices(ns, { plan }).map((n) => n.code);
    // The owner is presumed able to coordinate; the thresholds are an aid to the office's judgement.
    expect(codes(request(1, 2))).toEqual([]);
    expect(notices(request(1, 2))).toEqual(['NS_COORDINATOR_BELOW_COMPLEXITY_AID']);
    const [notice] = needsStatementNotices(request(1, 2), { plan });
    expect(notice?.assumption).toBe('complexity-thresholds');
    expect(notice?.clause).toBe('troms.coordinator');
    expect(notice?.message.nb).toBe(
      'Partnerskapet ber om koordinator på grunn av høy kompleksitet, men har 2 barnehager/skoler med i arbeidet og 1 eier, under hjelpetallet på 5 barnehager/skoler eller 2 eiere (antakelse), og oppgir ingen andre forhold. Utgangspunktet er at eier har kapasitet til å koordinere; Statsforvalteren vurderer kompleksiteten.',
    );
    expect(notices(request(1, 5))).toEqual([]); // many units
    expect(notices(request(2, 1))).toEqual([]); // several owners
    expect(notices(request(1, 1, 'Lang reisevei mellom enhetene'))).toEqual([]); // other factors
    expect(notices(base)).toEqual([]);
    const vulnerable = edit((x) => {
      x.coordinator = {
        requested: true,
        justification: 'Sårbart område.',
        conditionIds: ['vulnerable-area'],
        otherComplexityFactors: '',
      };
      x.budget = x.budget.map((b) => ({ ...b, coordinator: 10_000 }));
    });
    expect(codes(vulnerable)).toEqual([]);
    expect(codes(edit((x) => (x.budget[0]!.coordinator = 5000)))).toEqual([
      'NS_COORDINATOR_AMOUNT_WITHOUT_REQUEST',
    ]);
  });

  it('lets other services take part only with kindergarten or school staff', () => {
    const tac = demo.needsStatements.find(
      (ns) =>
        ns.sector === 'TEAM_AROUND_CHILD' &&
        validateNeedsStatement(ns, { plan, history }).length === 0,
    )!;
    const alone = structuredClone(tac);
    alone.participants = { kindergartenStaff: false, schoolStaff: false, otherServices: ['PPT'] };
    expect(codes(alone)).toEqual(['NS_TEAM_AROUND_CHILD_PARTICIPATION']);
  });

  it('checks every organisation number', () => {
    const ns = edit((x) => {
      x.partnership.owners[0]!.orgnr = '974760674';
      x.partnership.institution.orgnr = '123';
    });
    expect(validateNeedsStatement(ns, { plan, history }).map((p) => p.path)).toEqual([
      ['partnership', 'owners', 0, 'orgnr'],
      ['partnership', 'institution', 'orgnr'],
    ]);
  });

  it('reports a malformed statement as schema problems', () => {
    expect(codes({ id: 'x' })).toContain('NS_SCHEMA_INVALID');
  });
});

describe('validateNeedsStatement (Nordland-like example)', () => {
  it('applies its own rules: 2-year maximum, 30 % own share, lead owner allowed', () => {
    const nordland = resolvePlanVersion(NORDLAND_LIKE_EXAMPLE_PLAN, '2026.1');
    const ns = structuredClone(base);
    ns.themeId = 'n-kg-play';
    ns.themeItemIds = [];
    ns.durationYears = 3;
    ns.ownContribution.amount = 0;
    ns.partnership.leadOwnerOrgnr = ns.partnership.owners[0]!.orgnr;
    const found = validateNeedsStatement(ns, { plan: nordland, history }).map((p) => p.code);
    expect(found).toEqual(
      expect.arrayContaining(['NS_DURATION_OUT_OF_RANGE', 'NS_OWN_SHARE_TOO_LOW']),
    );
    expect(found).not.toContain('NS_LEAD_OWNER_NOT_ALLOWED');
    expect(
      codes({
        ...structuredClone(base),
        partnership: { ...base.partnership, leadOwnerOrgnr: base.partnership.owners[0]!.orgnr },
      }),
    ).toContain('NS_LEAD_OWNER_NOT_ALLOWED');
  });
});
