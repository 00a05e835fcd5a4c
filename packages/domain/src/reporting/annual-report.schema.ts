import { z } from 'zod';

const kroner = z.number().int().min(0);
const text = z.string().default('');

export const GOAL_ACHIEVEMENTS = [
  'ACHIEVED',
  'PARTLY_ACHIEVED',
  'NOT_ACHIEVED',
  'TOO_EARLY',
] as const;

const partyAccountsSchema = z.object({
  /** Grant funds the party received for the year. */
  received: kroner,
  /** What the party spent of them. */
  spent: kroner,
});

/**
 * A partnership's yearly report and simple (unaudited) accounts for one grant year. Shaped so the
 * fields can follow Udir's national template once published; holds no personal data.
 */
export const annualReportSchema = z.object({
  id: z.string().min(1),
  needsStatementId: z.string().min(1),
  year: z.number().int(),
  measures: z
    .array(z.object({ measureId: z.string(), carriedOut: z.boolean(), description: text }))
    .default([]),
  goals: z
    .array(
      z.object({ goalId: z.string(), achievement: z.enum(GOAL_ACHIEVEMENTS), assessment: text }),
    )
    .default([]),
  useOfFunds: text,
  coordinatorUse: text,
  accounts: z
    .object({
      owner: partyAccountsSchema.optional(),
      institution: partyAccountsSchema.optional(),
      coordinatorSpent: kroner.default(0),
    })
    .default({ coordinatorSpent: 0 }),
});

export type AnnualReport = z.infer<typeof annualReportSchema>;
export type AnnualReportInput = z.input<typeof annualReportSchema>;
export type GoalAchievement = (typeof GOAL_ACHIEVEMENTS)[number];

/** The decided grant for the report's year, split per party (after any reduction). */
export interface GrantYear {
  year: number;
  owner: number;
  institution: number;
  coordinator: number;
}
