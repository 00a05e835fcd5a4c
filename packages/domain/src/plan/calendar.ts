import type { LocalizedText } from '../common/localized-text.js';
import type { RoundPhase } from '../workflow/round-phases.js';
import { ROUND_STATUSES } from '../workflow/round-phases.js';
import type { PlanRules } from './plan.schema.js';

export interface RoundMilestone {
  id: string;
  label: LocalizedText;
  /** ISO dates. */
  start: string;
  end: string;
}

/** The årshjul of a round (the grant year), as dates, in calendar order. */
export function calendarForRound(rules: PlanRules, roundYear: number): RoundMilestone[] {
  const date = (p: { month: number; day: number; yearOffset: number }) =>
    `${roundYear + p.yearOffset}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  return rules.calendar.milestones
    .map((m) => ({ id: m.id, label: m.label, start: date(m.start), end: date(m.end ?? m.start) }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * Whether the round's phase has completed a milestone of its calendar, whatever the date: the
 * plan names the phase that completes each step (`doneFrom`). A milestone the plan gives no phase,
 * or that the plan no longer lists, is done by its dates alone (false here).
 */
export function milestoneDoneByPhase(
  rules: PlanRules,
  milestoneId: string,
  status: RoundPhase,
): boolean {
  const doneFrom = rules.calendar.milestones.find((m) => m.id === milestoneId)?.doneFrom;
  if (!doneFrom) return false;
  return ROUND_STATUSES.indexOf(status) >= ROUND_STATUSES.indexOf(doneFrom);
}
