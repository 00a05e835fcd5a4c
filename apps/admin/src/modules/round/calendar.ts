/** A milestone of the round's calendar, as the API sends it (ISO dates, end inclusive). */
export interface CalendarMilestone {
  id: string;
  start: string;
  end: string;
  label: { nb: string };
  /** The round's phase has completed this step, whatever the dates say (the API, from the plan). */
  doneByPhase?: boolean;
}

export type MilestoneState = 'past' | 'current' | 'upcoming';

/** Today's date in Norway as `YYYY-MM-DD`. */
export function osloToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function milestoneState(milestone: CalendarMilestone, today: string): MilestoneState {
  if (milestone.doneByPhase || milestone.end < today) return 'past';
  if (milestone.start <= today) return 'current';
  return 'upcoming';
}

/**
 * Where the round is in the calendar: each milestone's state, the milestones under way today and
 * the next deadline (the earliest end date not yet passed of a step the round's phase has not
 * completed: a decided round's next step is not the submission deadline).
 */
export function calendarPosition(milestones: readonly CalendarMilestone[], today: string) {
  const sorted = [...milestones].sort(
    (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
  );
  const withState = sorted.map((m) => ({ ...m, state: milestoneState(m, today) }));
  const nextDeadline =
    [...sorted]
      .filter((m) => m.end >= today && !m.doneByPhase)
      .sort((a, b) => a.end.localeCompare(b.end))[0] ?? null;
  return {
    milestones: withState,
    current: withState.filter((m) => m.state === 'current'),
    nextDeadline,
    daysToNextDeadline: nextDeadline ? daysBetween(today, nextDeadline.end) : null,
  };
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
