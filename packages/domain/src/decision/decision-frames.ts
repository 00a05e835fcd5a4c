import { problem, type ValidationProblem } from '../common/validation-problem.js';
import { formatKroner as kr, type Kroner } from '../money/kroner.js';

export type DecisionFrameProblemCode = 'DECISION_PAST_FRAME';

/** One decided grant, year by year (the round's year first; later years subject to appropriation). */
export interface DecidedGrant {
  needsStatementId: string;
  perYear: readonly { year: number; amount: Kroner }[];
}

/**
 * Whether a round's decisions keep every year within its frame: the round's year against its
 * frame, and each later year against a frame assumed equal to it (as the engine assumes), counting
 * what earlier rounds already bound in each year. A year is past its frame only when the new
 * decisions add to it: amounts bound earlier alone never make a decision wrong.
 */
export function checkDecisionFrames(
  round: { year: number; frame: Kroner },
  committed: readonly { year: number; amount: Kroner }[],
  grants: readonly DecidedGrant[],
): ValidationProblem<DecisionFrameProblemCode>[] {
  const bound = new Map<number, number>();
  for (const c of committed) {
    if (c.year >= round.year) bound.set(c.year, (bound.get(c.year) ?? 0) + c.amount);
  }
  const granted = new Map<number, number>();
  for (const g of grants) {
    for (const y of g.perYear) {
      if (y.year >= round.year) granted.set(y.year, (granted.get(y.year) ?? 0) + y.amount);
    }
  }
  const problems: ValidationProblem<DecisionFrameProblemCode>[] = [];
  for (const year of [...granted.keys()].sort((a, b) => a - b)) {
    const added = granted.get(year) ?? 0;
    const before = bound.get(year) ?? 0;
    const total = before + added;
    if (added <= 0 || total <= round.frame) continue;
    const assumedNb = year > round.year ? ' (antatt lik årets ramme)' : '';
    const assumedEn = year > round.year ? " (assumed equal to this year's)" : '';
    problems.push(
      problem(
        'DECISION_PAST_FRAME',
        ['grants', year],
        `Vedtakene ville gitt ${year} ${kr(total)} (${kr(before)} bundet fra før og ${kr(added)} nå), ${kr(total - round.frame)} over rammen på ${kr(round.frame)}${assumedNb}. Ingen tildeling kan gå forbi rammen.`,
        `The decisions would give ${year} ${kr(total)} (${kr(before)} bound earlier and ${kr(added)} now), ${kr(total - round.frame)} over its frame of ${kr(round.frame)}${assumedEn}. No grant may pass the frame.`,
      ),
    );
  }
  return problems;
}
