import type {
  NeedsStatementInput,
  Partnership as DomainPartnership,
} from '@kompetansemidler/domain';

// Plain shapes of a stored needs statement and its budget lines, free of the ORM, so the solver
// thread and batch loaders can map them to the domain's shapes without entities.

export interface StoredGoal {
  id: string;
  text: string;
}

export interface StoredMeasure {
  id: string;
  kind: 'ANALYSE' | 'PLAN' | 'CARRY_OUT';
  description: string;
  goalIds: string[];
}

/** The columns of a needs statement the domain reads (the entity has the same shape). */
export interface StatementRow {
  id: string;
  workId: string;
  sector: 'KINDERGARTEN' | 'SCHOOL' | 'TEAM_AROUND_CHILD' | null;
  themeId: string | null;
  themeItemIds: string[];
  localNeeds: string;
  longTermGoals: StoredGoal[];
  subGoals: StoredGoal[];
  measures: StoredMeasure[];
  durationYears: number | null;
  ownContribution: string;
  ownContributionAmount: number | null;
  samiPerspectives: string;
  collectiveLearning: string;
  teacherEducationFeedback: string;
  coordinator: {
    requested: boolean;
    justification: string;
    conditionIds: string[];
    otherComplexityFactors: string;
  } | null;
  continuation: { continuesEarlierWork: boolean } | null;
  participants: {
    kindergartenStaff: boolean;
    schoolStaff: boolean;
    otherServices: string[];
  } | null;
}

/** One year's requested amount for one party (the coordinator's part is on the owners' line). */
export interface BudgetLineRow {
  year: number;
  party: 'OWNER' | 'INSTITUTION';
  amount: number;
  coordinator: number;
}

/** A year of the requested grant, whole kroner (the GraphQL BudgetYear's shape). */
export interface BudgetYearAmounts {
  year: number;
  owner: number;
  institution: number;
  total: number;
  coordinator: number;
}

/** Budget lines (one per year and party) as the domain's budget years, by year. */
export function budgetYears(lines: readonly BudgetLineRow[]): BudgetYearAmounts[] {
  const years = new Map<number, BudgetYearAmounts>();
  for (const line of lines) {
    const year = years.get(line.year) ?? {
      year: line.year,
      owner: 0,
      institution: 0,
      total: 0,
      coordinator: 0,
    };
    if (line.party === 'OWNER') year.owner += line.amount;
    else year.institution += line.amount;
    year.total += line.amount;
    year.coordinator += line.coordinator;
    years.set(line.year, year);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** The statement in the domain's shape, for validation and for the allocation engine. */
export function toDomainStatement(
  ns: StatementRow,
  roundYear: number,
  partnership: DomainPartnership,
  budget: readonly BudgetYearAmounts[],
): NeedsStatementInput {
  return {
    id: ns.id,
    roundYear,
    partnership,
    ...(ns.sector ? { sector: ns.sector } : {}),
    ...(ns.themeId ? { themeId: ns.themeId } : {}),
    themeItemIds: ns.themeItemIds,
    localNeeds: ns.localNeeds,
    goals: { longTerm: ns.longTermGoals, subGoals: ns.subGoals },
    measures: ns.measures,
    ...(ns.durationYears != null ? { durationYears: ns.durationYears } : {}),
    budget: budget.map((b) => ({ ...b })),
    ownContribution: {
      description: ns.ownContribution,
      ...(ns.ownContributionAmount != null ? { amount: ns.ownContributionAmount } : {}),
    },
    samiPerspectives: ns.samiPerspectives,
    collectiveLearning: ns.collectiveLearning,
    teacherEducationFeedback: ns.teacherEducationFeedback,
    ...(ns.coordinator ? { coordinator: ns.coordinator } : {}),
    ...(ns.continuation
      ? {
          continuation: {
            workId: ns.workId,
            continuesEarlierWork: ns.continuation.continuesEarlierWork,
          },
        }
      : {}),
    ...(ns.participants ? { participants: ns.participants } : {}),
  };
}

/** A stored statement with its partnership id and budget lines. */
export interface StatementWithBudget extends StatementRow {
  partnershipId: string;
  budget: BudgetLineRow[];
  /** The office's assessment of its Sámi perspectives, when one is recorded (for the engine). */
  samiAssessment?: { level: string; reason: string } | null;
}
