import type { EntityManager } from '@mikro-orm/postgresql';
import {
  adjustAllocation,
  checkDecisionFrames,
  type AdjustedAllocation,
  type AllocationInput,
  type AllocationResult,
  type ConstraintBreach,
  type LineAdjustment,
} from '@kompetansemidler/domain';
import { BadUserInputError, NotFoundError, type Problem } from '../../errors/app-error.js';
import type { Round } from '../round/round.entity.js';
import { AllocationStatus, type ScenarioLine } from './scenario-line.entity.js';
import type { Scenario } from './scenario.entity.js';
import { FrameExceededError, OverrideRequiredError } from './scenario.errors.js';

/** A scenario's engine input and result (both kept whole with the scenario), read as plain JSON. */
export async function engineRunOf(
  em: EntityManager,
  scenarioId: string,
): Promise<{ input: AllocationInput; result: AllocationResult }> {
  const [row] = await em.execute<{ input: AllocationInput; result: AllocationResult }[]>(
    `select input, result from scenario where id = ?`,
    [scenarioId],
  );
  if (!row) throw new NotFoundError('Scenario', scenarioId);
  return row;
}

/** The advisers' adjustments of a scenario's lines, as the domain takes them. */
export function lineAdjustments(lines: readonly ScenarioLine[]): LineAdjustment[] {
  return lines
    .filter((l) => l.adjustedThisYear != null)
    .map((l) => ({
      needsStatementId: l.needsStatement.id,
      grantedThisYear: l.adjustedThisYear ?? 0,
      reason: l.adjustmentReason ?? '',
      override: l.constraintOverride,
    }));
}

/**
 * Keeps what the domain derived: the scenario's totals and adjusted result (report, adjustments,
 * breaches), and each adjusted line's status, funded share, years and account of the adjustment.
 * `lines` must hold every adjusted line.
 */
export function storeAdjusted(
  scenario: Scenario,
  lines: readonly ScenarioLine[],
  adjusted: AdjustedAllocation,
): void {
  const { totals, report, statements } = adjusted.result;
  scenario.grantedNew = totals.grantedNew;
  scenario.leftover = totals.leftover;
  scenario.adjusted = {
    totals,
    report,
    adjustments: adjusted.adjustments,
    breaches: adjusted.breaches,
  };
  const statementById = new Map(statements.map((s) => [s.id, s]));
  const adjustmentById = new Map(adjusted.adjustments.map((a) => [a.needsStatementId, a]));
  for (const line of lines) {
    const statement = statementById.get(line.needsStatement.id);
    const adjustment = adjustmentById.get(line.needsStatement.id);
    if (!statement || !adjustment || line.adjustedThisYear == null) continue;
    line.status = AllocationStatus[statement.status];
    line.fundedPercent = statement.fundedPercent;
    line.adjustedPerYear = statement.granted.perYear.map((y) => ({ ...y }));
    line.adjustment = {
      explanation: adjustment.explanation,
      clauses: adjustment.clauses,
      breaks: adjustment.breaks,
    };
  }
}

/** What a client needs to ask for an override: each breach's id and words. */
export function breachSummaries(breaches: readonly ConstraintBreach[]) {
  return breaches.map((b) => ({
    constraintId: b.constraintId,
    label: b.label,
    description: b.description,
  }));
}

/**
 * The typed error for the domain's problems: FRAME_EXCEEDED when a year would pass its frame,
 * OVERRIDE_REQUIRED when a band or cap would be broken without an override, else BAD_USER_INPUT.
 * Every problem goes with it, so the client shows each beside its field.
 */
export function adjustmentError(
  problems: readonly Problem[],
  breaches: readonly ConstraintBreach[],
): Error {
  const list = [...problems];
  const first = list[0];
  const field = (code: string) =>
    String(list.find((p) => p.code === code)?.path.join('.') ?? first?.path.join('.') ?? '');
  if (list.some((p) => p.code === 'ADJUSTMENT_PAST_FRAME' || p.code === 'DECISION_PAST_FRAME')) {
    const code = list.some((p) => p.code === 'ADJUSTMENT_PAST_FRAME')
      ? 'ADJUSTMENT_PAST_FRAME'
      : 'DECISION_PAST_FRAME';
    return new FrameExceededError(
      'This would take a year past its frame; no grant may pass the frame.',
      list,
      field(code),
    );
  }
  if (list.some((p) => p.code === 'ADJUSTMENT_OVERRIDE_REQUIRED')) {
    return new OverrideRequiredError(
      'This breaks a sector band or a lock cap: override it with a reason.',
      list,
      field('ADJUSTMENT_OVERRIDE_REQUIRED'),
      breachSummaries(breaches),
    );
  }
  return new BadUserInputError(first?.message.en ?? 'Invalid adjustment.', {
    field: first ? String(first.path[0]) : '',
    problems: list,
  });
}

/**
 * The scenario as it would go forward (to the forum, or into decisions): its adjustments through
 * the domain, and every year within the round's frame now (what other rounds bound counted; the
 * frame may have changed since the run). Refuses, with FRAME_EXCEEDED or OVERRIDE_REQUIRED and the
 * problems at `field`, a scenario that may not stand. `lines` must hold every adjusted line;
 * `decided` names the statements that become grants (default: all of the scenario's).
 */
export async function assertScenarioMayStand(
  em: EntityManager,
  scenario: Scenario,
  round: Round,
  lines: readonly ScenarioLine[],
  field: string,
  decided?: ReadonlySet<string>,
): Promise<AdjustedAllocation> {
  const { input, result } = await engineRunOf(em, scenario.id);
  const adjusted = adjustAllocation(input, result, lineAdjustments(lines));
  const committed = await em.execute<{ year: number; amount: string }[]>(
    `select year, sum(amount) as amount from commitment
      where county_id = ? and year >= ? and granted_in_round_id is distinct from ?
      group by year`,
    [round.county.id, round.year, round.id],
  );
  const frames = checkDecisionFrames(
    { year: round.year, frame: round.frame },
    committed.map((c) => ({ year: c.year, amount: Number(c.amount) })),
    adjusted.result.statements
      .filter((s) => !decided || decided.has(s.id))
      .map((s) => ({ needsStatementId: s.id, perYear: s.granted.perYear })),
  );
  const problems = [...adjusted.problems, ...frames].map((p) => ({ ...p, path: [field] }));
  if (problems.length > 0) throw adjustmentError(problems, adjusted.breaches);
  return adjusted;
}
