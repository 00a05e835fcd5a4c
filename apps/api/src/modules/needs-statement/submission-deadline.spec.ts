import { describe, expect, it } from 'vitest';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import { assertBeforeDeadline, submissionDeadline } from './submission-deadline.js';

const calendar = [
  {
    id: 'template-ready',
    label: { nb: 'Mal', en: 'Template' },
    start: '2026-12-01',
    end: '2026-12-01',
  },
  {
    id: 'submission-deadline',
    label: { nb: 'Frist', en: 'Deadline' },
    start: '2027-02-01',
    end: '2027-02-01',
  },
];
const viewer = (role: Role): Viewer => ({
  subject: 's',
  name: 'n',
  role,
  county: { id: 'c', code: 'troms', name: 'Troms' },
  partnershipId: role === Role.PARTNERSHIP ? 'p' : null,
});

describe('the submission deadline', () => {
  it('is the plan calendar’s deadline day, or none', () => {
    expect(submissionDeadline({ calendar })).toBe('2027-02-01');
    expect(submissionDeadline({ calendar: [] })).toBeNull();
  });

  it('is the office’s extension for the round where it gave one', () => {
    const extended = { calendar, submissionDeadlineOverride: '2027-02-15' };
    expect(submissionDeadline(extended)).toBe('2027-02-15');
    const partnership = viewer(Role.PARTNERSHIP);
    // Past the calendar's day, before the extension's end: still open.
    expect(() =>
      assertBeforeDeadline(
        extended,
        'submitNeedsStatement',
        partnership,
        new Date('2027-02-10T12:00:00Z'),
      ),
    ).not.toThrow();
    expect(() =>
      assertBeforeDeadline(
        extended,
        'submitNeedsStatement',
        partnership,
        new Date('2027-02-16T12:00:00Z'),
      ),
    ).toThrow(/2027-02-15/);
    // Without it, the same day is past the calendar's deadline.
    expect(() =>
      assertBeforeDeadline(
        { calendar },
        'submitNeedsStatement',
        partnership,
        new Date('2027-02-10T12:00:00Z'),
      ),
    ).toThrow(/2027-02-01/);
  });

  it('lets a partnership act through the whole deadline day in Norway’s time, not after', () => {
    const partnership = viewer(Role.PARTNERSHIP);
    // 23:30 in Oslo on 1 February (22:30 UTC) is still the deadline day.
    expect(() =>
      assertBeforeDeadline(
        { calendar },
        'updateNeedsStatement',
        partnership,
        new Date('2027-02-01T22:30:00Z'),
      ),
    ).not.toThrow();
    // 00:30 in Oslo on 2 February (23:30 UTC on the 1st) is past it.
    let thrown: unknown;
    try {
      assertBeforeDeadline(
        { calendar },
        'updateNeedsStatement',
        partnership,
        new Date('2027-02-01T23:30:00Z'),
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      code: 'DEADLINE_PASSED',
      details: { action: 'updateNeedsStatement', deadline: '2027-02-01' },
    });
  });

  it('leaves the office free to act for a partnership after the deadline', () => {
    expect(() =>
      assertBeforeDeadline(
        { calendar },
        'submitNeedsStatement',
        viewer(Role.ADMIN),
        new Date('2027-03-01T12:00:00Z'),
      ),
    ).not.toThrow();
  });
});
