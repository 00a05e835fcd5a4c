import { AppError } from '../../errors/app-error.js';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import { todayInNorway } from '../reporting/reporting.service.js';
import type { StoredMilestone } from '../round/round.entity.js';

/** The plan calendar's milestone for the needs statements' deadline (1 February in Troms). */
export const SUBMISSION_DEADLINE_MILESTONE = 'submission-deadline';

/** What the deadline is read from: the round's calendar and the office's extension, if any. */
export interface DeadlineSource {
  calendar: readonly StoredMilestone[];
  submissionDeadlineOverride?: string | null;
}

/** The plan calendar's deadline day for the round (ISO date), before any extension; null: none. */
export function calendarDeadline(calendar: readonly StoredMilestone[]): string | null {
  return calendar.find((m) => m.id === SUBMISSION_DEADLINE_MILESTONE)?.end ?? null;
}

/**
 * The last day (ISO date, Norway's time) a partnership may submit or change: the office's
 * extension for the round where it gave one, else the plan calendar's day; null: none set.
 */
export function submissionDeadline(round: DeadlineSource): string | null {
  return round.submissionDeadlineOverride ?? calendarDeadline(round.calendar);
}

export class DeadlinePassedError extends AppError {
  constructor(action: string, deadline: string) {
    super(
      'DEADLINE_PASSED',
      `The round’s deadline for needs statements (${deadline}) has passed: “${action}” is now for the office only.`,
      { action, deadline },
    );
  }
}

/** Whether a partnership may still act on the round's statements today (Norway's time). */
export function isBeforeDeadline(round: DeadlineSource, now: Date = new Date()): boolean {
  const deadline = submissionDeadline(round);
  return deadline === null || todayInNorway(now) <= deadline;
}

/**
 * A partnership submits, changes and withdraws its statements until the end of the round's
 * deadline day (the office's extension, or the plan's calendar, in Norway's time); after it, only
 * the office (which may also act outside the round's phase with a reason) can change them on the
 * partnership's behalf.
 */
export function assertBeforeDeadline(
  round: DeadlineSource,
  action: string,
  viewer: Viewer | null,
  now: Date = new Date(),
): void {
  if (viewer?.role !== Role.PARTNERSHIP) return;
  if (!isBeforeDeadline(round, now)) {
    throw new DeadlinePassedError(action, submissionDeadline(round) ?? '');
  }
}
