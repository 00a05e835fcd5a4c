import { z } from 'zod';
import { localizedTextSchema } from '../common/localized-text.schema.js';
import { ROUND_STATUSES } from '../workflow/round-phases.js';
import { INSTITUTION_KINDS, SECTORS } from './sector.js';

const id = z.string().min(1);
/** Every rule names the plan clause (PlanClause.id) it comes from. */
const clause = id;
const percent = z.number().min(0);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD');
const sector = z.enum(SECTORS);

export const planClauseSchema = z.object({
  id,
  /** The heading of the plan section, as written in the plan. */
  section: z.string().min(1),
  /** The clause's own words (quote), so a decision text can cite it. */
  text: z.string().min(1),
  title: localizedTextSchema,
  /**
   * Where the words come from: the plan itself (default), or the round (the year's funds the
   * office has, which no plan sets). A decision cites either, and says which.
   */
  source: z.enum(['PLAN', 'ROUND']).optional(),
});

export interface ThemeItem {
  id: string;
  title: { nb: string; en: string };
  items?: ThemeItem[] | undefined;
}
export const themeItemSchema: z.ZodType<ThemeItem> = z.lazy(() =>
  z.object({
    id,
    title: localizedTextSchema,
    items: z.array(themeItemSchema).optional(),
  }),
);

export const themeSchema = z.object({
  id,
  /** 1 is the highest priority. Items are unranked. */
  rank: z.number().int().min(1),
  title: localizedTextSchema,
  items: z.array(themeItemSchema),
});

export const sectorThemesSchema = z.object({
  sector,
  clause,
  themes: z.array(themeSchema),
  /**
   * Items allowed within every theme of the sector (Troms: "measures that secure progress:
   * guidance, development or process leadership"), and in a statement outside the themes.
   */
  everyTheme: z.object({ items: z.array(themeItemSchema), clause }).optional(),
});

export const sectorSplitSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('FIXED_SHARES'),
    shares: z.array(z.object({ sector, targetPercent: percent })),
    tolerancePercentagePoints: percent,
    clause,
  }),
  z.object({
    kind: z.literal('PRO_RATA'),
    /** What the split is proportional to; the round supplies the figures (e.g. staff-years). */
    basis: z.object({ id, label: localizedTextSchema }),
    sectors: z.array(sector).min(1),
    tolerancePercentagePoints: percent,
    clause,
  }),
  z.object({ kind: z.literal('NONE'), clause }),
]);

export const durationRuleSchema = z.object({
  /** Longest duration of one needs statement, in years. */
  maxYears: z.number().int().min(1).max(10),
  /** Most years one development work of a partnership may be funded in all. */
  maxYearsPerWork: z.number().int().min(1).max(20),
  clause,
  workLimitClause: clause,
});

export const lockCapsSchema = z.object({
  /** Max share of a year's funds bound to projects of each duration. Empty: no lock caps. */
  caps: z.array(z.object({ durationYears: z.number().int().min(2), maxPercent: percent })),
  /** Informational ("tilnærmet 50 % for ett år av gangen"); not enforced. */
  oneYearTargetPercent: percent.optional(),
  /** Later years are promised subject to appropriation; caps are checked against this frame. */
  futureFrame: z.literal('SAME_AS_CURRENT'),
  clause,
  appropriationClause: clause,
});

/** The round's frame: nothing is granted past it, and no year of a request may exceed it. */
export const frameRuleSchema = z.object({
  /**
   * The most one year of one needs statement may ask for: the round's whole frame, or a percentage
   * of it. A request above it is refused (NS_BUDGET_ABOVE_CEILING), as no grant could meet it.
   */
  requestCeiling: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('ROUND_FRAME') }),
    z.object({ kind: z.literal('PERCENT_OF_FRAME'), percent: percent.max(100) }),
  ]),
  clause,
});

export const newcomerRuleSchema = z.object({
  /** An owner is a newcomer if it never took part, or has been away at least this many years. */
  yearsAwayCountsAsLongWhile: z.number().int().min(1),
  clause,
});

export const INDICATOR_KINDS = ['STATISTIC', 'OFFICE_KNOWLEDGE', 'NEWCOMER', 'DISTANCE'] as const;
export const indicatorSchema = z.object({
  id,
  label: localizedTextSchema,
  /** STATISTIC and DISTANCE come as raw figures; OFFICE_KNOWLEDGE is a 0–1 score with a reason;
   * NEWCOMER is derived from owner history. */
  kind: z.enum(INDICATOR_KINDS),
  /** The sectors the indicator speaks of (ITO of schools, dispensations of kindergartens); absent:
   * every sector. It weighs only for statements of these sectors. */
  sectors: z.array(sector).min(1).optional(),
  defaultWeight: z.number().min(0),
  clause,
});

export const coordinatorRuleSchema = z.object({
  maxSharePercent: percent,
  /** True where the plan names no figure and the value is this project's assumption. */
  maxShareIsAssumption: z.boolean(),
  conditions: z.array(
    z.object({
      id,
      kind: z.enum(['HIGH_COMPLEXITY', 'VULNERABLE_AREA', 'OTHER']),
      label: localizedTextSchema,
      /** HIGH_COMPLEXITY is met by at least this many units (kindergartens/schools)… */
      minUnits: z.number().int().min(1).optional(),
      /** …or at least this many owners, or other stated factors. */
      minOwners: z.number().int().min(1).optional(),
    }),
  ),
  clause,
});

export const institutionSplitSchema = z.object({
  kind: z.literal('BY_PARTNERSHIP_BUDGET'),
  /** Warn when the institutions' share of a year's grants falls below the previous year's. */
  warnWhenShareFalls: z.boolean(),
  /** Optional floor for a warning; the Troms plan sets none. */
  minInstitutionSharePercent: percent.optional(),
  flagInstitutionInSeveralPartnerships: z.boolean(),
  clause,
  /** When a grant is reduced, the partnership decides the split between its parties. */
  reducedGrantClause: clause,
});

export const ownShareRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('DESCRIBED'), clause }),
  z.object({ kind: z.literal('PERCENT_OF_GRANT'), percent, clause }),
]);

export const partnershipRuleSchema = z.object({
  institutionKinds: z.array(z.enum(INSTITUTION_KINDS)).min(1),
  /** One owner may submit on behalf of a network of owners (Oslo og Viken). */
  leadOwnerAllowed: z.boolean(),
  clause,
});

export const regionalNetworksSchema = z.discriminatedUnion('enabled', [
  z.object({ enabled: z.literal(false) }),
  z.object({
    enabled: z.literal(true),
    networks: z.array(z.object({ id, name: z.string(), municipalityNumbers: z.array(z.string()) })),
    clause,
  }),
]);

export const teamAroundChildRuleSchema = z.object({
  otherServices: z.array(localizedTextSchema),
  /** Staff of other services take part only together with kindergarten/school staff. */
  requiresKindergartenOrSchoolStaff: z.boolean(),
  clause,
});

export const NEEDS_STATEMENT_PARTS = [
  'SECTOR',
  'THEME',
  'THEME_ITEMS',
  'LOCAL_NEEDS',
  'LONG_TERM_GOALS',
  'SUB_GOALS',
  'MEASURES',
  'DURATION',
  'BUDGET',
  'OWN_CONTRIBUTION',
  'SAMI_PERSPECTIVES',
  'COLLECTIVE_LEARNING',
  'TEACHER_EDUCATION_FEEDBACK',
  'COORDINATOR',
  'CONTINUATION',
] as const;
export type NeedsStatementPart = (typeof NEEDS_STATEMENT_PARTS)[number];

export const needsStatementRuleSchema = z.object({
  requiredParts: z.array(z.enum(NEEDS_STATEMENT_PARTS)),
  clause,
  ownContributionClause: clause,
  samiPerspectivesClause: clause,
  /** Where the plan says the local needs decide the measures (themes are priorities, not a gate). */
  localNeedsClause: clause.optional(),
});

export const REPORT_PARTS = [
  'MEASURES_CARRIED_OUT',
  'USE_OF_FUNDS',
  'GOAL_ACHIEVEMENT',
  'COORDINATOR_USE',
  'ACCOUNTS',
] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

export const reportingRuleSchema = z.object({
  requiredParts: z.array(z.enum(REPORT_PARTS)),
  accountsPerParty: z.boolean(),
  clause,
});

const monthDay = z.object({
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  /** Relative to the round's year: the September meeting before a 2026 round is in 2025 (-1). */
  yearOffset: z.number().int().min(-2).max(2),
});
export const calendarSchema = z.object({
  milestones: z.array(
    z.object({
      id,
      label: localizedTextSchema,
      start: monthDay,
      end: monthDay.optional(),
      /**
       * The round's phase that completes this step whatever the date says (the submission
       * deadline is behind a CLOSED round even when the round closed early). Absent: the dates
       * alone say when it is done.
       */
      doneFrom: z.enum(ROUND_STATUSES).optional(),
    }),
  ),
  clause,
});

export const forumSchema = z.object({
  totalSeats: z.number().int().min(1),
  seats: z.array(
    z.object({
      role: id,
      label: localizedTextSchema,
      count: z.number().int().min(1),
      members: z.array(z.object({ label: z.string(), count: z.number().int().min(1) })).optional(),
    }),
  ),
  clause,
});

export const equalTreatmentSchema = z.object({
  reportFundingRatesByOwnership: z.boolean(),
  clause,
});

/**
 * Figures and rules the plan does not give, which this project assumes (rule "Assumptions are
 * data"): every place that shows one says "antakelse" beside it, and breaking one is a warning,
 * never a breach of the plan. The value itself stays in its rule; this names it as assumed.
 */
export const ASSUMPTION_IDS = [
  /** The band around each sector's share ("tilnærmet"): sectorSplit.tolerancePercentagePoints. */
  'sector-tolerance',
  /** "ikke deltatt på en lang stund": newcomers.yearsAwayCountsAsLongWhile. */
  'newcomer-years',
  /** "en begrenset del av midlene" to coordinators: coordinator.maxSharePercent. */
  'coordinator-cap',
  /** The coordinator conditions' minUnits/minOwners: an aid to the office's judgement. */
  'complexity-thresholds',
  /** When annual reports are due, where the plan's calendar names no date. */
  'report-deadline',
  /** The indicators' default weights (the plan says "seen together", with no weights). */
  'indicator-weights',
  /** A partnership's statistic is the mean over its owners' municipalities. */
  'municipal-averaging',
  /** Later years are checked against a frame equal to this year's (lockCaps.futureFrame). */
  'future-frame',
  /** Multi-year grants may run into years after the plan's period (e.g. 2030). */
  'grants-past-plan-period',
  /**
   * A statement the office has not assessed for Sámi perspectives (or whose assessment was taken
   * back) counts in the priority as one that does not address them (NONE).
   */
  'sami-not-assessed',
] as const;
export type AssumptionId = (typeof ASSUMPTION_IDS)[number];

export const assumptionSchema = z.object({
  id: z.enum(ASSUMPTION_IDS),
  /** What is assumed, in a whole sentence, e.g. "±5 prosentpoeng rundt hver sektorandel." */
  text: localizedTextSchema,
  /** The clause the assumption fills in. */
  clause,
});

export const planRulesSchema = z.object({
  sectors: z.array(sector).min(1),
  sectorSplit: sectorSplitSchema,
  /** Absent: the frame is cited by no clause, and a year may ask for at most the whole frame. */
  frame: frameRuleSchema.optional(),
  durations: durationRuleSchema,
  lockCaps: lockCapsSchema,
  newcomers: newcomerRuleSchema,
  themes: z.array(sectorThemesSchema),
  indicators: z.array(indicatorSchema),
  coordinator: coordinatorRuleSchema,
  institutionSplit: institutionSplitSchema,
  ownShare: ownShareRuleSchema,
  partnership: partnershipRuleSchema,
  regionalNetworks: regionalNetworksSchema,
  teamAroundChild: teamAroundChildRuleSchema,
  needsStatement: needsStatementRuleSchema,
  reporting: reportingRuleSchema,
  calendar: calendarSchema,
  forum: forumSchema,
  equalTreatment: equalTreatmentSchema,
  /** The figures and rules this project assumes where the plan is silent (see ASSUMPTION_IDS). */
  assumptions: z.array(assumptionSchema).default([]),
});

export const planVersionSchema = z.object({
  id,
  validFrom: isoDate,
  /** Inclusive; absent means until the next version or the period's end. */
  validTo: isoDate.optional(),
  /** What changed from the previous version, in the forum's words. */
  changeNote: z.string().optional(),
  rules: planRulesSchema,
});

export const countyPlanSchema = z.object({
  schemaVersion: z.literal(1),
  id,
  county: z.object({ code: z.string().min(1), name: z.string().min(1) }),
  title: localizedTextSchema,
  period: z.object({ fromYear: z.number().int(), toYear: z.number().int() }),
  /** Whether this plan is an invented example rather than a county's adopted plan. */
  example: z.boolean().optional(),
  clauses: z.array(planClauseSchema).min(1),
  versions: z.array(planVersionSchema).min(1),
});

export type PlanClause = z.infer<typeof planClauseSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type SectorThemes = z.infer<typeof sectorThemesSchema>;
export type SectorSplitRule = z.infer<typeof sectorSplitSchema>;
export type DurationRule = z.infer<typeof durationRuleSchema>;
export type LockCapsRule = z.infer<typeof lockCapsSchema>;
export type FrameRule = z.infer<typeof frameRuleSchema>;
export type NewcomerRule = z.infer<typeof newcomerRuleSchema>;
export type IndicatorDefinition = z.infer<typeof indicatorSchema>;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export type CoordinatorRule = z.infer<typeof coordinatorRuleSchema>;
export type InstitutionSplitRule = z.infer<typeof institutionSplitSchema>;
export type OwnShareRule = z.infer<typeof ownShareRuleSchema>;
export type PartnershipRule = z.infer<typeof partnershipRuleSchema>;
export type RegionalNetworksRule = z.infer<typeof regionalNetworksSchema>;
export type TeamAroundChildRule = z.infer<typeof teamAroundChildRuleSchema>;
export type NeedsStatementRule = z.infer<typeof needsStatementRuleSchema>;
export type ReportingRule = z.infer<typeof reportingRuleSchema>;
export type CalendarRule = z.infer<typeof calendarSchema>;
export type ForumComposition = z.infer<typeof forumSchema>;
export type Assumption = z.infer<typeof assumptionSchema>;
export type PlanRules = z.infer<typeof planRulesSchema>;
export type PlanVersion = z.infer<typeof planVersionSchema>;
export type CountyPlan = z.infer<typeof countyPlanSchema>;
