import {
  ROUND_ACTION_PHASES,
  ROUND_STATUSES,
  type RoundAction,
  type RoundPhase,
} from '@kompetansemidler/domain';
import { registerEnumType } from 'type-graphql';

/** A round's phase, following the plan's calendar (årshjul): the domain's RoundPhase values. */
export enum RoundStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  PROPOSAL = 'PROPOSAL',
  DECIDED = 'DECIDED',
  REPORTING = 'REPORTING',
}

registerEnumType(RoundStatus, {
  name: 'RoundStatus',
  description:
    'DRAFT → OPEN (taking needs statements) → CLOSED → PROPOSAL (with the forum) → DECIDED → REPORTING.',
});

/** The order of the phases: the domain's (workflow/round-phases.ts). */
export const ROUND_PHASES: readonly RoundStatus[] = ROUND_STATUSES.map((s) => RoundStatus[s]);

/**
 * Which phases each workflow action belongs to: the domain's table (ROUND_ACTION_PHASES), where
 * a new action is added.
 */
export const ACTION_PHASES = ROUND_ACTION_PHASES as unknown as {
  readonly [A in RoundAction]: readonly RoundStatus[];
};

export type WorkflowAction = RoundAction;

// The enum carries exactly the domain's phases: a compile error here when the two drift apart.
type SameValues = [RoundPhase] extends [`${RoundStatus}`]
  ? [`${RoundStatus}`] extends [RoundPhase]
    ? true
    : never
  : never;
const _sameValues: SameValues = true;
void _sameValues;
