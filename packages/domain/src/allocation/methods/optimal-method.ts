import type { Highs, ModelStatusCode } from 'highs';
import type { SolverReport } from '../allocation.types.js';
import { type CapacityLedger, ledgerFor } from '../capacity-ledger.js';
import { sharedHighsSolver } from '../highs-solver.js';
import { isFeasible, objectiveMicro } from '../objective.js';
import type { PreparedCandidate, PreparedRound } from '../prepared-round.js';
import type { AllocationMethod, MethodOutcome } from './allocation-method.js';
import { runRanked } from './ranked-method.js';
import { SCENARIO_DEFAULTS } from '../scenario-defaults.js';

const MICRO = 1_000_000;
/** The model counts in thousands of kroner, which keeps HiGHS' coefficients well scaled. */
const UNIT = 1000;
export const DEFAULT_TIME_LIMIT_SECONDS = SCENARIO_DEFAULTS.optimal.timeLimitSeconds;
export const DEFAULT_RELATIVE_GAP = SCENARIO_DEFAULTS.optimal.relativeGap;

/**
 * Maximises the scenario objective subject to every row of the plan with HiGHS. One variable per
 * eligible statement: the funded share of its request, in [0, 1]; semi-continuous (0, or between the
 * smallest share worth funding and 1) when a smallest share is set, which makes the model a MIP.
 * One slack per sector lower band. Later-year and coordinator amounts are fixed fractions of this
 * year's grant. The shares are rounded to whole kroner afterwards (then trimmed to keep every row,
 * and freed kroner handed back in priority order). The ranked solution is the solver's start, and
 * is returned instead whenever the solver's rounded solution is not better.
 */
export const optimalMethod: AllocationMethod = {
  name: 'optimal',
  label: { nb: 'optimal (HiGHS)', en: 'optimal (HiGHS)' },
  async allocate(round, context) {
    const highs = context.solver ?? (await sharedHighsSolver());
    return solveOptimal(round, highs);
  },
};

export function solveOptimal(round: PreparedRound, highs: Highs): MethodOutcome {
  const ranked = runRanked(round, highs);
  const rankedObjective = objectiveMicro(round, ranked.amounts);
  const settings = round.input.scenario.optimal ?? {};
  const timeLimit = settings.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const relativeGap = settings.relativeGap ?? DEFAULT_RELATIVE_GAP;
  const vars = round.priority
    .map((index) => round.candidates[index])
    .filter((c): c is PreparedCandidate => c !== undefined)
    .sort((a, b) => a.index - b.index);
  const slackRows = round.rows.map((row, k) => ({ row, k })).filter(({ row }) => row.lower > 0);
  const numCols = vars.length + slackRows.length;
  const numRows = round.rows.length;
  if (vars.length === 0) {
    return { ...ranked, source: 'RANKED', solver: null };
  }

  const colCost: number[] = [];
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integrality: (0 | 2)[] = [];
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const c of vars) {
    colCost.push(((MICRO + c.priorityMicro) / MICRO) * (c.req0 / UNIT));
    const semi = c.minAmount > 0;
    colLower.push(semi ? c.minAmount / c.req0 : 0);
    colUpper.push(1);
    integrality.push(semi ? 2 : 0);
    const entries = c.rows
      .map((r, k) => [r, (c.nums[k] ?? 0) / UNIT] as const)
      .sort((a, b) => a[0] - b[0]);
    for (const [r, v] of entries) {
      indices.push(r);
      values.push(v);
    }
    starts.push(indices.length);
  }
  for (const { k } of slackRows) {
    colCost.push(-round.penaltyMicro / MICRO);
    colLower.push(0);
    colUpper.push((round.rows[k]?.lower ?? 0) / UNIT);
    integrality.push(0);
    indices.push(k);
    values.push(1);
    starts.push(indices.length);
  }
  const model = highs.createModel({
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower,
    colUpper,
    integrality,
    rowLower: round.rows.map((row) => (row.lower > 0 ? row.lower / UNIT : -highs.infinity)),
    rowUpper: round.rows.map((row) => row.upper / UNIT),
    matrix: { format: 'csc', numRows, numCols, starts, indices, values },
  });
  try {
    model.options.set({
      output_flag: false,
      time_limit: timeLimit,
      mip_rel_gap: relativeGap,
      random_seed: 0,
    });
    const ledger = ledgerFor(round, ranked.amounts);
    const start = [
      ...vars.map((c) => (ranked.amounts[c.index] ?? 0) / c.req0),
      ...slackRows.map(({ row, k }) => Math.max(0, row.lower - (ledger.used[k] ?? 0)) / UNIT),
    ];
    model.setSolution({ colValue: start });
    const run = model.run();
    const status = statusName(highs, run.modelStatus);
    const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
    let dualBound = Number(model.info.get('mip_dual_bound')) * UNIT;
    let amounts = ranked.amounts;
    let source: MethodOutcome['source'] = 'RANKED_FALLBACK';
    if (hasSolution) {
      const solution = model.getSolution().colValue;
      const candidate = repair(round, vars, solution);
      if (isFeasible(round, candidate) && objectiveMicro(round, candidate) > rankedObjective) {
        amounts = candidate;
        source = 'OPTIMAL';
      }
    }
    const objective =
      Number(source === 'OPTIMAL' ? objectiveMicro(round, amounts) : rankedObjective) / MICRO;
    if (!Number.isFinite(dualBound)) dualBound = objective;
    const gap = Math.max(0, (dualBound - objective) / Math.max(1, Math.abs(dualBound)));
    const solver: SolverReport = {
      model: round.minShare > 0 ? 'MIP_SEMI_CONTINUOUS_SHARES' : 'LP_SHARES',
      status,
      timeLimitSeconds: timeLimit,
      relativeGapSetting: relativeGap,
      provenGap: Math.round(gap * 1e8) / 1e8,
      dualBound: Math.round(dualBound * 100) / 100,
      timeLimitReached: status === 'TIME_LIMIT',
    };
    return { amounts, source, solver, cut: new Set(), minShareExcluded: new Set() };
  } finally {
    model.dispose();
  }
}

/** Solver values → whole kroner that keep every row, then any kroner freed handed back greedily. */
function repair(round: PreparedRound, vars: PreparedCandidate[], values: Float64Array): number[] {
  const amounts = round.candidates.map(() => 0);
  vars.forEach((c, k) => {
    let amount = Math.round((values[k] ?? 0) * c.req0);
    amount = Math.min(c.req0, Math.max(0, amount));
    if (amount < c.minAmount) amount = 0;
    amounts[c.index] = amount;
  });
  const ledger = ledgerFor(round, amounts);
  // Rounding may overshoot a row by a few kroner: trim the lowest priority statements in it.
  const byPriorityLowFirst = [...round.priority].reverse();
  round.rows.forEach((row, r) => {
    for (const index of byPriorityLowFirst) {
      if ((ledger.used[r] ?? 0) <= row.upper) break;
      const c = round.candidates[index];
      const amount = amounts[index] ?? 0;
      if (!c || amount === 0 || !c.rows.includes(r)) continue;
      let next = Math.max(0, amount - 1 - (ledger.used[r] ?? 0) + row.upper);
      if (next < c.minAmount) next = 0;
      ledger.move(c, amount, next);
      amounts[index] = next;
    }
  });
  topUp(round, ledger, amounts);
  return amounts;
}

function topUp(round: PreparedRound, ledger: CapacityLedger, amounts: number[]): void {
  for (const index of round.priority) {
    const c = round.candidates[index];
    if (!c) continue;
    const from = amounts[index] ?? 0;
    if (from === 0) continue;
    const to = ledger.maxAmount(c, from);
    if (to > from) {
      ledger.move(c, from, to);
      amounts[index] = to;
    }
  }
}

function statusName(highs: Highs, code: ModelStatusCode): string {
  for (const [name, value] of Object.entries(highs.constants.modelStatus)) {
    if (value === code)
      return name === 'timeLimit'
        ? 'TIME_LIMIT'
        : name.replace(/[A-Z]/g, (m) => `_${m}`).toUpperCase();
  }
  return `STATUS_${code}`;
}
