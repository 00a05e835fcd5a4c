import { AppError } from '../../errors/app-error.js';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import { todayInNorway } from '../reporting/reporting.service.js';
import type { StoredMilestone } from '../round/round.entity.js';

/** The plan calendar's milestone for the needs statements' deadline (1 February in Troms). */
export const SUBMISSION_DEADLINE_MILESTONE = 'submission-deadline';

/** The last day (ISO date, Norway's time) a partnership may submit or change; null: none set. */
export function submissionDeadline(calendar: readonly StoredMilestone[]): string | null {
  return calendar.find((m) => m.id === SUBMISSION_DEADLINE_MILESTONE)?.end ?? null;
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

/**
 * A partnership submits, changes and withdraws its statements until the end of the round's
 * deadline day (the plan's calendar, in Norway's time); after it, only the office (which may also
 * act outside the round's phase with a reason) can change them on the partnership's behalf.
 */
export function assertBeforeDeadline(
  calendar: readonly StoredMilestone[],
  action: string,
  viewer: Viewer | null,
  now: Date = new Date(),
): void {
  if (viewer?.role !== Role.PARTNERSHIP) return;
  const deadline = submissionDeadline(calendar);
  if (deadline !== null && todayInNorway(now) > deadline) {
    throw new DeadlinePassedError(action, deadline);
  }
}
