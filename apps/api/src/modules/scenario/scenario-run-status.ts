import { registerEnumType } from 'type-graphql';

export enum ScenarioRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(ScenarioRunStatus, {
  name: 'ScenarioRunStatus',
  description:
    'QUEUED (waiting for the solver thread) → RUNNING → DONE (the scenario is stored) or FAILED.',
});

/** The statuses of a run still in progress: at most one such run per round. */
export const ACTIVE_RUN_STATUSES = [ScenarioRunStatus.QUEUED, ScenarioRunStatus.RUNNING] as const;
