import { describe, expect, it } from 'vitest';
import { calendarForRound, milestoneDoneByPhase } from './calendar.js';
import { resolvePlanVersion } from './plan-version.js';
import { TROMS_PLAN_2026_2029 } from './plans/troms-2026-2029.js';

const rules = resolvePlanVersion(TROMS_PLAN_2026_2029, '2026.1').rules;

describe('milestoneDoneByPhase', () => {
  it('marks the steps a decided round has completed, whatever the dates say', () => {
    const done = calendarForRound(rules, 2027)
      .filter((m) => milestoneDoneByPhase(rules, m.id, 'DECIDED'))
      .map((m) => m.id);
    expect(done).toEqual([
      'forum-meeting',
      'information-meetings',
      'template-ready',
      'submission-deadline',
      'forum-discussion',
      'decision-deadline',
    ]);
  });

  it('leaves the submission deadline to the dates while the round is open', () => {
    expect(milestoneDoneByPhase(rules, 'template-ready', 'OPEN')).toBe(true);
    expect(milestoneDoneByPhase(rules, 'submission-deadline', 'OPEN')).toBe(false);
    expect(milestoneDoneByPhase(rules, 'submission-deadline', 'CLOSED')).toBe(true);
  });

  it('leaves a step without a phase (the evaluation) and an unknown step to the dates', () => {
    expect(milestoneDoneByPhase(rules, 'evaluation', 'REPORTING')).toBe(false);
    expect(milestoneDoneByPhase(rules, 'no-such-step', 'REPORTING')).toBe(false);
  });
});
