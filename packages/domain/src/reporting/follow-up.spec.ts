import { describe, expect, it } from 'vitest';
import { calendarForRound } from '../plan/calendar.js';
import { resolvePlanVersion } from '../plan/plan-version.js';
import { TROMS_PLAN_2026_2029 } from '../plan/plans/troms-2026-2029.js';
import {
  assessFollowUp,
  countFollowUp,
  daysBetween,
  followUpMoney,
  REPORT_DEADLINE_MILESTONE_ID,
  reportDueDate,
  unspentOf,
} from './follow-up.js';

const troms = resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1');

describe('report due dates', () => {
  it('defaults to 1 June after the grant year where the plan’s calendar names no deadline', () => {
    const calendar = calendarForRound(troms.rules, 2026);
    expect(calendar.some((m) => m.id === REPORT_DEADLINE_MILESTONE_ID)).toBe(false);
    expect(reportDueDate(calendar, 2026, 2026)).toEqual({ date: '2027-06-01', source: 'DEFAULT' });
    expect(reportDueDate(calendar, 2026, 2028)).toEqual({ date: '2029-06-01', source: 'DEFAULT' });
  });

  it('follows a report-deadline milestone, shifted to later years of a multi-year grant', () => {
    const rules = {
      ...troms.rules,
      calendar: {
        ...troms.rules.calendar,
        milestones: [
          ...troms.rules.calendar.milestones,
          {
            id: REPORT_DEADLINE_MILESTONE_ID,
            label: { nb: 'Frist for rapportering', en: 'Reporting deadline' },
            start: { month: 2, day: 29, yearOffset: 2 },
          },
        ],
      },
    };
    const calendar = calendarForRound(rules, 2026);
    // 2028 is a leap year; 2029 is not, so 29 February becomes 28 February.
    expect(reportDueDate(calendar, 2026, 2026)).toEqual({ date: '2028-02-29', source: 'CALENDAR' });
    expect(reportDueDate(calendar, 2026, 2027)).toEqual({ date: '2029-02-28', source: 'CALENDAR' });
  });

  it('counts days between dates across a change of year and DST', () => {
    expect(daysBetween('2027-06-01', '2027-06-01')).toBe(0);
    expect(daysBetween('2027-03-01', '2027-04-01')).toBe(31);
    expect(daysBetween('2027-06-01', '2027-05-31')).toBe(-1);
    expect(daysBetween('2026-12-31', '2027-01-01T10:00:00.000Z')).toBe(1);
  });
});

describe('follow-up of owed reports', () => {
  const due = '2027-06-01';
  it('owes nothing before the grant year begins', () => {
    expect(
      assessFollowUp({ year: 2027, dueDate: '2028-06-01', report: null, today: '2026-11-28' }),
    ).toEqual({
      state: 'MISSING',
      expected: false,
      owed: false,
      late: false,
      daysLate: 0,
    });
  });

  it('is missing but not late until the due date, then late by the day', () => {
    expect(
      assessFollowUp({ year: 2026, dueDate: due, report: null, today: '2027-06-01' }),
    ).toMatchObject({
      state: 'MISSING',
      owed: true,
      late: false,
      daysLate: 0,
    });
    expect(
      assessFollowUp({ year: 2026, dueDate: due, report: null, today: '2027-06-11' }),
    ).toMatchObject({
      owed: true,
      late: true,
      daysLate: 10,
    });
  });

  it('measures a submitted report’s lateness at its submission, a returned one until today', () => {
    const submitted = { status: 'SUBMITTED' as const, submittedAt: '2027-06-03T12:00:00.000Z' };
    expect(
      assessFollowUp({ year: 2026, dueDate: due, report: submitted, today: '2027-09-01' }),
    ).toMatchObject({
      owed: false,
      late: true,
      daysLate: 2,
    });
    const returned = { status: 'RETURNED' as const, submittedAt: '2027-05-01T12:00:00.000Z' };
    expect(
      assessFollowUp({ year: 2026, dueDate: due, report: returned, today: '2027-06-05' }),
    ).toMatchObject({
      state: 'RETURNED',
      owed: true,
      daysLate: 4,
    });
  });

  it('counts reported, missing, late, accepted and returned', () => {
    const today = '2027-07-01';
    const rows = [
      assessFollowUp({ year: 2026, dueDate: due, report: null, today }),
      assessFollowUp({
        year: 2026,
        dueDate: due,
        report: { status: 'ACCEPTED', submittedAt: '2027-05-01' },
        today,
      }),
      assessFollowUp({
        year: 2026,
        dueDate: due,
        report: { status: 'SUBMITTED', submittedAt: '2027-06-10' },
        today,
      }),
      assessFollowUp({
        year: 2026,
        dueDate: due,
        report: { status: 'RETURNED', submittedAt: '2027-05-10' },
        today,
      }),
      assessFollowUp({ year: 2028, dueDate: '2029-06-01', report: null, today }),
    ];
    expect(countFollowUp(rows)).toEqual({
      expected: 4,
      reported: 2,
      missing: 1,
      late: 3,
      accepted: 1,
      returned: 1,
      awaitingReview: 1,
    });
  });
});

describe('the follow-up’s money', () => {
  const report = (status: 'SUBMITTED' | 'ACCEPTED' | 'RETURNED', spent: [number, number]) => ({
    status,
    spentOwner: spent[0],
    spentInstitution: spent[1],
    coordinatorSpent: 10_000,
  });

  it('sums every grant, and sets only the spending of reports that are in against their grants', () => {
    const money = followUpMoney([
      {
        grant: { owner: 300_000, institution: 200_000 },
        report: report('ACCEPTED', [250_000, 200_000]),
      },
      {
        grant: { owner: 100_000, institution: 100_000 },
        report: report('SUBMITTED', [100_000, 120_000]),
      },
      { grant: { owner: 50_000, institution: 50_000 }, report: report('RETURNED', [1, 1]) },
      { grant: { owner: 70_000, institution: 30_000 }, report: null },
    ]);
    expect(money).toEqual({
      grantedOwner: 520_000,
      grantedInstitution: 380_000,
      reportedGranted: 700_000,
      spentOwner: 350_000,
      spentInstitution: 320_000,
      coordinatorSpent: 20_000,
    });
  });

  it('gives what a report left unspent (negative when it spent more), and nothing without a report', () => {
    const grant = { owner: 100_000, institution: 100_000 };
    expect(unspentOf({ grant, report: report('ACCEPTED', [80_000, 100_000]) })).toBe(20_000);
    expect(unspentOf({ grant, report: report('SUBMITTED', [100_000, 120_000]) })).toBe(-20_000);
    expect(unspentOf({ grant, report: null })).toBeNull();
  });
});
