import { TROMS_PLAN_2026_2029, resolvePlanVersion } from '@kompetansemidler/domain';
import { describe, expect, it } from 'vitest';
import {
  budgetForDuration,
  emptyForm,
  fieldOf,
  inputAsDomainStatement,
  problemsByField,
  toStatementInput,
  validateStatementForm,
  type StatementForm,
  type StatementFormContext,
} from './statement-form.js';

const context: StatementFormContext = {
  roundYear: 2027,
  plan: resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1'),
  partnership: {
    id: 'p-1',
    name: 'Tromsø kommune og UiT',
    owners: [{ orgnr: '940101808', name: 'Tromsø kommune', ownership: 'PUBLIC', units: 3 }],
    institution: { orgnr: '970422528', name: 'UiT', kind: 'UNIVERSITY' },
  },
  history: { works: [], owners: [] },
};

/** A statement the Troms plan accepts. */
function complete(): StatementForm {
  const schoolThemes = context.plan.rules.themes.find((s) => s.sector === 'SCHOOL')!.themes;
  const theme = schoolThemes[0]!;
  return {
    ...emptyForm(),
    title: 'Leseløft',
    sector: 'SCHOOL',
    themeId: theme.id,
    themeItemIds: theme.items[0] ? [theme.items[0].id] : [],
    localNeeds: 'Lesingen har falt.',
    longTermGoals: [{ id: 'g1', text: 'Alle leser godt.' }],
    subGoals: [{ id: 's1', text: 'Felles leseopplegg.' }],
    measures: [{ id: 'm1', kind: 'CARRY_OUT', description: 'Lesekurs.', goalIds: [] }],
    durationYears: 1,
    budget: [{ year: 2027, owner: 150_000, institution: 100_000, coordinator: null }],
    ownContribution: 'Frikjøp.',
    samiPerspectives: 'Samiske tekster.',
    collectiveLearning: 'Lesegrupper.',
    teacherEducationFeedback: 'Inn i emnet.',
    coordinatorRequested: false,
    continuesEarlierWork: false,
    schoolStaff: true,
  };
}

describe('the needs-statement form', () => {
  it('finds no problem in a complete statement', () => {
    expect(validateStatementForm(complete(), context)).toEqual([]);
  });

  it('finds every missing part of an empty form, each beside its own field', () => {
    const problems = validateStatementForm(emptyForm(), context);
    const fields = new Set(problems.map(fieldOf));
    for (const field of [
      'sector',
      'localNeeds',
      'goals.longTerm',
      'goals.subGoals',
      'measures',
      'durationYears',
      'budget',
      'ownContribution',
      'samiPerspectives',
      'collectiveLearning',
      'teacherEducationFeedback',
      'coordinator',
      'continuation',
    ] as const) {
      expect(fields, field).toContain(field);
    }
    expect(problemsByField(problems).samiPerspectives?.[0]?.message.nb).toBe(
      'Behovsmeldingen mangler samiske perspektiver.',
    );
  });

  it('says when a coordinator request has no justification (the plan requires one)', () => {
    const form = { ...complete(), coordinatorRequested: true, coordinatorJustification: '' };
    expect(validateStatementForm(form, context).map(fieldOf)).toContain('coordinator');
  });

  it('sends the API exactly what it checks: the same statement the domain saw', () => {
    const input = toStatementInput(complete());
    expect(input.budget).toEqual([
      { year: 2027, owner: 150_000, institution: 100_000, coordinator: 0 },
    ]);
    expect(input.coordinator).toEqual({
      requested: false,
      justification: '',
      conditionIds: [],
      otherComplexityFactors: '',
    });
    const domain = inputAsDomainStatement(input, context);
    expect(domain.budget).toEqual([
      { year: 2027, owner: 150_000, institution: 100_000, total: 250_000, coordinator: 0 },
    ]);
    expect(domain.continuation).toEqual({ workId: 'work-draft', continuesEarlierWork: false });
    // Unanswered yes/no questions are left out, as the API leaves them out.
    const empty = toStatementInput(emptyForm());
    expect(empty.coordinator).toBeNull();
    expect(empty.continuation).toBeNull();
  });

  it('keeps a budget row per year of the duration, with the amounts already typed', () => {
    const rows = budgetForDuration(
      [{ year: 2027, owner: 1, institution: 2, coordinator: null }],
      2027,
      3,
    );
    expect(rows.map((r) => [r.year, r.owner])).toEqual([
      [2027, 1],
      [2028, null],
      [2029, null],
    ]);
    expect(budgetForDuration(rows, 2027, 1)).toHaveLength(1);
  });
});
