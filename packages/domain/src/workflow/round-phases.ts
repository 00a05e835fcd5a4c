import { problem, type ValidationProblem } from '../common/validation-problem.js';

/**
 * A round's phases, following the plan's calendar (årshjul): DRAFT → OPEN (taking needs
 * statements) → CLOSED → PROPOSAL (with the forum) → DECIDED → REPORTING.
 */
export const ROUND_STATUSES = [
  'DRAFT',
  'OPEN',
  'CLOSED',
  'PROPOSAL',
  'DECIDED',
  'REPORTING',
] as const;
export type RoundPhase = (typeof ROUND_STATUSES)[number];

/** Which phases each workflow action belongs to (the office may override with a reason). */
export const ROUND_ACTION_PHASES = {
  openRound: ['DRAFT'],
  /** The frame can change (Udir's allocation comes late) until the round is decided. */
  setRoundFrame: ['DRAFT', 'OPEN', 'CLOSED', 'PROPOSAL'],
  closeRound: ['OPEN'],
  startReporting: ['DECIDED'],
  submitNeedsStatement: ['OPEN'],
  updateNeedsStatement: ['OPEN'],
  withdrawNeedsStatement: ['OPEN'],
  /** The office's assessment of a statement's Sámi perspectives, until the round is decided. */
  assessSamiPerspective: ['OPEN', 'CLOSED', 'PROPOSAL'],
  runScenario: ['CLOSED', 'PROPOSAL'],
  adjustScenarioLine: ['CLOSED', 'PROPOSAL'],
  putScenarioToForum: ['CLOSED', 'PROPOSAL'],
  recordForumOutcome: ['PROPOSAL'],
  decideRound: ['PROPOSAL'],
  updateDecision: ['DECIDED'],
  recordSplitAnswer: ['DECIDED', 'REPORTING'],
  submitAnnualReport: ['DECIDED', 'REPORTING'],
  acceptAnnualReport: ['DECIDED', 'REPORTING'],
  returnAnnualReport: ['DECIDED', 'REPORTING'],
} as const satisfies Record<string, readonly RoundPhase[]>;

export type RoundAction = keyof typeof ROUND_ACTION_PHASES;

/** Whether `action` belongs to the phase `status`. */
export function isActionAllowed(action: RoundAction, status: RoundPhase): boolean {
  return (ROUND_ACTION_PHASES[action] as readonly RoundPhase[]).includes(status);
}

/** The actions open in a phase, in the table's order. */
export function actionsInPhase(status: RoundPhase): RoundAction[] {
  return (Object.keys(ROUND_ACTION_PHASES) as RoundAction[]).filter((action) =>
    isActionAllowed(action, status),
  );
}

/** The phase after `status`, or null after the last one. */
export function nextPhase(status: RoundPhase): RoundPhase | null {
  const index = ROUND_STATUSES.indexOf(status);
  return ROUND_STATUSES[index + 1] ?? null;
}

export type PhaseOverrideProblemCode = 'PHASE_OVERRIDE_REASON_TOO_SHORT';

/** The shortest reason that may justify acting outside an action's phase. */
export const PHASE_OVERRIDE_MIN_REASON_LENGTH = 5;

/** An override's reason must say why, in a few words at least. */
export function checkPhaseOverrideReason(
  reason: string,
): ValidationProblem<PhaseOverrideProblemCode>[] {
  return reason.trim().length >= PHASE_OVERRIDE_MIN_REASON_LENGTH
    ? []
    : [
        problem(
          'PHASE_OVERRIDE_REASON_TOO_SHORT',
          ['override', 'reason'],
          `Begrunn unntaket fra fasen med minst ${PHASE_OVERRIDE_MIN_REASON_LENGTH} tegn.`,
          `Give a reason of at least ${PHASE_OVERRIDE_MIN_REASON_LENGTH} characters for the phase override.`,
        ),
      ];
}
