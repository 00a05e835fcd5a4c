import { z } from 'zod';
import { INSTITUTION_KINDS, OWNERSHIPS, SECTORS } from '../plan/sector.js';

const kroner = z.number().int().min(0);
const text = z.string().default('');

export const ownerSchema = z.object({
  orgnr: z.string(),
  name: z.string(),
  ownership: z.enum(OWNERSHIPS),
  /** Kommunenummer where the owner is (or lies in) a municipality. */
  municipalityNumber: z.string().optional(),
  /** Units (kindergartens/schools) of this owner taking part: their count gives complexity. */
  units: z.number().int().min(0).default(0),
});

export const institutionSchema = z.object({
  orgnr: z.string(),
  name: z.string(),
  kind: z.enum(INSTITUTION_KINDS),
});

export const partnershipSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  owners: z.array(ownerSchema).min(1),
  institution: institutionSchema,
  /** Set where one owner submits on behalf of a network (only if the plan allows it). */
  leadOwnerOrgnr: z.string().optional(),
});

export const goalSchema = z.object({ id: z.string().min(1), text });

export const MEASURE_KINDS = ['ANALYSE', 'PLAN', 'CARRY_OUT'] as const;
export const measureSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(MEASURE_KINDS),
  description: text,
  goalIds: z.array(z.string()).default([]),
});

/** One year of the requested grant, in whole kroner: owner + institution = total. */
export const budgetYearSchema = z.object({
  year: z.number().int(),
  owner: kroner,
  institution: kroner,
  total: kroner,
  /** The part of the total asked for a coordinator (0 when none). */
  coordinator: kroner.default(0),
});

export const needsStatementSchema = z.object({
  id: z.string().min(1),
  roundYear: z.number().int(),
  partnership: partnershipSchema,
  sector: z.enum(SECTORS).optional(),
  themeId: z.string().optional(),
  themeItemIds: z.array(z.string()).default([]),
  localNeeds: text,
  goals: z
    .object({
      longTerm: z.array(goalSchema).default([]),
      subGoals: z.array(goalSchema).default([]),
    })
    .default({ longTerm: [], subGoals: [] }),
  measures: z.array(measureSchema).default([]),
  durationYears: z.number().int().optional(),
  budget: z.array(budgetYearSchema).default([]),
  ownContribution: z
    .object({ description: text, amount: kroner.optional() })
    .default({ description: '' }),
  samiPerspectives: text,
  collectiveLearning: text,
  teacherEducationFeedback: text,
  coordinator: z
    .object({
      requested: z.boolean(),
      justification: text,
      /** Ids of the plan's coordinator conditions the partnership claims to meet. */
      conditionIds: z.array(z.string()).default([]),
      /** "Other factors that increase complexity", in the partnership's words. */
      otherComplexityFactors: text,
    })
    .optional(),
  continuation: z
    .object({
      /** Stable id of the development work across rounds; earlier years of it count. */
      workId: z.string().min(1),
      continuesEarlierWork: z.boolean(),
    })
    .optional(),
  participants: z
    .object({
      kindergartenStaff: z.boolean(),
      schoolStaff: z.boolean(),
      /** Other services taking part (PPT, health centre, child welfare, BUP, …). */
      otherServices: z.array(z.string()).default([]),
    })
    .optional(),
});

export type Owner = z.infer<typeof ownerSchema>;
export type Institution = z.infer<typeof institutionSchema>;
export type Partnership = z.infer<typeof partnershipSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export type Measure = z.infer<typeof measureSchema>;
export type BudgetYear = z.infer<typeof budgetYearSchema>;
/** A needs statement after parsing (defaults filled in). */
export type NeedsStatement = z.infer<typeof needsStatementSchema>;
/** A needs statement as the API may send it (optional parts may be left out). */
export type NeedsStatementInput = z.input<typeof needsStatementSchema>;

/** What earlier rounds tell about works and owners. Years are grant years. */
export interface FundingHistory {
  works: { workId: string; partnershipId: string; fundedYears: number[] }[];
  owners: { orgnr: string; participationYears: number[] }[];
}

export const fundingHistorySchema = z.object({
  works: z.array(
    z.object({
      workId: z.string(),
      partnershipId: z.string(),
      fundedYears: z.array(z.number().int()),
    }),
  ),
  owners: z.array(z.object({ orgnr: z.string(), participationYears: z.array(z.number().int()) })),
});

export const EMPTY_HISTORY: FundingHistory = { works: [], owners: [] };
