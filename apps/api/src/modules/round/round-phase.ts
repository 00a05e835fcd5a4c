import { checkPhaseOverrideReason, isActionAllowed } from '@kompetansemidler/domain';
import { ForbiddenError, WrongPhaseError } from '../../errors/app-error.js';
import { Role } from '../auth/role.js';
import type { Viewer } from '../auth/viewer.js';
import type { Round } from './round.entity.js';
import { ACTION_PHASES, type WorkflowAction } from './round-status.js';

export interface PhaseOverride {
  reason: string;
}

/**
 * Refuses an action outside its phase (the domain's phase table). The office (ADMIN) may override
 * with a written reason; returns that reason, for the audit entry.
 */
export function assertPhase(
  round: Round,
  action: WorkflowAction,
  viewer: Viewer | null,
  override?: PhaseOverride | null,
): string | null {
  if (isActionAllowed(action, round.status)) return null;
  const allowed: readonly string[] = ACTION_PHASES[action];
  if (override) {
    if (viewer?.role !== Role.ADMIN) {
      throw new ForbiddenError('Only the office may override the round’s phase.');
    }
    if (checkPhaseOverrideReason(override.reason).length > 0) {
      throw new WrongPhaseError(action, round.status, allowed);
    }
    return `phase override (${round.status}): ${override.reason.trim()}`;
  }
  throw new WrongPhaseError(action, round.status, allowed);
}
