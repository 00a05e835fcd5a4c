import type { BudgetYear } from './dto/needs-statement.types.js';
import type { NeedsStatementFields } from './dto/needs-statement.inputs.js';
import { type BudgetLine, BudgetParty } from './budget-line.entity.js';
import type { NeedsStatement } from './needs-statement.entity.js';

export { budgetYears, toDomainStatement } from './statement-row.js';

/** Copies the input's fields onto the entity (all of them: the input is the whole statement). */
export function applyFields(ns: NeedsStatement, input: NeedsStatementFields): void {
  ns.title = input.title;
  if (input.workId) ns.workId = input.workId;
  ns.sector = input.sector ?? null;
  ns.themeId = input.themeId ?? null;
  ns.themeItemIds = input.themeItemIds ?? [];
  ns.localNeeds = input.localNeeds ?? '';
  ns.longTermGoals = (input.goals?.longTerm ?? []).map((g) => ({ id: g.id, text: g.text }));
  ns.subGoals = (input.goals?.subGoals ?? []).map((g) => ({ id: g.id, text: g.text }));
  ns.measures = (input.measures ?? []).map((m) => ({
    id: m.id,
    kind: m.kind,
    description: m.description,
    goalIds: m.goalIds ?? [],
  }));
  ns.durationYears = input.durationYears ?? null;
  ns.ownContribution = input.ownContribution?.description ?? '';
  ns.ownContributionAmount = input.ownContribution?.amount ?? null;
  ns.samiPerspectives = input.samiPerspectives ?? '';
  ns.collectiveLearning = input.collectiveLearning ?? '';
  ns.teacherEducationFeedback = input.teacherEducationFeedback ?? '';
  ns.coordinator = input.coordinator
    ? {
        requested: input.coordinator.requested,
        justification: input.coordinator.justification ?? '',
        conditionIds: input.coordinator.conditionIds ?? [],
        otherComplexityFactors: input.coordinator.otherComplexityFactors ?? '',
      }
    : null;
  ns.continuation = input.continuation
    ? { continuesEarlierWork: input.continuation.continuesEarlierWork }
    : null;
  ns.participants = input.participants
    ? {
        kindergartenStaff: input.participants.kindergartenStaff,
        schoolStaff: input.participants.schoolStaff,
        otherServices: input.participants.otherServices ?? [],
      }
    : null;
  ns.contactName = input.contactName ?? null;
  ns.contactEmail = input.contactEmail ?? null;
}

/**
 * The input's budget as the domain's budget years: `total` defaults to owner + institution; when
 * the client sends it, the domain checks that it adds up.
 */
export function inputBudget(input: NeedsStatementFields): BudgetYear[] {
  return (input.budget ?? []).map((b) => ({
    year: b.year,
    owner: b.owner,
    institution: b.institution,
    total: b.total ?? b.owner + b.institution,
    coordinator: b.coordinator ?? 0,
  }));
}

/** Budget years as lines per party; a coordinator's part is booked on the owners' line. */
export function budgetLinesFor(
  budget: readonly BudgetYear[],
): Array<Omit<BudgetLine, 'id' | 'needsStatement'>> {
  return budget.flatMap((b) => [
    { year: b.year, party: BudgetParty.OWNER, amount: b.owner, coordinator: b.coordinator },
    { year: b.year, party: BudgetParty.INSTITUTION, amount: b.institution, coordinator: 0 },
  ]);
}
