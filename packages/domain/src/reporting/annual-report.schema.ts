import { z } from 'zod';
import type { LocalizedText } from '../common/localized-text.js';

const kroner = z.number().int().min(0);
const text = z.string().default('');

export const GOAL_ACHIEVEMENTS = [
  'ACHIEVED',
  'PARTLY_ACHIEVED',
  'NOT_ACHIEVED',
  'TOO_EARLY',
] as const;

/**
 * The cost lines of the simple accounts. COORDINATOR is the part of a party's spending that went to
 * a funded coordinator: it counts in the party's `spent`, not on top of it.
 */
export const COST_LINES = [
  'RELEASED_TIME',
  'COURSES_AND_TEACHING',
  'TRAVEL',
  'MATERIALS',
  'COORDINATOR',
  'OTHER',
] as const;
export type CostLine = (typeof COST_LINES)[number];

export const COST_LINE_LABELS: Readonly<Record<CostLine, LocalizedText>> = {
  RELEASED_TIME: { nb: 'Frikjøp og vikarutgifter', en: 'Released time and substitutes' },
  COURSES_AND_TEACHING: {
    nb: 'Kurs, undervisning og veiledning',
    en: 'Courses, teaching and supervision',
  },
  TRAVEL: { nb: 'Reise og opphold', en: 'Travel and accommodation' },
  MATERIALS: { nb: 'Materiell og lisenser', en: 'Materials and licences' },
  COORDINATOR: { nb: 'Koordinator', en: 'Coordinator' },
  OTHER: { nb: 'Andre kostnader', en: 'Other costs' },
};

/** The parties of a partnership that keep accounts. */
export const REPORT_PARTIES = ['owner', 'institution'] as const;
export type ReportParty = (typeof REPORT_PARTIES)[number];

export const accountsLineSchema = z.object({ costLine: z.enum(COST_LINES), amount: kroner });
export type AccountsLine = z.infer<typeof accountsLineSchema>;

const partyAccountsSchema = z.object({
  /** Grant funds the party received for the year. */
  received: kroner,
  /** What the party spent of them. */
  spent: kroner,
  /**
   * The spending by cost line, each line at most once; when given, the lines add up to `spent`.
   * Absent means the accounts are not itemised (a plan that asks only for totals).
   */
  lines: z.array(accountsLineSchema).optional(),
});
export type PartyAccounts = z.infer<typeof partyAccountsSchema>;

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
      /** Spent on a coordinator by both parties: with itemised accounts, their COORDINATOR lines. */
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
