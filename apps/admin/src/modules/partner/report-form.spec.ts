import { TROMS_PLAN_2026_2029, resolvePlanVersion } from '@kompetansemidler/domain';
import { describe, expect, it } from 'vitest';
import {
  emptyReportForm,
  kroner,
  problemsAt,
  reportFormFromStored,
  spentOf,
  toReportInput,
  validateReportForm,
  type ReportForm,
  type ReportFormContext,
} from './report-form.js';

const context: ReportFormContext = {
  plan: resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1'),
  statement: {
    id: 'ns-1',
    goals: {
      longTerm: [{ id: 'g1', text: 'Alle leser godt.' }],
      subGoals: [{ id: 's1', text: 'Felles leseopplegg.' }],
    },
    measures: [
      { id: 'm1', kind: 'CARRY_OUT', description: 'Lesekurs.', goalIds: ['g1'] },
      { id: 'm2', kind: 'PLAN', description: 'Plan for neste år.', goalIds: [] },
    ],
  },
  grant: { year: 2026, owner: 150_000, institution: 100_000, coordinator: 0 },
  today: '2026-12-03',
};

/** A report the Troms plan accepts for the grant. */
function complete(): ReportForm {
  const form = emptyReportForm(context);
  form.measures[0]!.description = 'Kurs i alle skoler.';
  form.measures[1]!.carriedOut = false;
  form.measures[1]!.description = 'Utsatt til våren.';
  for (const g of form.goals) {
    g.achievement = 'PARTLY_ACHIEVED';
    g.assessment = 'Godt i gang.';
  }
  form.useOfFunds = 'Frikjøp og kurs.';
  form.accounts.owner.lines.RELEASED_TIME = '100 000';
  form.accounts.owner.lines.TRAVEL = '40 000';
  form.accounts.institution.lines.COURSES_AND_TEACHING = '100 000';
  return form;
}

describe('the annual report form', () => {
  it('starts from the statement: every measure and goal once, received as granted', () => {
    const form = emptyReportForm(context);
    expect(form.measures.map((m) => m.measureId)).toEqual(['m1', 'm2']);
    expect(form.goals.map((g) => g.goalId)).toEqual(['g1', 's1']);
    expect(kroner(form.accounts.owner.received)).toBe(150_000);
    expect(kroner(form.accounts.institution.received)).toBe(100_000);
  });

  it('passes the domain’s reporting rules when complete, spent being the sum of the lines', () => {
    const form = complete();
    expect(validateReportForm(form, context)).toEqual([]);
    expect(spentOf(form.accounts.owner)).toBe(140_000);
    const input = toReportInput(form);
    expect(input.accounts.owner).toEqual({
      received: 150_000,
      spent: 140_000,
      lines: [
        { costLine: 'RELEASED_TIME', amount: 100_000 },
        { costLine: 'TRAVEL', amount: 40_000 },
      ],
    });
  });

  it('finds what the API would refuse, at the field it concerns', () => {
    const form = complete();
    form.measures[1]!.description = '';
    form.accounts.owner.received = '149 000';
    form.accounts.owner.lines.MATERIALS = '20 000';
    form.accounts.institution.lines.OTHER = '12,5';
    form.goals[0]!.achievement = '';
    const problems = validateReportForm(form, context);
    const codes = (path: string[]) => problemsAt(problems, path).map((p) => p.code);
    expect(codes(['measures', '1'])).toEqual(['RP_REQUIRED_PART_MISSING']);
    expect(codes(['accounts', 'owner', 'received'])).toEqual(['RP_ACCOUNTS_RECEIVED_MISMATCH']);
    // 160 000 spent of 149 000 received.
    expect(codes(['accounts', 'owner', 'spent'])).toEqual(['RP_ACCOUNTS_OVERSPENT']);
    expect(codes(['accounts', 'institution', 'lines', 'OTHER'])).toEqual(['FORM_KRONER']);
    expect(codes(['goals', '0', 'achievement'])).toEqual(['FORM_ACHIEVEMENT']);
    expect(problems.every((p) => p.message.nb.length > 0)).toBe(true);
  });

  it('refuses coordinator spending without coordinator funds, keyed by the cost line', () => {
    const form = complete();
    form.accounts.owner.lines.COORDINATOR = '10 000';
    form.accounts.owner.lines.RELEASED_TIME = '90 000';
    const problems = validateReportForm(form, context);
    expect(problemsAt(problems, ['accounts', 'coordinatorSpent']).map((p) => p.code)).toContain(
      'RP_COORDINATOR_OVERSPENT',
    );
  });

  it('fills a returned report back in, to correct and resubmit', () => {
    const stored = { ...toReportInput(complete()) };
    const form = reportFormFromStored(stored, context);
    expect(form.measures[1]).toEqual({
      measureId: 'm2',
      carriedOut: false,
      description: 'Utsatt til våren.',
    });
    expect(form.goals[1]!.achievement).toBe('PARTLY_ACHIEVED');
    expect(kroner(form.accounts.owner.lines.TRAVEL)).toBe(40_000);
    expect(validateReportForm(form, context)).toEqual([]);
  });
});
