import {
  problem,
  problemsFromZodIssues,
  type ValidationProblem,
} from '../common/validation-problem.js';
import type { AssumptionId, NeedsStatementPart } from '../plan/plan.schema.js';
import type { ResolvedPlan } from '../plan/plan-version.js';
import { SECTOR_LABELS } from '../plan/sector.js';
import { allowedThemeItems, findTheme } from '../themes/theme-lookup.js';
import { earlierYearsOfWork } from './history.js';
import {
  budgetLineProblems,
  budgetYearsMismatch,
  durationOutOfRange,
  sectorNotInPlan,
  workYearLimitExceeded,
} from './statement-rules.js';
import {
  EMPTY_HISTORY,
  needsStatementSchema,
  type FundingHistory,
  type NeedsStatement,
} from './needs-statement.schema.js';
import { isValidOrganisationNumber } from './organisation-number.js';
import { formatKroner } from '../money/kroner.js';
import { mulDivFloor } from '../money/integer-math.js';
import { toBasisPoints } from '../plan/plan-consistency.js';

export type NeedsStatementProblemCode =
  | 'NS_SCHEMA_INVALID'
  | 'NS_REQUIRED_PART_MISSING'
  | 'NS_SECTOR_NOT_IN_PLAN'
  | 'NS_THEME_UNKNOWN'
  | 'NS_THEME_NOT_IN_SECTOR'
  | 'NS_THEME_ITEM_UNKNOWN'
  | 'NS_DURATION_OUT_OF_RANGE'
  | 'NS_BUDGET_YEARS'
  | 'NS_BUDGET_SPLIT_SUM'
  | 'NS_BUDGET_COORDINATOR_EXCEEDS_TOTAL'
  | 'NS_BUDGET_ABOVE_CEILING'
  | 'NS_OWN_SHARE_TOO_LOW'
  | 'NS_WORK_YEAR_LIMIT'
  | 'NS_CONTINUATION_MISMATCH'
  | 'NS_COORDINATOR_CONDITION_MISSING'
  | 'NS_COORDINATOR_CONDITION_UNKNOWN'
  | 'NS_COORDINATOR_AMOUNT_WITHOUT_REQUEST'
  | 'NS_COORDINATOR_AMOUNT_MISSING'
  | 'NS_TEAM_AROUND_CHILD_PARTICIPATION'
  | 'NS_TEAM_AROUND_CHILD_NO_OTHER_SERVICES'
  | 'NS_ORGNR_INVALID'
  | 'NS_INSTITUTION_KIND_NOT_ALLOWED'
  | 'NS_LEAD_OWNER_NOT_ALLOWED'
  | 'NS_LEAD_OWNER_UNKNOWN'
  | 'NS_DUPLICATE_ID'
  | 'NS_MEASURE_GOAL_UNKNOWN';

export type NeedsStatementProblem = ValidationProblem<NeedsStatementProblemCode>;

export interface NeedsStatementContext {
  /** The plan version the round runs under (see resolvePlanVersion / planVersionInForce). */
  plan: ResolvedPlan;
  /** Earlier rounds' grants: works' funded years, owners' participation. Defaults to none. */
  history?: FundingHistory;
  /**
   * The round's frame, in kroner: no year of a request may exceed the plan's ceiling on it
   * (NS_BUDGET_ABOVE_CEILING). Unknown (absent): only the amounts' own bounds are checked.
   */
  frame?: number;
}

const PART_LABELS: Record<NeedsStatementPart, { nb: string; en: string; path: string[] }> = {
  SECTOR: { nb: 'sektor', en: 'sector', path: ['sector'] },
  THEME: { nb: 'tema', en: 'theme', path: ['themeId'] },
  THEME_ITEMS: { nb: 'underpunkter', en: 'theme items', path: ['themeItemIds'] },
  LOCAL_NEEDS: { nb: 'lokale behov', en: 'local needs', path: ['localNeeds'] },
  LONG_TERM_GOALS: { nb: 'langsiktige mål', en: 'long-term goals', path: ['goals', 'longTerm'] },
  SUB_GOALS: { nb: 'delmål', en: 'sub-goals', path: ['goals', 'subGoals'] },
  MEASURES: { nb: 'tiltak', en: 'measures', path: ['measures'] },
  DURATION: { nb: 'varighet', en: 'duration', path: ['durationYears'] },
  BUDGET: { nb: 'budsjett per år', en: 'budget per year', path: ['budget'] },
  OWN_CONTRIBUTION: {
    nb: 'eiers egeninnsats',
    en: "the owner's own contribution",
    path: ['ownContribution', 'description'],
  },
  SAMI_PERSPECTIVES: {
    nb: 'samiske perspektiver',
    en: 'Sámi perspectives',
    path: ['samiPerspectives'],
  },
  COLLECTIVE_LEARNING: {
    nb: 'hvordan arbeidet er kollektivt (profesjonsfellesskap)',
    en: 'how the work is collective (professional learning community)',
    path: ['collectiveLearning'],
  },
  TEACHER_EDUCATION_FEEDBACK: {
    nb: 'hvordan kompetansemiljøet tar erfaringene inn i lærerutdanningen',
    en: 'how the institution brings the experience into teacher education',
    path: ['teacherEducationFeedback'],
  },
  COORDINATOR: {
    nb: 'koordinator (ønskes/ikke, med begrunnelse)',
    en: 'coordinator request (with justification)',
    path: ['coordinator'],
  },
  CONTINUATION: {
    nb: 'om arbeidet viderefører et tidligere arbeid',
    en: 'whether it continues an earlier work',
    path: ['continuation'],
  },
};

/** The most one year of one statement may ask for, under the plan's ceiling on the round's frame. */
export function requestCeiling(
  rules: ResolvedPlan['rules'],
  frame: number,
): { amount: number; nb: string; en: string } {
  const rule = rules.frame?.requestCeiling ?? { kind: 'ROUND_FRAME' as const };
  if (rule.kind === 'ROUND_FRAME') {
    return { amount: frame, nb: 'årets ramme', en: "the round's frame" };
  }
  return {
    amount: mulDivFloor(frame, toBasisPoints(rule.percent), 10_000),
    nb: `${String(rule.percent).replace('.', ',')} % av årets ramme`,
    en: `${rule.percent} % of the round's frame`,
  };
}

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

/**
 * Checks a needs statement against the plan and the partnership's history. Returns every problem at
 * once (empty when the statement is complete and valid). Accepts unparsed JSON: a wrong shape gives
 * NS_SCHEMA_INVALID problems.
 */
export function validateNeedsStatement(
  statement: unknown,
  context: NeedsStatementContext,
): NeedsStatementProblem[] {
  const parsed = needsStatementSchema.safeParse(statement);
  if (!parsed.success) return problemsFromZodIssues('NS_SCHEMA_INVALID', parsed.error.issues);
  const ns = parsed.data;
  const history = context.history ?? EMPTY_HISTORY;
  return [
    ...checkRequiredParts(ns, context),
    ...checkSectorAndTheme(ns, context),
    ...checkDurationAndBudget(ns, context),
    ...checkWorkLimit(ns, context, history),
    ...checkCoordinator(ns, context),
    ...checkParticipants(ns, context),
    ...checkParties(ns, context),
    ...checkGoalsAndMeasures(ns),
  ];
}

function checkRequiredParts(
  ns: NeedsStatement,
  { plan }: NeedsStatementContext,
): NeedsStatementProblem[] {
  const present: Record<NeedsStatementPart, boolean> = {
    SECTOR: ns.sector !== undefined,
    THEME: !blank(ns.themeId),
    THEME_ITEMS: ns.themeItemIds.length > 0,
    LOCAL_NEEDS: !blank(ns.localNeeds),
    LONG_TERM_GOALS: ns.goals.longTerm.some((g) => !blank(g.text)),
    SUB_GOALS: ns.goals.subGoals.some((g) => !blank(g.text)),
    MEASURES: ns.measures.some((m) => !blank(m.description)),
    DURATION: ns.durationYears !== undefined,
    BUDGET: ns.budget.length > 0,
    OWN_CONTRIBUTION: !blank(ns.ownContribution.description),
    SAMI_PERSPECTIVES: !blank(ns.samiPerspectives),
    COLLECTIVE_LEARNING: !blank(ns.collectiveLearning),
    TEACHER_EDUCATION_FEEDBACK: !blank(ns.teacherEducationFeedback),
    COORDINATOR:
      ns.coordinator !== undefined &&
      (!ns.coordinator.requested || !blank(ns.coordinator.justification)),
    CONTINUATION: ns.continuation !== undefined,
  };
  const rule = plan.rules.needsStatement;
  return rule.requiredParts
    .filter((part) => !present[part])
    .map((part) => {
      const label = PART_LABELS[part];
      const path =
        part === 'COORDINATOR' && ns.coordinator ? ['coordinator', 'justification'] : label.path;
      return problem(
        'NS_REQUIRED_PART_MISSING',
        path,
        `Behovsmeldingen mangler ${label.nb}.`,
        `The needs statement lacks ${label.en}.`,
      );
    });
}

function checkSectorAndTheme(
  ns: NeedsStatement,
  { plan }: NeedsStatementContext,
): NeedsStatementProblem[] {
  const problems: NeedsStatementProblem[] = [];
  const rules = plan.rules;
  const sectorProblem = ns.sector && sectorNotInPlan(rules, ns.sector);
  if (sectorProblem) problems.push(sectorProblem);
  if (blank(ns.themeId)) {
    // Outside the themes (rule 6): only the items allowed within every theme may be named.
    problems.push(...unknownItems(ns, allowedThemeItems(rules, ns.sector, undefined), undefined));
    return problems;
  }
  const found = findTheme(rules, ns.themeId ?? '');
  if (!found) {
    problems.push(
      problem(
        'NS_THEME_UNKNOWN',
        ['themeId'],
        `Temaet «${ns.themeId}» finnes ikke i planen.`,
        `The theme "${ns.themeId}" is not in the plan.`,
      ),
    );
    return problems;
  }
  if (ns.sector && found.sector !== ns.sector) {
    problems.push(
      problem(
        'NS_THEME_NOT_IN_SECTOR',
        ['themeId'],
        `Temaet «${found.theme.title.nb}» hører til ${SECTOR_LABELS[found.sector].nb}, ikke ${SECTOR_LABELS[ns.sector].nb}.`,
        `The theme "${found.theme.title.en}" belongs to ${SECTOR_LABELS[found.sector].en}, not ${SECTOR_LABELS[ns.sector].en}.`,
      ),
    );
  }
  problems.push(
    ...unknownItems(ns, allowedThemeItems(rules, found.sector, found.theme.id), found.theme.title),
  );
  return problems;
}

function unknownItems(
  ns: NeedsStatement,
  allowed: readonly { id: string }[],
  theme: { nb: string; en: string } | undefined,
): NeedsStatementProblem[] {
  const itemIds = new Set(allowed.map((i) => i.id));
  const problems: NeedsStatementProblem[] = [];
  ns.themeItemIds.forEach((itemId, index) => {
    if (itemIds.has(itemId)) return;
    problems.push(
      theme
        ? problem(
            'NS_THEME_ITEM_UNKNOWN',
            ['themeItemIds', index],
            `Underpunktet «${itemId}» hører ikke til temaet «${theme.nb}».`,
            `The item "${itemId}" is not under the theme "${theme.en}".`,
          )
        : problem(
            'NS_THEME_ITEM_UNKNOWN',
            ['themeItemIds', index],
            `Underpunktet «${itemId}» hører til et tema; en behovsmelding utenfor temaene kan bare ha underpunkter som gjelder alle temaer.`,
            `The item "${itemId}" belongs to a theme; a statement outside the themes may only name items that apply to every theme.`,
          ),
    );
  });
  return problems;
}

function checkDurationAndBudget(
  ns: NeedsStatement,
  { plan, frame }: NeedsStatementContext,
): NeedsStatementProblem[] {
  const problems: NeedsStatementProblem[] = [];
  const ceiling = frame === undefined ? undefined : requestCeiling(plan.rules, frame);
  if (ceiling !== undefined) {
    ns.budget.forEach((year, index) => {
      if (year.total <= ceiling.amount) return;
      problems.push(
        problem(
          'NS_BUDGET_ABOVE_CEILING',
          ['budget', index, 'total'],
          `${year.year}: ${formatKroner(year.total)} er mer enn ${ceiling.nb} (${formatKroner(ceiling.amount)}); ingen behovsmelding kan få mer enn det for ett år.`,
          `${year.year}: ${formatKroner(year.total)} is more than ${ceiling.en} (${formatKroner(ceiling.amount)}); no statement can get more than that for one year.`,
        ),
      );
    });
  }
  const duration = ns.durationYears;
  if (duration !== undefined) {
    const range = durationOutOfRange(plan.rules, duration);
    if (range) problems.push(range);
    // An empty budget is a missing part (checkRequiredParts), not a mismatch of years.
    const years =
      ns.budget.length > 0
        ? budgetYearsMismatch(plan.rules, ns.roundYear, duration, ns.budget)
        : null;
    if (years) problems.push(years);
  }
  problems.push(...budgetLineProblems(ns.budget));
  const ownShare = plan.rules.ownShare;
  if (ownShare.kind === 'PERCENT_OF_GRANT' && ns.budget.length > 0) {
    const requested = ns.budget.reduce((sum, b) => sum + b.total, 0);
    const needed = Math.ceil((requested * Math.round(ownShare.percent * 100)) / 10_000);
    if ((ns.ownContribution.amount ?? 0) < needed) {
      problems.push(
        problem(
          'NS_OWN_SHARE_TOO_LOW',
          ['ownContribution', 'amount'],
          `Egenandelen må være minst ${ownShare.percent} % av tilskuddet (${needed} kr).`,
          `The own share must be at least ${ownShare.percent} % of the grant (${needed} NOK).`,
        ),
      );
    }
  }
  return problems;
}

function checkWorkLimit(
  ns: NeedsStatement,
  { plan }: NeedsStatementContext,
  history: FundingHistory,
): NeedsStatementProblem[] {
  if (!ns.continuation) return [];
  const problems: NeedsStatementProblem[] = [];
  const earlier = earlierYearsOfWork(history, ns.continuation.workId, ns.roundYear);
  const limit = workYearLimitExceeded(
    plan.rules,
    history,
    ns.continuation.workId,
    ns.roundYear,
    ns.durationYears ?? 0,
  );
  if (limit) problems.push(limit);
  if (ns.continuation.continuesEarlierWork !== earlier.length > 0) {
    problems.push(
      problem(
        'NS_CONTINUATION_MISMATCH',
        ['continuation', 'continuesEarlierWork'],
        earlier.length > 0
          ? 'Arbeidet har fått midler før, men er ikke meldt som videreføring.'
          : 'Arbeidet er meldt som videreføring, men har ikke fått midler før.',
        earlier.length > 0
          ? 'The work was funded before but is not marked as a continuation.'
          : 'The work is marked as a continuation but was not funded before.',
      ),
    );
  }
  return problems;
}

function checkCoordinator(
  ns: NeedsStatement,
  { plan }: NeedsStatementContext,
): NeedsStatementProblem[] {
  const problems: NeedsStatementProblem[] = [];
  const coordinatorAmount = ns.budget.reduce((sum, b) => sum + b.coordinator, 0);
  const request = ns.coordinator;
  if (!request?.requested) {
    if (coordinatorAmount > 0) {
      problems.push(
        problem(
          'NS_COORDINATOR_AMOUNT_WITHOUT_REQUEST',
          ['budget'],
          'Budsjettet har koordinatormidler, men det er ikke søkt om koordinator.',
          'The budget has coordinator funds, but no coordinator is requested.',
        ),
      );
    }
    return problems;
  }
  if (coordinatorAmount === 0) {
    problems.push(
      problem(
        'NS_COORDINATOR_AMOUNT_MISSING',
        ['budget'],
        'Det er søkt om koordinator, men budsjettet har ingen koordinatormidler.',
        'A coordinator is requested, but the budget has no coordinator funds.',
      ),
    );
  }
  const rule = plan.rules.coordinator;
  if (request.conditionIds.length === 0) {
    problems.push(
      problem(
        'NS_COORDINATOR_CONDITION_MISSING',
        ['coordinator', 'conditionIds'],
        'Oppgi hvilket vilkår for koordinator arbeidet oppfyller.',
        'State which coordinator condition the work meets.',
      ),
    );
    return problems;
  }
  request.conditionIds.forEach((conditionId, index) => {
    if (rule.conditions.some((c) => c.id === conditionId)) return;
    problems.push(
      problem(
        'NS_COORDINATOR_CONDITION_UNKNOWN',
        ['coordinator', 'conditionIds', index],
        `Vilkåret «${conditionId}» finnes ikke i planen.`,
        `The condition "${conditionId}" is not in the plan.`,
      ),
    );
  });
  // Whether the work is complex enough is the office's judgement (plan: "utgangspunktet er at eier
  // skal ha kapasitet til å koordinere"); the thresholds are an aid to it: see needsStatementNotices.
  return problems;
}

export type NeedsStatementNoticeCode = 'NS_COORDINATOR_BELOW_COMPLEXITY_AID';

/** Something the office should look at in a statement; never a reason to refuse it. */
export interface NeedsStatementNotice extends ValidationProblem<NeedsStatementNoticeCode> {
  /** The plan clause the notice is about. */
  clause: string;
  /** The assumption the notice rests on (see PlanRules.assumptions), when it rests on one. */
  assumption: AssumptionId | null;
}

/**
 * Notices for the office's assessment of a statement that passes validation: a coordinator asked
 * for under the high-complexity condition by a partnership below the plan data's complexity aid
 * (units taking part in this partnership, owners), with no other factors stated. The owner is
 * presumed able to coordinate; the office judges.
 */
export function needsStatementNotices(
  statement: unknown,
  { plan }: Pick<NeedsStatementContext, 'plan'>,
): NeedsStatementNotice[] {
  const parsed = needsStatementSchema.safeParse(statement);
  if (!parsed.success) return [];
  const ns = parsed.data;
  const request = ns.coordinator;
  if (!request?.requested) return [];
  const rule = plan.rules.coordinator;
  const claimed = request.conditionIds
    .map((id) => rule.conditions.find((c) => c.id === id))
    .filter((c) => c !== undefined);
  if (claimed.length === 0 || claimed.some((c) => c.kind !== 'HIGH_COMPLEXITY')) return [];
  if (!blank(request.otherComplexityFactors)) return [];
  const units = ns.partnership.owners.reduce((sum, o) => sum + o.units, 0);
  const owners = ns.partnership.owners.length;
  const meets = claimed.some(
    (c) =>
      (c.minUnits === undefined && c.minOwners === undefined) ||
      (c.minUnits !== undefined && units >= c.minUnits) ||
      (c.minOwners !== undefined && owners >= c.minOwners),
  );
  if (meets) return [];
  const aid = claimed.find((c) => c.minUnits !== undefined || c.minOwners !== undefined);
  const assumed = plan.rules.assumptions.some((a) => a.id === 'complexity-thresholds');
  const figures = [
    aid?.minUnits !== undefined ? `${aid.minUnits} barnehager/skoler` : undefined,
    aid?.minOwners !== undefined ? `${aid.minOwners} eiere` : undefined,
  ]
    .filter(Boolean)
    .join(' eller ');
  const figuresEn = [
    aid?.minUnits !== undefined ? `${aid.minUnits} kindergartens/schools` : undefined,
    aid?.minOwners !== undefined ? `${aid.minOwners} owners` : undefined,
  ]
    .filter(Boolean)
    .join(' or ');
  return [
    {
      ...problem(
        'NS_COORDINATOR_BELOW_COMPLEXITY_AID',
        ['coordinator', 'conditionIds'],
        `Partnerskapet ber om koordinator på grunn av høy kompleksitet, men har ${units} ${units === 1 ? 'barnehage/skole' : 'barnehager/skoler'} med i arbeidet og ${owners} ${owners === 1 ? 'eier' : 'eiere'}, under hjelpetallet på ${figures}${assumed ? ' (antakelse)' : ''}, og oppgir ingen andre forhold. Utgangspunktet er at eier har kapasitet til å koordinere; Statsforvalteren vurderer kompleksiteten.`,
        `The partnership asks for a coordinator for high complexity, but has ${units} ${units === 1 ? 'unit' : 'units'} taking part and ${owners} ${owners === 1 ? 'owner' : 'owners'}, below the aid of ${figuresEn}${assumed ? ' (assumption)' : ''}, and states no other factors. The owner is presumed able to coordinate; the office judges the complexity.`,
      ),
      clause: rule.clause,
      assumption: assumed ? 'complexity-thresholds' : null,
    },
  ];
}

function checkParticipants(
  ns: NeedsStatement,
  { plan }: NeedsStatementContext,
): NeedsStatementProblem[] {
  const rule = plan.rules.teamAroundChild;
  const problems: NeedsStatementProblem[] = [];
  const participants = ns.participants;
  const others = participants?.otherServices.length ?? 0;
  const withStaff =
    participants !== undefined && (participants.kindergartenStaff || participants.schoolStaff);
  if (
    rule.requiresKindergartenOrSchoolStaff &&
    (ns.sector === 'TEAM_AROUND_CHILD' || others > 0) &&
    !withStaff
  ) {
    problems.push(
      problem(
        'NS_TEAM_AROUND_CHILD_PARTICIPATION',
        ['participants'],
        'Ansatte i andre tjenester kan bare delta sammen med barnehage- eller skoleansatte.',
        'Staff of other services may take part only together with kindergarten or school staff.',
      ),
    );
  }
  if (ns.sector === 'TEAM_AROUND_CHILD' && others === 0) {
    problems.push(
      problem(
        'NS_TEAM_AROUND_CHILD_NO_OTHER_SERVICES',
        ['participants', 'otherServices'],
        'Laget rundt barnet forutsetter at flere tjenester (f.eks. PPT, helsestasjon, barnevern) deltar.',
        'The team around the child requires other services (e.g. PPT, health centre, child welfare) to take part.',
      ),
    );
  }
  return problems;
}

function checkParties(
  ns: NeedsStatement,
  { plan }: NeedsStatementContext,
): NeedsStatementProblem[] {
  const problems: NeedsStatementProblem[] = [];
  const orgnrProblem = (orgnr: string, path: (string | number)[], name: string) =>
    problem(
      'NS_ORGNR_INVALID',
      path,
      `Organisasjonsnummeret ${orgnr} (${name}) er ugyldig.`,
      `The organisation number ${orgnr} (${name}) is invalid.`,
    );
  ns.partnership.owners.forEach((owner, index) => {
    if (!isValidOrganisationNumber(owner.orgnr)) {
      problems.push(
        orgnrProblem(owner.orgnr, ['partnership', 'owners', index, 'orgnr'], owner.name),
      );
    }
  });
  const institution = ns.partnership.institution;
  if (!isValidOrganisationNumber(institution.orgnr)) {
    problems.push(
      orgnrProblem(institution.orgnr, ['partnership', 'institution', 'orgnr'], institution.name),
    );
  }
  const rule = plan.rules.partnership;
  if (!rule.institutionKinds.includes(institution.kind)) {
    problems.push(
      problem(
        'NS_INSTITUTION_KIND_NOT_ALLOWED',
        ['partnership', 'institution', 'kind'],
        'Planen tillater ikke denne typen kompetansemiljø i partnerskap.',
        'The plan does not allow this kind of institution in a partnership.',
      ),
    );
  }
  const lead = ns.partnership.leadOwnerOrgnr;
  if (lead !== undefined) {
    if (!rule.leadOwnerAllowed) {
      problems.push(
        problem(
          'NS_LEAD_OWNER_NOT_ALLOWED',
          ['partnership', 'leadOwnerOrgnr'],
          'Planen tillater ikke at én eier søker på vegne av andre.',
          'The plan does not allow one owner to apply on behalf of others.',
        ),
      );
    } else if (!ns.partnership.owners.some((o) => o.orgnr === lead)) {
      problems.push(
        problem(
          'NS_LEAD_OWNER_UNKNOWN',
          ['partnership', 'leadOwnerOrgnr'],
          'Hovedeieren er ikke blant partnerskapets eiere.',
          "The lead owner is not among the partnership's owners.",
        ),
      );
    }
  }
  return problems;
}

function checkGoalsAndMeasures(ns: NeedsStatement): NeedsStatementProblem[] {
  const problems: NeedsStatementProblem[] = [];
  const goals = [...ns.goals.longTerm, ...ns.goals.subGoals];
  const seen = new Set<string>();
  for (const id of [...goals.map((g) => g.id), ...ns.measures.map((m) => m.id)]) {
    if (seen.has(id)) {
      problems.push(
        problem(
          'NS_DUPLICATE_ID',
          ['goals'],
          `Id-en «${id}» er brukt mer enn én gang.`,
          `The id "${id}" is used more than once.`,
        ),
      );
    }
    seen.add(id);
  }
  const goalIds = new Set(goals.map((g) => g.id));
  ns.measures.forEach((measure, m) => {
    measure.goalIds.forEach((goalId, g) => {
      if (!goalIds.has(goalId)) {
        problems.push(
          problem(
            'NS_MEASURE_GOAL_UNKNOWN',
            ['measures', m, 'goalIds', g],
            `Tiltaket viser til et ukjent mål «${goalId}».`,
            `The measure refers to an unknown goal "${goalId}".`,
          ),
        );
      }
    });
  });
  return problems;
}
