import { AppError, type Problem } from '../../errors/app-error.js';
import type { ScenarioRun } from './scenario-run.entity.js';

/** Another run of the same round is queued or solving: one at a time per round. */
export class ScenarioRunInProgressError extends AppError {
  constructor(
    active: Pick<
      ScenarioRun,
      'id' | 'status' | 'createdAt' | 'startedAt' | 'requestedByName' | 'name'
    >,
  ) {
    const since = (active.startedAt ?? active.createdAt).toISOString();
    super(
      'SCENARIO_RUN_IN_PROGRESS',
      `Another scenario (“${active.name}”, ${active.status}) is being run for this round since ${since}, by ${active.requestedByName}. Wait for it to finish.`,
      {
        runId: active.id,
        runName: active.name,
        status: active.status,
        since,
        requestedByName: active.requestedByName,
        problems: [
          {
            code: 'SCENARIO_RUN_IN_PROGRESS',
            path: ['roundId'],
            message: {
              nb: `Et annet scenario («${active.name}») kjøres allerede for denne runden (startet av ${active.requestedByName}). Vent til det er ferdig.`,
              en: `Another scenario (“${active.name}”) is already running for this round (started by ${active.requestedByName}). Wait for it to finish.`,
            },
          },
        ],
      },
    );
  }
}

type DomainProblem = Problem;

/**
 * Adjustments, a proposal or decisions that would take a year past its frame: never allowed,
 * whatever the override. `problems` say which year, by how much, and (for an adjustment) how much
 * the statement can have.
 */
export class FrameExceededError extends AppError {
  constructor(message: string, problems: DomainProblem[], field: string) {
    super('FRAME_EXCEEDED', message, { field, problems });
  }
}

/**
 * An adjustment that breaks a sector band or a lock cap (further than the engine's result did)
 * without an override and its reason. `breaches` list what it breaks, for the client to ask.
 */
export class OverrideRequiredError extends AppError {
  constructor(
    message: string,
    problems: DomainProblem[],
    field: string,
    breaches: {
      constraintId: string;
      label: { nb: string; en: string };
      description: { nb: string; en: string };
    }[],
  ) {
    super('OVERRIDE_REQUIRED', message, { field, problems, breaches });
  }
}
