import { ForbiddenError, WrongPhaseError } from '../../errors/app-error.js';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { Round } from './round.entity.js';
import { ACTION_PHASES, type WorkflowAction } from './round-status.js';

export interface PhaseOverride {
  reason: string;
}

/**
 * Refuses an action outside its phase. The office (ADMIN) may override with a written reason;
 * returns that reason, for the audit entry.
 */
export function assertPhase(
  round: Round,
  action: WorkflowAction,
  viewer: Viewer | null,
  override?: PhaseOverride | null,
): string | null {
  const allowed: readonly string[] = ACTION_PHASES[action];
  if (allowed.includes(round.status)) return null;
  if (override) {
    if (viewer?.role !== Role.ADMIN) {
      throw new ForbiddenError('Only the office may override the round’s phase.');
    }
    const reason = override.reason.trim();
    if (reason.length < 5) throw new WrongPhaseError(action, round.status, allowed);
    return `phase override (${round.status}): ${reason}`;
  }
  throw new WrongPhaseError(action, round.status, allowed);
}
