import { compareIds } from '../common/canonical-json.js';
import type { LocalizedText } from '../common/localized-text.js';
import { problem, type ValidationProblem } from '../common/validation-problem.js';
import { ADJUSTMENT_MIN_REASON_LENGTH, checkLineAdjustment } from '../decision/decision-outcome.js';
import type { Kroner } from '../money/kroner.js';
import { cutRules } from './allocate.js';
import { AllocationInputError } from './allocation-input-error.js';
import type {
  AllocationInput,
  AllocationResult,
  ConstraintReport,
  StatementAllocation,
} from './allocation.types.js';
import {
  adjustmentExplanation,
  breachDescription,
  breachLabel,
  frameProblemText,
  overrideRequiredText,
} from './adjustment-phrases.js';
import { ledgerFor, rowUsage, type CapacityLedger } from './capacity-ledger.js';
import { buildConstraintReport } from './constraint-report.js';
import type { MethodOutcome } from './methods/allocation-method.js';
import { prepareRound } from './prepare-round.js';
import type { PreparedCandidate, PreparedRound, PreparedRow } from './prepared-round.js';
import { roundRanks, SharedStatementParts, statementAllocation } from './statement-allocation.js';

/** The bands and caps an adviser knowingly breaks with an adjustment, and why. */
export interface ConstraintOverride {
  /** Constraint ids as the gauges name them: `SECTOR:SCHOOL`, `LOCK:2:2027`, `COORDINATOR`. */
  constraintIds: string[];
  reason: string;
}

/** An adviser's grant for one statement this year, by hand, with the reason. */
export interface LineAdjustment {
  needsStatementId: string;
  grantedThisYear: Kroner;
  reason: string;
  override?: ConstraintOverride | null | undefined;
}

export type BreachKind = 'SECTOR_UPPER' | 'SECTOR_LOWER' | 'LOCK_CAP' | 'COORDINATOR_CAP';

/**
 * A band or cap the adjustments break further than the engine's result did. The frame is never
 * among them: nothing may pass it (see `pastFrame`).
 */
export interface ConstraintBreach {
  constraintId: string;
  kind: BreachKind;
  /** E.g. "øvre grense for skole", for use inside a sentence. */
  label: LocalizedText;
  /** The figures in one sentence. */
  description: LocalizedText;
  clause: string;
  /** The bound: the effective band's edge, or the cap (kroner, committed funds included). */
  limit: Kroner;
  /** Committed + granted against it after the adjustments. */
  total: Kroner;
  /** Kroner past the bound after the adjustments, and in the engine's result. */
  excess: Kroner;
  engineExcess: Kroner;
  /** Adjusted statements that push it past (more than the engine gave, or less for a lower bound). */
  needsStatementIds: string[];
  /** The adjustments that override it, with their reasons. */
  overrides: { needsStatementId: string; reason: string }[];
}

/** One year whose new grants take it past its frame: never allowed to stand. */
export interface FrameExcess {
  year: number;
  /** The year's frame (later years: assumed equal to this year's). */
  frame: Kroner;
  /** A later year, whose frame is assumed. */
  assumed: boolean;
  committed: Kroner;
  total: Kroner;
  excess: Kroner;
}

/** An adjusted statement as it stands with every other adjustment. */
export interface AppliedAdjustment {
  needsStatementId: string;
  engineGrantedThisYear: Kroner;
  grantedThisYear: Kroner;
  reason: string;
  override: ConstraintOverride | null;
  /** Constraint ids this adjustment helps break (see ConstraintBreach.needsStatementIds). */
  breaks: string[];
  /** The adviser's reason and what the change breaks, in words (for the decision's reasons). */
  explanation: LocalizedText;
  /** The plan clauses of the constraints it breaks. */
  clauses: string[];
}

export type AdjustmentProblemCode =
  | 'ADJUSTMENT_AMOUNT_INVALID'
  | 'ADJUSTMENT_REASON_MISSING'
  | 'ADJUSTMENT_UNKNOWN_STATEMENT'
  | 'ADJUSTMENT_INELIGIBLE'
  | 'ADJUSTMENT_PAST_FRAME'
  | 'ADJUSTMENT_OVERRIDE_REQUIRED'
  | 'ADJUSTMENT_OVERRIDE_REASON_MISSING';

export interface AdjustedAllocation {
  /** The engine's result with the adjustments: statements, totals, constraint report. */
  result: AllocationResult;
  adjustments: AppliedAdjustment[];
  breaches: ConstraintBreach[];
  pastFrame: FrameExcess[];
  /** Why these adjustments may not stand; empty when they may. */
  problems: ValidationProblem<AdjustmentProblemCode>[];
}

export interface LineAdjustmentOutcome extends AdjustedAllocation {
  /** Constraint ids the change must override (with a reason) to be accepted. */
  requiredOverrides: string[];
  /** The most this statement can get this year without taking any year past its frame. */
  maxWithinFrame: Kroner;
  /** The changed statement's adjustment as it would stand; null when it cannot be applied. */
  change: AppliedAdjustment | null;
}

/**
 * The engine's result with the advisers' adjustments applied (a set: one per statement, in any
 * order): new grants per year, totals, leftover and constraint report, and the bands and caps the
 * adjustments break. `problems` lists why the set may not stand: an amount outside 0–request, a
 * grant to an ineligible statement, a year past its frame, a breach no adjustment overrides.
 */
export function adjustAllocation(
  input: AllocationInput,
  engine: AllocationResult,
  adjustments: readonly LineAdjustment[],
): AdjustedAllocation {
  const base = baseOf(input, engine);
  const state = evaluate(base, adjustments);
  return { ...state.view, problems: setProblems(state) };
}

/**
 * One adviser's change to one statement's grant, given the adjustments already made: the result
 * as it would be, and whether the change may be made. It is refused when it takes a year further
 * past its frame, and when it leaves a band or cap broken (further than the engine's result) that
 * it worsens or that no other adjustment overrides, unless it overrides that constraint itself.
 * Problem paths are the change's own fields: `grantedThisYear`, `reason`, `override`, `override.reason`.
 */
export function adjustAllocationLine(
  input: AllocationInput,
  engine: AllocationResult,
  current: readonly LineAdjustment[],
  change: LineAdjustment,
): LineAdjustmentOutcome {
  const base = baseOf(input, engine);
  // Before the change only the use of each row counts: how far past each limit it was.
  const before = ledgerOf(base, current);
  const after = evaluate(base, [
    ...current.filter((a) => a.needsStatementId !== change.needsStatementId),
    change,
  ]);
  const id = change.needsStatementId;
  const c = base.byId.get(id);
  const problems: ValidationProblem<AdjustmentProblemCode>[] = [];
  if (!c) {
    problems.push(
      problem(
        'ADJUSTMENT_UNKNOWN_STATEMENT',
        ['needsStatementId'],
        'Behovsmeldingen er ikke med i scenariet.',
        'The needs statement is not part of the scenario.',
      ),
    );
  }
  if (c && !c.eligible && change.grantedThisYear > 0) {
    problems.push(ineligibleProblem(['grantedThisYear']));
    problems.push(...checkLineAdjustment({ ...change, grantedThisYear: 0 }, 0));
  } else {
    problems.push(...checkLineAdjustment(change, c?.req0 ?? 0));
  }

  const maxWithinFrame = c
    ? largestWithinFrames(base.round, after.ledger, c, after.amounts[c.index] ?? 0)
    : 0;
  for (const past of after.pastFrameRows) {
    const previous = before.used[past.rowIndex] ?? 0;
    if ((after.ledger.used[past.rowIndex] ?? 0) > previous) {
      const text = frameProblemText(past, maxWithinFrame);
      problems.push(problem('ADJUSTMENT_PAST_FRAME', ['grantedThisYear'], text.nb, text.en));
    }
  }

  const excessBefore = new Map(
    base.round.rows.map((row, k) => [constraintIdOf(row), excessOf(row, before.used[k] ?? 0)]),
  );
  const required = after.view.breaches.filter(
    (b) =>
      (b.needsStatementIds.includes(id) && b.excess > (excessBefore.get(b.constraintId) ?? 0)) ||
      !b.overrides.some((o) => o.needsStatementId !== id),
  );
  const named = new Set(change.override?.constraintIds ?? []);
  const missing = required.filter((b) => !named.has(b.constraintId));
  if (missing.length > 0) {
    const text = overrideRequiredText(missing);
    problems.push(problem('ADJUSTMENT_OVERRIDE_REQUIRED', ['override'], text.nb, text.en));
  }
  if (
    named.size > 0 &&
    (change.override?.reason ?? '').trim().length < ADJUSTMENT_MIN_REASON_LENGTH
  ) {
    problems.push(overrideReasonProblem(['override', 'reason']));
  }
  return {
    ...after.view,
    problems,
    requiredOverrides: required.map((b) => b.constraintId),
    maxWithinFrame,
    change: after.view.adjustments.find((a) => a.needsStatementId === id) ?? null,
  };
}

/** A prepared round with the engine's grants, shared by every evaluation of its adjustments. */
interface Base {
  round: PreparedRound;
  engine: AllocationResult;
  byId: Map<string, PreparedCandidate>;
  engineAmounts: number[];
  engineLedger: CapacityLedger;
  engineStatements: Map<string, StatementAllocation>;
}

function baseOf(input: AllocationInput, engine: AllocationResult): Base {
  const cutRule = cutRules.get(engine.method.cutRule) ?? cutRules.get(input.scenario.cutRule);
  if (!cutRule) {
    throw new AllocationInputError([
      problem(
        'ALLOC_UNKNOWN_CUT_RULE',
        ['scenario', 'cutRule'],
        `Ukjent kuttregel «${input.scenario.cutRule}».`,
        `Unknown cut rule "${input.scenario.cutRule}".`,
      ),
    ]);
  }
  const round = prepareRound(input, cutRule);
  const engineStatements = new Map(engine.statements.map((s) => [s.id, s]));
  const engineAmounts = round.candidates.map(
    (c) => engineStatements.get(c.source.id)?.granted.thisYear ?? 0,
  );
  return {
    round,
    engine,
    byId: new Map(round.candidates.map((c) => [c.source.id, c])),
    engineAmounts,
    engineLedger: ledgerFor(round, engineAmounts),
    engineStatements,
  };
}

/** The rows' use with a set of adjustments, as `evaluate` applies them (nothing else derived). */
function ledgerOf(base: Base, adjustments: readonly LineAdjustment[]): CapacityLedger {
  const amounts = [...base.engineAmounts];
  for (const a of adjustments) {
    const c = base.byId.get(a.needsStatementId);
    if (!c || (!c.eligible && a.grantedThisYear > 0)) continue;
    if (checkLineAdjustment(a, c.req0).some((p) => p.code === 'ADJUSTMENT_AMOUNT_INVALID'))
      continue;
    amounts[c.index] = a.grantedThisYear;
  }
  return ledgerFor(base.round, amounts);
}

interface Applied {
  adjustment: LineAdjustment;
  candidate: PreparedCandidate;
}

interface Evaluation {
  amounts: number[];
  ledger: CapacityLedger;
  applied: Applied[];
  /** Problems of single adjustments (amount, reason, ineligible, unknown), by statement id. */
  lineProblems: ValidationProblem<AdjustmentProblemCode>[];
  pastFrameRows: (FrameExcess & { rowIndex: number })[];
  view: Omit<AdjustedAllocation, 'problems'>;
}

function evaluate(base: Base, adjustments: readonly LineAdjustment[]): Evaluation {
  const { round } = base;
  const amounts = [...base.engineAmounts];
  const applied: Applied[] = [];
  const lineProblems: ValidationProblem<AdjustmentProblemCode>[] = [];
  const sorted = [...adjustments].sort((a, b) =>
    compareIds(a.needsStatementId, b.needsStatementId),
  );
  for (const adjustment of sorted) {
    const id = adjustment.needsStatementId;
    const c = base.byId.get(id);
    if (!c) {
      lineProblems.push(
        problem(
          'ADJUSTMENT_UNKNOWN_STATEMENT',
          ['adjustments', id],
          `Behovsmeldingen ${id} er ikke med i scenariet.`,
          `The needs statement ${id} is not part of the scenario.`,
        ),
      );
      continue;
    }
    if (!c.eligible && adjustment.grantedThisYear > 0) {
      lineProblems.push(ineligibleProblem(['adjustments', id, 'grantedThisYear']));
      continue;
    }
    const own = checkLineAdjustment(adjustment, c.req0).map((p) => ({
      ...p,
      path: ['adjustments', id, ...p.path],
    }));
    lineProblems.push(...own);
    if (own.some((p) => p.code === 'ADJUSTMENT_AMOUNT_INVALID')) continue;
    const override = adjustment.override;
    if (
      override &&
      override.constraintIds.length > 0 &&
      override.reason.trim().length < ADJUSTMENT_MIN_REASON_LENGTH
    ) {
      lineProblems.push(overrideReasonProblem(['adjustments', id, 'override', 'reason']));
    }
    amounts[c.index] = adjustment.grantedThisYear;
    applied.push({ adjustment, candidate: c });
  }
  const ledger = ledgerFor(round, amounts);
  const pastFrameRows = framesPast(round, ledger);

  const statements = statementsWith(base, amounts, ledger, applied);
  const grantedNew = statements.reduce((sum, s) => sum + s.granted.thisYear, 0);
  const used = round.committed.thisYear + grantedNew;
  const report = buildConstraintReport(round, ledger, statements);
  const breaches = breachesOf(base, ledger, amounts, applied, report);
  const adjusted = applied.map((a) => appliedAdjustment(base, a, amounts, breaches));
  explainAdjusted(statements, adjusted);
  annotateReport(report, base.engine.report, breaches, adjusted, statements);
  return {
    amounts,
    ledger,
    applied,
    lineProblems,
    pastFrameRows,
    view: {
      result: {
        ...base.engine,
        totals: {
          frame: round.frame,
          committedEarlier: round.committed.thisYear,
          grantedNew,
          used,
          leftover: Math.max(0, round.frame - used),
        },
        statements,
        report,
      },
      adjustments: adjusted,
      breaches,
      pastFrame: pastFrameRows.map(({ rowIndex: _rowIndex, ...past }) => past),
    },
  };
}

/** The engine's statements, each adjusted one regranted (years, split, status) at its new amount. */
function statementsWith(
  base: Base,
  amounts: number[],
  ledger: CapacityLedger,
  applied: readonly Applied[],
): StatementAllocation[] {
  const { round } = base;
  const adjustedIds = new Map(applied.map((a) => [a.candidate.source.id, a.candidate]));
  const outcome: MethodOutcome = {
    amounts,
    source: base.engine.method.source,
    solver: base.engine.method.solver,
    cut: new Set(),
    minShareExcluded: new Set(),
  };
  const ranks = roundRanks(round);
  const shared = new SharedStatementParts(round);
  return base.engine.statements.map((s) => {
    const c = adjustedIds.get(s.id);
    if (!c) return s;
    const regranted = statementAllocation(
      round,
      c,
      amounts[c.index] ?? 0,
      ledger,
      outcome,
      ranks,
      shared,
    );
    return {
      ...s,
      status: regranted.status,
      granted: regranted.granted,
      fundedPercent: regranted.fundedPercent,
      flags: regranted.flags,
      binding: [],
    };
  });
}

const isFrameRow = (row: PreparedRow) => row.kind === 'FRAME' || row.kind === 'FUTURE_FRAME';

function framesPast(round: PreparedRound, ledger: CapacityLedger) {
  const past: (FrameExcess & { rowIndex: number })[] = [];
  round.rows.forEach((row, k) => {
    if (!isFrameRow(row)) return;
    const used = ledger.used[k] ?? 0;
    if (used <= row.upper) return;
    const committed =
      row.kind === 'FRAME' ? round.committed.thisYear : (round.committed.byYear.get(row.year) ?? 0);
    past.push({
      rowIndex: k,
      year: row.year,
      frame: round.frame,
      assumed: row.kind === 'FUTURE_FRAME',
      committed,
      total: committed + used,
      excess: used - row.upper,
    });
  });
  return past;
}

/** The constraint id of a band or cap row, as the gauges name it; null for the frame's rows. */
function constraintIdOf(row: PreparedRow): string | null {
  if (row.kind === 'SECTOR' || row.kind === 'LOCK_CAP') return row.id;
  if (row.kind === 'COORDINATOR_CAP') return 'COORDINATOR';
  return null;
}

function excessOf(row: PreparedRow, used: number): number {
  return Math.max(0, used - row.upper, row.kind === 'SECTOR' ? row.lower - used : 0);
}

function breachesOf(
  base: Base,
  ledger: CapacityLedger,
  amounts: number[],
  applied: readonly Applied[],
  report: ConstraintReport,
): ConstraintBreach[] {
  const { round } = base;
  const breaches: ConstraintBreach[] = [];
  round.rows.forEach((row, k) => {
    const constraintId = constraintIdOf(row);
    if (!constraintId) return;
    const used = ledger.used[k] ?? 0;
    const excess = excessOf(row, used);
    const engineExcess = excessOf(row, base.engineLedger.used[k] ?? 0);
    if (excess <= engineExcess) return;
    const above = used > row.upper;
    const kind: BreachKind =
      row.kind === 'SECTOR'
        ? above
          ? 'SECTOR_UPPER'
          : 'SECTOR_LOWER'
        : row.kind === 'LOCK_CAP'
          ? 'LOCK_CAP'
          : 'COORDINATOR_CAP';
    const pushing = applied.filter(({ candidate: c }) => {
      const j = c.rows.indexOf(k);
      if (j < 0) return false;
      const mine = rowUsage(c, j, amounts[c.index] ?? 0);
      const engines = rowUsage(c, j, base.engineAmounts[c.index] ?? 0);
      return above ? mine > engines : mine < engines;
    });
    const figures = breachFigures(round, row, kind, report);
    breaches.push({
      constraintId,
      kind,
      label: breachLabel(row, kind),
      description: breachDescription(row, kind, figures.total, figures.limit, excess),
      clause: row.clause,
      limit: figures.limit,
      total: figures.total,
      excess,
      engineExcess,
      needsStatementIds: pushing.map((a) => a.candidate.source.id),
      overrides: applied
        .filter((a) => a.adjustment.override?.constraintIds.includes(constraintId))
        .map((a) => ({
          needsStatementId: a.candidate.source.id,
          reason: (a.adjustment.override?.reason ?? '').trim(),
        })),
    });
  });
  return breaches;
}

/** A constraint's total and bound as the report states them (committed funds included). */
function breachFigures(
  round: PreparedRound,
  row: PreparedRow,
  kind: BreachKind,
  report: ConstraintReport,
): { total: Kroner; limit: Kroner } {
  if (row.kind === 'SECTOR') {
    const s = report.sectors.find((x) => x.sector === row.sector);
    if (s) {
      return {
        total: s.total,
        limit: kind === 'SECTOR_UPPER' ? s.effectiveBand.upper : s.effectiveBand.lower,
      };
    }
  } else if (row.kind === 'LOCK_CAP') {
    const lock = report.locks.find(
      (x) => x.durationYears === row.durationYears && x.year === row.year,
    );
    if (lock) return { total: lock.total, limit: lock.cap };
  } else if (row.kind === 'COORDINATOR_CAP') {
    return { total: report.coordinator.total, limit: report.coordinator.cap };
  }
  return { total: 0, limit: row.upper };
}

function appliedAdjustment(
  base: Base,
  { adjustment, candidate: c }: Applied,
  amounts: number[],
  breaches: readonly ConstraintBreach[],
): AppliedAdjustment {
  const id = c.source.id;
  const mine = breaches.filter((b) => b.needsStatementIds.includes(id));
  const override =
    adjustment.override && adjustment.override.constraintIds.length > 0
      ? {
          constraintIds: [...new Set(adjustment.override.constraintIds)].sort(compareIds),
          reason: adjustment.override.reason.trim(),
        }
      : null;
  const engineGranted = base.engineAmounts[c.index] ?? 0;
  const granted = amounts[c.index] ?? 0;
  return {
    needsStatementId: id,
    engineGrantedThisYear: engineGranted,
    grantedThisYear: granted,
    reason: adjustment.reason.trim(),
    override,
    breaks: mine.map((b) => b.constraintId),
    explanation: adjustmentExplanation({
      year: base.round.year,
      from: engineGranted,
      to: granted,
      reason: adjustment.reason.trim(),
      breaks: mine,
      overrideReason: override?.reason ?? null,
    }),
    clauses: [...new Set(mine.map((b) => b.clause))].sort(compareIds),
  };
}

/** An adjusted statement's explanation: the engine's words, then the adjustment's. */
function explainAdjusted(
  statements: StatementAllocation[],
  adjusted: readonly AppliedAdjustment[],
): void {
  const byId = new Map(adjusted.map((a) => [a.needsStatementId, a]));
  statements.forEach((s, k) => {
    const a = byId.get(s.id);
    if (!a) return;
    statements[k] = {
      ...s,
      explanation: {
        nb: `${s.explanation.nb} ${a.explanation.nb}`,
        en: `${s.explanation.en} ${a.explanation.en}`,
      },
      clauses: [...new Set([...s.clauses, ...a.clauses])].sort(compareIds),
    };
  });
}

/** Sector notes and leftover reasons that say what the adjustments changed. */
function annotateReport(
  report: ConstraintReport,
  engineReport: ConstraintReport,
  breaches: readonly ConstraintBreach[],
  adjusted: readonly AppliedAdjustment[],
  statements: readonly StatementAllocation[],
): void {
  for (const b of breaches) {
    if (b.kind !== 'SECTOR_UPPER' && b.kind !== 'SECTOR_LOWER') continue;
    const sector = report.sectors.find((s) => `SECTOR:${s.sector}` === b.constraintId);
    if (!sector) continue;
    const reasons = b.overrides.map((o) => o.reason);
    // The engine's notes on the sector (why its band moved, what held it back), then the
    // adjustment's: a band broken by hand is not held back by caps.
    const engineNotes = engineReport.sectors.find((s) => s.sector === sector.sector)?.notes;
    sector.notes = [
      ...(engineNotes ?? sector.notes),
      {
        nb: `Brutt etter Statsforvalterens justering: ${b.description.nb}${reasons.length > 0 ? ` Overstyrt: ${reasons.join(' ')}` : ' Ikke overstyrt.'}`,
        en: `Broken by the office's adjustment: ${b.description.en}${reasons.length > 0 ? ` Overridden: ${reasons.join(' ')}` : ' Not overridden.'}`,
      },
    ];
  }
  if (report.leftover.amount <= 0) return;
  const ids = new Set(adjusted.map((a) => a.needsStatementId));
  const short = statements.filter(
    (s) => ids.has(s.id) && s.granted.thisYear < s.requested.thisYear,
  ).length;
  if (short > 0) {
    report.leftover.reasons = [
      ...report.leftover.reasons,
      {
        code: 'ADJUSTED',
        message: {
          nb: `${short} behovsmelding(er) har fått mindre enn de søkte om etter Statsforvalterens justering.`,
          en: `${short} statement(s) got less than they asked for after the office's adjustment.`,
        },
      },
    ];
  }
}

/** Why a set of adjustments may not stand. */
function setProblems(state: Evaluation): ValidationProblem<AdjustmentProblemCode>[] {
  const problems = [...state.lineProblems];
  for (const past of state.pastFrameRows) {
    const text = frameProblemText(past, null);
    problems.push(problem('ADJUSTMENT_PAST_FRAME', ['adjustments'], text.nb, text.en));
  }
  for (const b of state.view.breaches) {
    if (b.overrides.length > 0) continue;
    const text = overrideRequiredText([b]);
    problems.push(
      problem(
        'ADJUSTMENT_OVERRIDE_REQUIRED',
        ['adjustments', b.needsStatementIds[0] ?? b.constraintId, 'override'],
        text.nb,
        text.en,
      ),
    );
  }
  return problems;
}

/**
 * The largest grant this year for `c` (at most its request) with every year within its frame,
 * all other grants as they are: a binary search, each year's use being monotone in the grant.
 */
function largestWithinFrames(
  round: PreparedRound,
  ledger: CapacityLedger,
  c: PreparedCandidate,
  current: number,
): number {
  if (!c.eligible) return 0;
  const frames: { j: number; room: number }[] = [];
  c.rows.forEach((k, j) => {
    const row = round.rows[k];
    if (!row || !isFrameRow(row)) return;
    frames.push({ j, room: row.upper - ((ledger.used[k] ?? 0) - rowUsage(c, j, current)) });
  });
  const fits = (a: number) => frames.every((f) => rowUsage(c, f.j, a) <= f.room);
  if (!fits(0)) return 0;
  let low = 0;
  let high = c.req0;
  while (low < high) {
    const mid = low + Math.ceil((high - low) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

function ineligibleProblem(path: (string | number)[]): ValidationProblem<AdjustmentProblemCode> {
  return problem(
    'ADJUSTMENT_INELIGIBLE',
    path,
    'Behovsmeldingen er ikke aktuell for tildeling (se forklaringen), og kan bare få 0 kr.',
    'The statement is not eligible (see its explanation) and can only get 0 NOK.',
  );
}

function overrideReasonProblem(
  path: (string | number)[],
): ValidationProblem<AdjustmentProblemCode> {
  return problem(
    'ADJUSTMENT_OVERRIDE_REASON_MISSING',
    path,
    `Begrunn hvorfor grensen overstyres (minst ${ADJUSTMENT_MIN_REASON_LENGTH} tegn).`,
    `Give a reason for overriding the limit (at least ${ADJUSTMENT_MIN_REASON_LENGTH} characters).`,
  );
}
