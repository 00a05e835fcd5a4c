import { isKroner, formatKroner } from '../money/kroner.js';
import type { PlanRules } from '../plan/plan.schema.js';
import { SECTOR_LABELS, type Sector } from '../plan/sector.js';
import { ROUND_ACTION_PHASES, type RoundPhase } from '../workflow/round-phases.js';
import {
  checkText,
  checkYear,
  MAX_COMMITMENT_AMOUNT,
  REGISTER_TEXT_LIMITS,
  registerProblem,
  type RegisterProblem,
} from './register-problem.js';

/**
 * One year of a multi-year grant made before the county's rounds on this platform (a county that
 * starts mid-period): the year it falls in, its amount and how it is split between the parties.
 * A year before the first round is history (it counts toward a work's four-year limit); a later
 * year binds that year's frame (låste midler).
 */
export interface EarlierCommitmentRecord {
  partnershipId: string;
  /** Stable id of the development work across rounds (a continuation names it). */
  workId: string;
  sector: Sector;
  /** The whole grant's duration in years: it decides the lock cap the amount counts toward. */
  durationYears: number;
  /** The year the grant was decided. */
  grantedYear: number;
  /** The year this amount falls in. */
  year: number;
  amount: number;
  owner: number;
  institution: number;
  /** The part of the amount for a coordinator (0 when none). */
  coordinator: number;
}

export interface EarlierCommitmentContext {
  rules: Pick<PlanRules, 'sectors' | 'durations'>;
  partnershipExists: boolean;
  /** The year of the county's first round on the platform; null when it has none. */
  firstRoundYear: number | null;
  /** The county's round of the commitment's year, if there is one. */
  round: { year: number; frame: number; status: RoundPhase } | null;
  /** What other commitments already bind in the commitment's year (this one left out). */
  committedInYear: number;
}

/** A round's funds may be bound anew while its frame may still change: until it is decided. */
const UNDECIDED: readonly RoundPhase[] = ROUND_ACTION_PHASES.setRoundFrame;

export function validateEarlierCommitment(
  commitment: EarlierCommitmentRecord,
  context: EarlierCommitmentContext,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  if (!context.partnershipExists) {
    problems.push(
      registerProblem(
        'REG_PARTNERSHIP_UNKNOWN',
        ['partnershipId'],
        'Partnerskapet finnes ikke i registeret.',
        'The partnership is not in the register.',
      ),
    );
  }
  problems.push(
    ...checkText(
      commitment.workId,
      ['workId'],
      { nb: 'utviklingsarbeidets id', en: "the development work's id" },
      REGISTER_TEXT_LIMITS.workId,
    ),
  );
  if (!context.rules.sectors.includes(commitment.sector)) {
    const label = SECTOR_LABELS[commitment.sector] ?? {
      nb: commitment.sector,
      en: commitment.sector,
    };
    problems.push(
      registerProblem(
        'REG_SECTOR_NOT_IN_PLAN',
        ['sector'],
        `Planen har ikke sektoren ${label.nb}.`,
        `The plan has no sector ${label.en}.`,
      ),
    );
  }
  const max = context.rules.durations.maxYears;
  const duration = commitment.durationYears;
  const durationOk = Number.isInteger(duration) && duration >= 1 && duration <= max;
  if (!durationOk) {
    problems.push(
      registerProblem(
        'REG_DURATION_OUT_OF_RANGE',
        ['durationYears'],
        `Varigheten må være 1–${max} år.`,
        `The duration must be 1–${max} years.`,
      ),
    );
  }
  const granted = checkYear(commitment.grantedYear, ['grantedYear'], {
    nb: 'vedtaksåret',
    en: 'the year of the grant',
  });
  const year = checkYear(commitment.year, ['year'], { nb: 'året', en: 'the year' });
  problems.push(...granted, ...year);
  if (granted.length === 0 && year.length === 0) {
    problems.push(...checkYears(commitment, context, durationOk));
  }
  problems.push(...checkAmounts(commitment));
  if (problems.length === 0) problems.push(...checkFrame(commitment, context));
  return problems;
}

function checkYears(
  commitment: EarlierCommitmentRecord,
  context: EarlierCommitmentContext,
  durationOk: boolean,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const last = commitment.grantedYear + commitment.durationYears - 1;
  if (commitment.year < commitment.grantedYear || (durationOk && commitment.year > last)) {
    problems.push(
      registerProblem(
        'REG_COMMITMENT_YEAR_OUTSIDE_GRANT',
        ['year'],
        durationOk
          ? `Året må ligge i tilskuddets periode, ${commitment.grantedYear}–${last}.`
          : `Året kan ikke være før vedtaksåret ${commitment.grantedYear}.`,
        durationOk
          ? `The year must lie in the grant's period, ${commitment.grantedYear}–${last}.`
          : `The year cannot be before the year of the grant, ${commitment.grantedYear}.`,
      ),
    );
  }
  const first = context.firstRoundYear;
  if (first !== null && commitment.grantedYear >= first) {
    problems.push(
      registerProblem(
        'REG_COMMITMENT_NOT_EARLIER',
        ['grantedYear'],
        `Tilskudd fra ${first} og senere er vedtatt i rundene her og registreres med vedtaket; her føres bare tilskudd gitt før ${first}.`,
        `Grants from ${first} on are decided in the rounds here and recorded with the decision; only grants made before ${first} go here.`,
      ),
    );
  }
  return problems;
}

function checkAmounts(commitment: EarlierCommitmentRecord): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const parts = [
    ['amount', commitment.amount, 'beløpet', 'the amount'],
    ['owner', commitment.owner, 'eierens del', "the owner's part"],
    ['institution', commitment.institution, 'kompetansemiljøets del', "the institution's part"],
    ['coordinator', commitment.coordinator, 'koordinatordelen', 'the coordinator part'],
  ] as const;
  for (const [field, value, nb, en] of parts) {
    if (!isKroner(value) || value < 0 || value > MAX_COMMITMENT_AMOUNT) {
      problems.push(
        registerProblem(
          'REG_AMOUNT_INVALID',
          [field],
          `${nb.charAt(0).toUpperCase()}${nb.slice(1)} må være hele kroner mellom 0 og ${formatKroner(MAX_COMMITMENT_AMOUNT)}.`,
          `${en.charAt(0).toUpperCase()}${en.slice(1)} must be whole kroner between 0 and ${MAX_COMMITMENT_AMOUNT}.`,
        ),
      );
    }
  }
  if (problems.length > 0) return problems;
  if (commitment.owner + commitment.institution !== commitment.amount) {
    problems.push(
      registerProblem(
        'REG_COMMITMENT_SPLIT_SUM',
        ['amount'],
        `Eierens del (${formatKroner(commitment.owner)}) og kompetansemiljøets del (${formatKroner(commitment.institution)}) må til sammen bli beløpet (${formatKroner(commitment.amount)}).`,
        `The owner's part (${commitment.owner}) and the institution's part (${commitment.institution}) must add up to the amount (${commitment.amount}).`,
      ),
    );
  }
  if (commitment.coordinator > commitment.amount) {
    problems.push(
      registerProblem(
        'REG_COMMITMENT_COORDINATOR_EXCEEDS_AMOUNT',
        ['coordinator'],
        'Koordinatordelen kan ikke være større enn beløpet.',
        'The coordinator part cannot exceed the amount.',
      ),
    );
  }
  return problems;
}

/**
 * Whether what is bound in a year may change: not once the year's round is decided (its grants
 * were made against what was bound). For moving or removing an earlier commitment, too.
 */
export function checkCommitmentYearOpen(
  round: EarlierCommitmentContext['round'],
): RegisterProblem[] {
  if (!round || UNDECIDED.includes(round.status)) return [];
  return [
    registerProblem(
      'REG_COMMITMENT_YEAR_DECIDED',
      ['year'],
      `Runden for ${round.year} er allerede avgjort, så det som er bundet det året kan ikke endres.`,
      `The round of ${round.year} is already decided, so what is bound that year cannot change.`,
    ),
  ];
}

/** A year with a round: only while it is undecided, and never past its frame. */
function checkFrame(
  commitment: EarlierCommitmentRecord,
  { round, committedInYear }: EarlierCommitmentContext,
): RegisterProblem[] {
  if (!round) return [];
  const closed = checkCommitmentYearOpen(round);
  if (closed.length > 0) return closed;
  const total = committedInYear + commitment.amount;
  if (total > round.frame) {
    return [
      registerProblem(
        'REG_COMMITMENT_OVER_FRAME',
        ['amount'],
        `Med dette blir ${formatKroner(total)} bundet i ${round.year}, mer enn rammen på ${formatKroner(round.frame)}.`,
        `This would bind ${total} NOK in ${round.year}, more than the frame of ${round.frame} NOK.`,
      ),
    ];
  }
  return [];
}
