import { registerEnumType } from 'type-graphql';

/** A round's phase, following the plan's calendar (årshjul). */
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

/** The order of the phases. */
export const ROUND_PHASES: readonly RoundStatus[] = [
  RoundStatus.DRAFT,
  RoundStatus.OPEN,
  RoundStatus.CLOSED,
  RoundStatus.PROPOSAL,
  RoundStatus.DECIDED,
  RoundStatus.REPORTING,
];

/** Which phases each workflow action belongs to. */
export const ACTION_PHASES = {
  openRound: [RoundStatus.DRAFT],
  closeRound: [RoundStatus.OPEN],
  startReporting: [RoundStatus.DECIDED],
  submitNeedsStatement: [RoundStatus.OPEN],
  updateNeedsStatement: [RoundStatus.OPEN],
  withdrawNeedsStatement: [RoundStatus.OPEN],
  runScenario: [RoundStatus.CLOSED, RoundStatus.PROPOSAL],
  adjustScenarioLine: [RoundStatus.CLOSED, RoundStatus.PROPOSAL],
  putScenarioToForum: [RoundStatus.CLOSED, RoundStatus.PROPOSAL],
  recordForumOutcome: [RoundStatus.PROPOSAL],
  decideRound: [RoundStatus.PROPOSAL],
  updateDecision: [RoundStatus.DECIDED],
  recordSplitAnswer: [RoundStatus.DECIDED, RoundStatus.REPORTING],
} as const satisfies Record<string, readonly RoundStatus[]>;

export type WorkflowAction = keyof typeof ACTION_PHASES;
