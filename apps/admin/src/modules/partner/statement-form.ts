import {
  validateNeedsStatement,
  type FundingHistory,
  type NeedsStatementInput,
  type ResolvedPlan,
} from '@kompetansemidler/domain';
import type {
  MeasureKind,
  NeedsStatementDetailFieldsFragment,
  Sector,
  SubmitNeedsStatementInput,
} from '../../gql/graphql.js';

/** The needs-statement form's state: the statement as the partnership writes it. */
export interface StatementForm {
  title: string;
  workId: string | null;
  sector: Sector | '';
  themeId: string;
  themeItemIds: string[];
  localNeeds: string;
  longTermGoals: { id: string; text: string }[];
  subGoals: { id: string; text: string }[];
  measures: { id: string; kind: MeasureKind; description: string; goalIds: string[] }[];
  durationYears: number | null;
  budget: {
    year: number;
    owner: number | null;
    institution: number | null;
    coordinator: number | null;
  }[];
  ownContribution: string;
  ownContributionAmount: number | null;
  samiPerspectives: string;
  collectiveLearning: string;
  teacherEducationFeedback: string;
  /** null: not answered yet (the plan requires an answer, yes or no). */
  coordinatorRequested: boolean | null;
  coordinatorJustification: string;
  coordinatorConditionIds: string[];
  otherComplexityFactors: string;
  /** null: not answered yet. */
  continuesEarlierWork: boolean | null;
  kindergartenStaff: boolean;
  schoolStaff: boolean;
  otherServices: string[];
  contactName: string;
  contactEmail: string;
}

/** What the API gives the form to check against (needsStatementFormContext). */
export interface StatementFormContext {
  roundYear: number;
  plan: ResolvedPlan;
  partnership: NeedsStatementInput['partnership'];
  history: FundingHistory;
}

let counter = 0;
/** A new id for a goal or a measure (unique within the statement). */
export function newPartId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export function emptyForm(): StatementForm {
  return {
    title: '',
    workId: null,
    sector: '',
    themeId: '',
    themeItemIds: [],
    localNeeds: '',
    longTermGoals: [{ id: newPartId('goal'), text: '' }],
    subGoals: [{ id: newPartId('subgoal'), text: '' }],
    measures: [{ id: newPartId('measure'), kind: 'CARRY_OUT', description: '', goalIds: [] }],
    durationYears: null,
    budget: [],
    ownContribution: '',
    ownContributionAmount: null,
    samiPerspectives: '',
    collectiveLearning: '',
    teacherEducationFeedback: '',
    coordinatorRequested: null,
    coordinatorJustification: '',
    coordinatorConditionIds: [],
    otherComplexityFactors: '',
    continuesEarlierWork: null,
    kindergartenStaff: false,
    schoolStaff: false,
    otherServices: [],
    contactName: '',
    contactEmail: '',
  };
}

/** A stored statement back in the form, to change it. */
export function formFromStatement(ns: NeedsStatementDetailFieldsFragment): StatementForm {
  return {
    title: ns.title,
    workId: ns.workId,
    sector: ns.sector ?? '',
    themeId: ns.themeId ?? '',
    themeItemIds: [...ns.themeItemIds],
    localNeeds: ns.localNeeds,
    longTermGoals: ns.goals.longTerm.map((g) => ({ id: g.id, text: g.text })),
    subGoals: ns.goals.subGoals.map((g) => ({ id: g.id, text: g.text })),
    measures: ns.measures.map((m) => ({
      id: m.id,
      kind: m.kind,
      description: m.description,
      goalIds: [...m.goalIds],
    })),
    durationYears: ns.durationYears ?? null,
    budget: ns.budget.map((b) => ({
      year: b.year,
      owner: b.owner,
      institution: b.institution,
      coordinator: b.coordinator || null,
    })),
    ownContribution: ns.ownContribution.description,
    ownContributionAmount: ns.ownContribution.amount ?? null,
    samiPerspectives: ns.samiPerspectives,
    collectiveLearning: ns.collectiveLearning,
    teacherEducationFeedback: ns.teacherEducationFeedback,
    coordinatorRequested: ns.coordinator ? ns.coordinator.requested : null,
    coordinatorJustification: ns.coordinator?.justification ?? '',
    coordinatorConditionIds: [...(ns.coordinator?.conditionIds ?? [])],
    otherComplexityFactors: ns.coordinator?.otherComplexityFactors ?? '',
    continuesEarlierWork: ns.continuation ? ns.continuation.continuesEarlierWork : null,
    kindergartenStaff: ns.participants?.kindergartenStaff ?? false,
    schoolStaff: ns.participants?.schoolStaff ?? false,
    otherServices: [...(ns.participants?.otherServices ?? [])],
    contactName: ns.contact?.name ?? '',
    contactEmail: ns.contact?.email ?? '',
  };
}

/** One budget row per year of the duration, from the round's year; amounts already typed stay. */
export function budgetForDuration(
  budget: StatementForm['budget'],
  roundYear: number,
  durationYears: number | null,
): StatementForm['budget'] {
  if (durationYears === null || durationYears < 1 || durationYears > 10) return budget;
  return Array.from({ length: durationYears }, (_, i) => {
    const year = roundYear + i;
    return (
      budget.find((b) => b.year === year) ?? {
        year,
        owner: null,
        institution: null,
        coordinator: null,
      }
    );
  });
}

const trimmedOr = (text: string) => text.trim();

/** The form as the API's input (the whole statement: submit and update send the same). */
export function toStatementInput(
  form: StatementForm,
): Omit<SubmitNeedsStatementInput, 'roundId' | 'partnershipId' | 'override'> {
  return {
    title: form.title.trim(),
    ...(form.workId ? { workId: form.workId } : {}),
    sector: form.sector || null,
    themeId: form.themeId || null,
    themeItemIds: form.themeItemIds,
    localNeeds: form.localNeeds,
    goals: {
      longTerm: form.longTermGoals.map((g) => ({ id: g.id, text: g.text })),
      subGoals: form.subGoals.map((g) => ({ id: g.id, text: g.text })),
    },
    measures: form.measures.map((m) => ({
      id: m.id,
      kind: m.kind,
      description: m.description,
      goalIds: m.goalIds,
    })),
    durationYears: form.durationYears,
    budget: form.budget.map((b) => ({
      year: b.year,
      owner: b.owner ?? 0,
      institution: b.institution ?? 0,
      coordinator: b.coordinator ?? 0,
    })),
    ownContribution: {
      description: form.ownContribution,
      ...(form.ownContributionAmount !== null ? { amount: form.ownContributionAmount } : {}),
    },
    samiPerspectives: form.samiPerspectives,
    collectiveLearning: form.collectiveLearning,
    teacherEducationFeedback: form.teacherEducationFeedback,
    coordinator:
      form.coordinatorRequested === null
        ? null
        : {
            requested: form.coordinatorRequested,
            justification: form.coordinatorJustification,
            conditionIds: form.coordinatorConditionIds,
            otherComplexityFactors: form.otherComplexityFactors,
          },
    continuation:
      form.continuesEarlierWork === null
        ? null
        : { continuesEarlierWork: form.continuesEarlierWork },
    participants: {
      kindergartenStaff: form.kindergartenStaff,
      schoolStaff: form.schoolStaff,
      otherServices: form.otherServices,
    },
    contactName: trimmedOr(form.contactName) || null,
    contactEmail: trimmedOr(form.contactEmail) || null,
  };
}

/**
 * The API's input as the domain's statement, the way the API builds it before it validates
 * (needs-statement.mapper.ts: applyFields, inputBudget, toDomainStatement): same rules, same answer.
 */
export function inputAsDomainStatement(
  input: ReturnType<typeof toStatementInput>,
  context: StatementFormContext,
  id = 'draft',
): NeedsStatementInput {
  const workId = input.workId ?? `work-${id}`;
  return {
    id,
    roundYear: context.roundYear,
    partnership: context.partnership,
    ...(input.sector ? { sector: input.sector } : {}),
    ...(input.themeId ? { themeId: input.themeId } : {}),
    themeItemIds: input.themeItemIds ?? [],
    localNeeds: input.localNeeds ?? '',
    goals: {
      longTerm: (input.goals?.longTerm ?? []).map((g) => ({ id: g.id, text: g.text })),
      subGoals: (input.goals?.subGoals ?? []).map((g) => ({ id: g.id, text: g.text })),
    },
    measures: (input.measures ?? []).map((m) => ({
      id: m.id,
      kind: m.kind,
      description: m.description,
      goalIds: m.goalIds ?? [],
    })),
    ...(input.durationYears != null ? { durationYears: input.durationYears } : {}),
    budget: (input.budget ?? []).map((b) => ({
      year: b.year,
      owner: b.owner,
      institution: b.institution,
      total: b.total ?? b.owner + b.institution,
      coordinator: b.coordinator ?? 0,
    })),
    ownContribution: {
      description: input.ownContribution?.description ?? '',
      ...(input.ownContribution?.amount != null ? { amount: input.ownContribution.amount } : {}),
    },
    samiPerspectives: input.samiPerspectives ?? '',
    collectiveLearning: input.collectiveLearning ?? '',
    teacherEducationFeedback: input.teacherEducationFeedback ?? '',
    ...(input.coordinator
      ? {
          coordinator: {
            requested: input.coordinator.requested,
            justification: input.coordinator.justification ?? '',
            conditionIds: input.coordinator.conditionIds ?? [],
            otherComplexityFactors: input.coordinator.otherComplexityFactors ?? '',
          },
        }
      : {}),
    ...(input.continuation
      ? {
          continuation: {
            workId,
            continuesEarlierWork: input.continuation.continuesEarlierWork,
          },
        }
      : {}),
    ...(input.participants
      ? {
          participants: {
            kindergartenStaff: input.participants.kindergartenStaff,
            schoolStaff: input.participants.schoolStaff,
            otherServices: input.participants.otherServices ?? [],
          },
        }
      : {}),
  };
}

export interface FormProblem {
  code: string;
  path: (string | number)[];
  message: { nb: string; en: string };
}

/** Every problem the domain's rules find in the form, as the API would report them. */
export function validateStatementForm(
  form: StatementForm,
  context: StatementFormContext,
): FormProblem[] {
  const input = toStatementInput(form);
  return validateNeedsStatement(inputAsDomainStatement(input, context), {
    plan: context.plan,
    history: context.history,
  });
}

/** The form's fields a problem belongs to, by the start of its path. */
export const FIELD_KEYS = [
  'sector',
  'themeId',
  'themeItemIds',
  'localNeeds',
  'goals.longTerm',
  'goals.subGoals',
  'goals',
  'measures',
  'durationYears',
  'budget',
  'ownContribution',
  'samiPerspectives',
  'collectiveLearning',
  'teacherEducationFeedback',
  'coordinator',
  'continuation',
  'participants',
  'partnership',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

/** Which field a problem is shown beside (the most specific key its path starts with). */
export function fieldOf(problem: { path: readonly (string | number)[] }): FieldKey {
  const key = problem.path.join('.');
  let best: FieldKey = 'partnership';
  let bestLength = -1;
  for (const field of FIELD_KEYS) {
    if ((key === field || key.startsWith(`${field}.`)) && field.length > bestLength) {
      best = field;
      bestLength = field.length;
    }
  }
  return best;
}

/** The problems by field. */
export function problemsByField(
  problems: readonly FormProblem[],
): Partial<Record<FieldKey, FormProblem[]>> {
  const result: Partial<Record<FieldKey, FormProblem[]>> = {};
  for (const problem of problems) (result[fieldOf(problem)] ??= []).push(problem);
  return result;
}
