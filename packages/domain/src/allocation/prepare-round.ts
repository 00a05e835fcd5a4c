import { compareIds } from '../common/canonical-json.js';
import type { LocalizedText } from '../common/localized-text.js';
import { problem, type ValidationProblem } from '../common/validation-problem.js';
import { mulDivCeil, mulDivFloor, percentOf } from '../money/integer-math.js';
import { apportion, apportionCapped } from '../money/largest-remainder.js';
import {
  budgetLineProblems,
  budgetYearsMismatch,
  durationOutOfRange,
  sectorNotInPlan,
  workYearLimitExceeded,
} from '../needs-statement/statement-rules.js';
import { toBasisPoints } from '../plan/plan-consistency.js';
import { resolvePlanVersion } from '../plan/plan-version.js';
import type { PlanRules } from '../plan/plan.schema.js';
import { SECTOR_LABELS, type Sector } from '../plan/sector.js';
import { themesOfSector } from '../themes/theme-lookup.js';
import { AllocationInputError, type AllocationInputProblemCode } from './allocation-input-error.js';
import {
  SAMI_LEVELS,
  type AllocationCandidate,
  type AllocationInput,
  type Commitment,
} from './allocation.types.js';
import type { CutRule } from './cut-rules.js';
import { scenarioParameterProblems } from './scenario-parameters.js';
import { scoreCandidates, UNSCORED } from './score.js';
import type {
  PreparedCandidate,
  PreparedRound,
  PreparedRow,
  SectorBand,
} from './prepared-round.js';

const MICRO = 1_000_000;

/** The theme position of a statement outside its sector's themes: after every theme of any sector. */
export const OFF_THEME = 1_000_000;

/**
 * The plan's priority classes, lexicographic: better theme rank (statements outside the themes
 * last); then newcomer owners (all before some before none); then the office's Sámi assessment
 * (STRONG before SOME before NONE or not assessed). Equal classes in one sector form a tier.
 */
export function compareTier(a: PreparedCandidate, b: PreparedCandidate): number {
  return (
    a.themePosition - b.themePosition ||
    b.newcomerClass - a.newcomerClass ||
    b.samiClass - a.samiClass
  );
}

/**
 * Priority order, highest first: the tier (compareTier); inside a tier the sector's discretionary
 * indicators seen together; then the smaller request this year (funds more partnerships); and last
 * the statement id, compared by UTF-16 code units. Across sectors the same classes compare alike
 * (theme rank 1 of one sector with theme rank 1 of another): the plan ranks nothing across sectors,
 * and the bands decide how the sectors share.
 */
export function comparePriority(a: PreparedCandidate, b: PreparedCandidate): number {
  return (
    compareTier(a, b) ||
    b.indicatorMicro - a.indicatorMicro ||
    a.req0 - b.req0 ||
    compareIds(a.source.id, b.source.id)
  );
}

type InputProblem = ValidationProblem<AllocationInputProblemCode>;

export function prepareRound(input: AllocationInput, cutRule: CutRule): PreparedRound {
  const plan = resolvePlanVersion(input.plan, input.planVersion);
  const rules = plan.rules;
  const { year, frame } = input.round;
  const problems: InputProblem[] = [];
  if (!Number.isSafeInteger(frame) || frame < 0) {
    problems.push(
      problem(
        'ALLOC_FRAME_INVALID',
        ['round', 'frame'],
        'Rammen må være hele kroner ≥ 0.',
        'The frame must be whole kroner ≥ 0.',
      ),
    );
  }
  const minShare = input.scenario.minFundedShare;
  problems.push(...scenarioParameterProblems(input.scenario));
  if (rules.regionalNetworks.enabled) {
    problems.push(
      problem(
        'ALLOC_REGIONAL_NETWORKS_UNSUPPORTED',
        ['plan', 'regionalNetworks'],
        'Fordeling gjennom regionale nettverk er ikke støttet ennå.',
        'Allocation through regional networks is not supported yet.',
      ),
    );
  }
  const sortedCandidates = [...input.candidates].sort((a, b) => compareIds(a.id, b.id));
  sortedCandidates.forEach((c, k) => {
    if (k > 0 && sortedCandidates[k - 1]?.id === c.id) {
      problems.push(
        problem(
          'ALLOC_DUPLICATE_CANDIDATE',
          ['candidates'],
          `Behovsmeldingen ${c.id} er med to ganger.`,
          `The needs statement ${c.id} occurs twice.`,
        ),
      );
    }
    const sami = c.samiAssessment;
    if (sami && !(SAMI_LEVELS as readonly string[]).includes(sami.level)) {
      problems.push(
        problem(
          'ALLOC_SAMI_LEVEL_INVALID',
          ['candidates', c.id, 'samiAssessment', 'level'],
          'Vurderingen av samiske perspektiver må være NONE, SOME eller STRONG.',
          'The assessment of Sámi perspectives must be NONE, SOME or STRONG.',
        ),
      );
    }
    for (let y = 0; y < c.budget.length; y++) {
      const b = c.budget[y] as AllocationCandidate['budget'][number];
      if (
        !isAmount(b.owner) ||
        !isAmount(b.institution) ||
        !isAmount(b.total) ||
        !isAmount(b.coordinator)
      ) {
        problems.push(
          problem(
            'ALLOC_AMOUNT_INVALID',
            ['candidates', c.id, 'budget', y],
            'Beløp må være hele kroner ≥ 0.',
            'Amounts must be whole kroner ≥ 0.',
          ),
        );
      }
    }
  });
  const commitments = [...input.commitments].sort(compareCommitments);
  commitments.forEach((c, k) => {
    if (!Number.isSafeInteger(c.amount) || c.amount < 0 || !Number.isSafeInteger(c.coordinator)) {
      problems.push(
        problem(
          'ALLOC_AMOUNT_INVALID',
          ['commitments', k],
          'Beløp må være hele kroner ≥ 0.',
          'Amounts must be whole kroner ≥ 0.',
        ),
      );
    }
  });
  const weights = indicatorWeights(input, rules, problems);
  const marginalTier = input.scenario.marginalTier ?? 'cut-rule';
  if (marginalTier !== 'cut-rule' && marginalTier !== 'indicators') {
    problems.push(
      problem(
        'ALLOC_MARGINAL_TIER_UNKNOWN',
        ['scenario', 'marginalTier'],
        'Ukjent valg for nivået ved budsjettgrensen (kjente: cut-rule, indicators).',
        'Unknown choice for the tier at the budget line (known: cut-rule, indicators).',
      ),
    );
  }
  if (problems.length > 0) throw new AllocationInputError(problems);

  const committed = sumCommitments(commitments, year);
  const candidates = sortedCandidates.map((c, index) =>
    prepareCandidate(c, index, input, rules, Math.max(0, minShare)),
  );
  scoreCandidates(candidates, input, rules, weights);

  const priority = candidates
    .filter((c) => c.eligible)
    .sort(comparePriority)
    .map((c) => c.index);
  const prioritySector = new Map<Sector, number[]>();
  for (const sector of rules.sectors) prioritySector.set(sector, []);
  for (let k = 0; k < priority.length; k++) {
    const index = priority[k] as number;
    prioritySector.get((candidates[index] as PreparedCandidate).source.sector)?.push(index);
  }
  // Tiers per sector, and the objective's weight: (tiers − tier) / tiers, so a better tier of a
  // sector always weighs more than a worse one of the same sector.
  const tiersInSector = new Map<Sector, number>();
  for (const [sector, queue] of prioritySector) {
    let tier = -1;
    let previous: PreparedCandidate | undefined;
    for (const index of queue) {
      const c = candidates[index] as PreparedCandidate;
      if (!previous || compareTier(previous, c) !== 0) tier += 1;
      c.tier = tier;
      previous = c;
    }
    const tiers = tier + 1;
    tiersInSector.set(sector, tiers);
    for (const index of queue) {
      const c = candidates[index] as PreparedCandidate;
      c.priorityMicro = Math.round((MICRO * (tiers - c.tier)) / tiers);
    }
  }

  const rows: PreparedRow[] = [];
  const bands = sectorBands(input, rules, candidates, committed.bySector, problems);
  if (problems.length > 0) throw new AllocationInputError(problems);
  buildRows(rows, bands, input, rules, committed);
  attachRows(candidates, rows, year);

  const maxScore = candidates.reduce((max, c) => Math.max(max, c.priorityMicro), 0);
  return {
    input,
    plan,
    rules,
    year,
    frame,
    candidates,
    priority,
    prioritySector,
    tiersInSector,
    marginalTier,
    rows,
    bands,
    committed,
    cutRule,
    minShare,
    penaltyMicro: 2 * (MICRO + maxScore) + MICRO,
  };
}

const isAmount = (value: number) => Number.isSafeInteger(value) && value >= 0;

function compareCommitments(a: Commitment, b: Commitment): number {
  return (
    a.year - b.year ||
    compareIds(a.needsStatementId, b.needsStatementId) ||
    compareIds(a.workId, b.workId) ||
    a.amount - b.amount
  );
}

function sumCommitments(
  commitments: readonly Commitment[],
  year: number,
): PreparedRound['committed'] {
  const byYear = new Map<number, number>();
  const bySector = new Map<Sector, number>();
  const byDurationYear = new Map<string, number>();
  let coordinatorThisYear = 0;
  for (let k = 0; k < commitments.length; k++) {
    const c = commitments[k] as Commitment;
    if (c.year < year) continue;
    byYear.set(c.year, (byYear.get(c.year) ?? 0) + c.amount);
    const key = `${c.durationYears}:${c.year}`;
    byDurationYear.set(key, (byDurationYear.get(key) ?? 0) + c.amount);
    if (c.year === year) {
      bySector.set(c.sector, (bySector.get(c.sector) ?? 0) + c.amount);
      coordinatorThisYear += c.coordinator;
    }
  }
  return { thisYear: byYear.get(year) ?? 0, byYear, bySector, byDurationYear, coordinatorThisYear };
}

function indicatorWeights(input: AllocationInput, rules: PlanRules, problems: InputProblem[]) {
  const weights = new Map<string, number>();
  for (const indicator of rules.indicators) {
    const given = input.scenario.indicatorWeights?.[indicator.id];
    const weight = given ?? indicator.defaultWeight;
    // A weight given is checked with the scenario's parameters (scenarioParameterProblems).
    if (given === undefined && !(Number.isFinite(weight) && weight >= 0)) {
      problems.push(
        problem(
          'ALLOC_WEIGHT_INVALID',
          ['scenario', 'indicatorWeights', indicator.id],
          'Vekter må være tall ≥ 0.',
          'Weights must be numbers ≥ 0.',
        ),
      );
    }
    weights.set(indicator.id, weight);
  }
  // themeWeight is deprecated: scenarioParameterProblems checks it for old callers; the theme rank
  // orders lexicographically.
  return { indicators: weights };
}

/** Until attachRows gives it its own; an ineligible candidate draws on no row. */
const NO_ROWS = Object.freeze([]) as unknown as number[];

/** Shared by every eligible candidate and its statement in the result (results are read-only). */
const NO_REASONS = Object.freeze([]) as unknown as PreparedCandidate['ineligibleReasons'];

function reason(code: string, nb: string, en: string) {
  return { code, message: { nb, en } };
}

/** The reasons so far with a problem found added (a list is made only for the first). */
function because(
  reasons: PreparedCandidate['ineligibleReasons'] | null,
  found: ValidationProblem | null,
): PreparedCandidate['ineligibleReasons'] | null {
  if (!found) return reasons;
  const list = reasons ?? [];
  list.push({ code: found.code, message: found.message });
  return list;
}

function prepareCandidate(
  c: AllocationCandidate,
  index: number,
  input: AllocationInput,
  rules: PlanRules,
  minShare: number,
): PreparedCandidate {
  const year = input.round.year;
  // The statement rules, with the codes and messages the statement's own validation gives.
  // Themes are priorities, not a gate (plan: "de lokale behovene avgjør valg av tiltak"): a
  // statement outside its sector's themes is eligible and ranks after those inside.
  const yearsProblem = budgetYearsMismatch(rules, year, c.durationYears, c.budget);
  const lineProblems = budgetLineProblems(c.budget);
  let reasons = because(null, sectorNotInPlan(rules, c.sector));
  reasons = because(reasons, durationOutOfRange(rules, c.durationYears));
  reasons = because(reasons, yearsProblem);
  for (let k = 0; k < lineProblems.length; k++) reasons = because(reasons, lineProblems[k] ?? null);
  reasons = because(
    reasons,
    workYearLimitExceeded(rules, input.history, c.workId, year, c.durationYears),
  );
  // Exactly one entry per year: this array lives as long as the round.
  const yearsOk = yearsProblem === null && c.budget.length === c.durationYears;
  const req: number[] = yearsOk ? new Array<number>(c.durationYears) : [];
  let coord0 = 0;
  for (let k = 0; yearsOk && k < c.durationYears; k++) {
    const entry =
      c.budget[k]?.year === year + k ? c.budget[k] : c.budget.find((b) => b.year === year + k);
    req[k] = entry?.total ?? 0;
    if (k === 0) coord0 = entry?.coordinator ?? 0;
  }
  let requestedAllYears = 0;
  for (let k = 0; k < c.budget.length; k++) requestedAllYears += c.budget[k]?.total ?? 0;
  const req0 = req[0] ?? 0;
  if (yearsOk && req0 === 0) {
    reasons ??= [];
    reasons.push(
      reason(
        'ALLOC_NOTHING_REQUESTED',
        'Det er ikke søkt om midler for dette året.',
        'No funds are requested for this year.',
      ),
    );
  }
  let publics = 0;
  for (const o of c.owners) if (o.ownership === 'PUBLIC') publics += 1;
  const themes = themesOfSector(rules, c.sector);
  let position = -1;
  for (let k = 0; k < themes.length && position < 0; k++) {
    if (themes[k]?.id === c.themeId) position = k;
  }
  return {
    index,
    source: c,
    eligible: reasons === null,
    ineligibleReasons: reasons ?? NO_REASONS,
    req,
    coord0,
    req0,
    requestedAllYears,
    minAmount:
      minShare > 0 ? Math.max(1, mulDivCeil(req0, Math.round(minShare * MICRO), MICRO)) : 0,
    indicatorMicro: 0,
    priorityMicro: 0,
    score: UNSCORED,
    themeRank: position >= 0 ? (themes[position]?.rank ?? null) : null,
    themePosition: position >= 0 ? position : OFF_THEME,
    newcomers: 0,
    newcomerClass: 0,
    samiClass: 0,
    tier: 0,
    ownershipGroup: publics === c.owners.length ? 'PUBLIC' : publics === 0 ? 'PRIVATE' : 'MIXED',
    rows: NO_ROWS,
    nums: NO_ROWS,
  };
}

function sectorBands(
  input: AllocationInput,
  rules: PlanRules,
  candidates: PreparedCandidate[],
  committedBySector: Map<Sector, number>,
  problems: InputProblem[],
): SectorBand[] {
  const split = rules.sectorSplit;
  if (split.kind === 'NONE') return [];
  const frame = input.round.frame;
  let sectors: Sector[];
  let weights: number[];
  if (split.kind === 'FIXED_SHARES') {
    sectors = split.shares.map((s) => s.sector);
    weights = split.shares.map((s) => toBasisPoints(s.targetPercent));
  } else {
    sectors = split.sectors;
    weights = sectors.map((s) => {
      const basis = input.round.sectorBasis?.[s];
      if (basis === undefined || !(basis >= 0)) {
        problems.push(
          problem(
            'ALLOC_SECTOR_BASIS_MISSING',
            ['round', 'sectorBasis', s],
            `Runden mangler ${split.basis.label.nb} for ${SECTOR_LABELS[s].nb}.`,
            `The round lacks ${split.basis.label.en} for ${SECTOR_LABELS[s].en}.`,
          ),
        );
        return 0;
      }
      return Math.round(basis * 100);
    });
  }
  if (problems.length > 0) return [];
  const targets = apportion(frame, weights);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const tolerance = input.scenario.tolerancePercentagePoints ?? split.tolerancePercentagePoints;
  const tol = mulDivFloor(frame, toBasisPoints(tolerance), 10_000);
  const bands: SectorBand[] = sectors.map((sector, k) => {
    const target = targets[k] ?? 0;
    const committed = committedBySector.get(sector) ?? 0;
    let demand = committed;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as PreparedCandidate;
      if (c.eligible && c.source.sector === sector) demand += c.req0;
    }
    const lower = Math.max(0, target - tol);
    const upper = Math.min(frame, target + tol);
    const notes: LocalizedText[] = [];
    let effectiveLower = lower;
    let effectiveUpper = upper;
    if (demand < lower) {
      effectiveLower = demand;
      notes.push({
        nb: `For lite behov til å nå nedre grense: behovet er ${demand} kr; resten går til de andre sektorene.`,
        en: `Too little demand to reach the lower bound: demand is ${demand} NOK; the rest flows to the other sectors.`,
      });
    }
    if (committed > upper) {
      effectiveUpper = committed;
      notes.push({
        nb: `Låste midler fra tidligere år (${committed} kr) er alt over øvre grense.`,
        en: `Funds bound by earlier years (${committed} NOK) already exceed the upper bound.`,
      });
    }
    return {
      sector,
      weight: weights[k] ?? 0,
      targetPercent: percentOf(weights[k] ?? 0, weightSum),
      target,
      lower,
      upper,
      effectiveLower,
      effectiveUpper,
      committed,
      demand,
      notes,
      rowIndex: -1,
    };
  });
  // Funds the bands cannot place (too little demand somewhere) flow to sectors with more demand.
  let usable = 0;
  for (const band of bands) usable += Math.min(band.effectiveUpper, band.demand);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as PreparedCandidate;
    if (c.eligible && !sectors.includes(c.source.sector)) usable += c.req0;
  }
  for (const sector of rules.sectors) {
    if (!sectors.includes(sector)) usable += committedBySector.get(sector) ?? 0;
  }
  const spill = frame - usable;
  const receivers = bands.filter((b) => b.demand > b.effectiveUpper);
  if (spill > 0 && receivers.length > 0) {
    const room = receivers.map((b) => b.demand - b.effectiveUpper);
    const extra = apportionCapped(
      Math.min(
        spill,
        room.reduce((a, b) => a + b, 0),
      ),
      receivers.map((b) => b.weight),
      room,
    );
    receivers.forEach((band, k) => {
      const add = extra[k] ?? 0;
      if (add <= 0) return;
      band.effectiveUpper += add;
      band.notes.push({
        nb: `Øvre grense hevet med ${add} kr fordi andre sektorer har for lite behov.`,
        en: `Upper bound raised by ${add} NOK because other sectors have too little demand.`,
      });
    });
  }
  return bands;
}

function buildRows(
  rows: PreparedRow[],
  bands: SectorBand[],
  input: AllocationInput,
  rules: PlanRules,
  committed: PreparedRound['committed'],
): void {
  const { year, frame } = input.round;
  rows.push({
    id: `FRAME:${year}`,
    kind: 'FRAME',
    year,
    upper: Math.max(0, frame - committed.thisYear),
    lower: 0,
    // The frame is the round's, not the sector shares': cite the plan's frame clause, or none.
    clause: rules.frame?.clause ?? '',
  });
  for (const band of bands) {
    band.rowIndex = rows.length;
    rows.push({
      id: `SECTOR:${band.sector}`,
      kind: 'SECTOR',
      sector: band.sector,
      year,
      upper: Math.max(0, band.effectiveUpper - band.committed),
      lower: Math.max(0, band.effectiveLower - band.committed),
      clause: rules.sectorSplit.clause,
    });
  }
  for (const cap of [...rules.lockCaps.caps].sort((a, b) => a.durationYears - b.durationYears)) {
    const limit = mulDivFloor(frame, toBasisPoints(cap.maxPercent), 10_000);
    for (let k = 0; k < cap.durationYears; k++) {
      const y = year + k;
      rows.push({
        id: `LOCK:${cap.durationYears}:${y}`,
        kind: 'LOCK_CAP',
        durationYears: cap.durationYears,
        year: y,
        upper: Math.max(
          0,
          limit - (committed.byDurationYear.get(`${cap.durationYears}:${y}`) ?? 0),
        ),
        lower: 0,
        clause: rules.lockCaps.clause,
      });
    }
  }
  for (let k = 1; k < rules.durations.maxYears; k++) {
    const y = year + k;
    rows.push({
      id: `FRAME:${y}`,
      kind: 'FUTURE_FRAME',
      year: y,
      upper: Math.max(0, frame - (committed.byYear.get(y) ?? 0)),
      lower: 0,
      clause: rules.lockCaps.appropriationClause,
    });
  }
  const coordinatorCap = mulDivFloor(
    frame,
    toBasisPoints(rules.coordinator.maxSharePercent),
    10_000,
  );
  rows.push({
    id: `COORDINATOR:${year}`,
    kind: 'COORDINATOR_CAP',
    year,
    upper: Math.max(0, coordinatorCap - committed.coordinatorThisYear),
    lower: 0,
    clause: rules.coordinator.clause,
  });
}

function attachRows(candidates: PreparedCandidate[], rows: PreparedRow[], year: number): void {
  const index = new Map(rows.map((row, k) => [row.id, k]));
  const frameRows = rows
    .map((row, k) => [row, k] as const)
    .filter(([row]) => row.kind === 'FRAME' || row.kind === 'FUTURE_FRAME');
  const frameAt = new Map(frameRows.map(([row, k]) => [row.year - year, k]));
  const lockAt = new Map<number, (number | undefined)[]>();
  rows.forEach((row, k) => {
    if (row.kind !== 'LOCK_CAP' || row.durationYears === undefined) return;
    const list = lockAt.get(row.durationYears) ?? [];
    list[row.year - year] = k;
    lockAt.set(row.durationYears, list);
  });
  const sectorAt = new Map(
    rows.flatMap((row, k) =>
      row.kind === 'SECTOR' && row.sector ? [[row.sector, k] as const] : [],
    ),
  );
  const coordinatorRow = index.get(`COORDINATOR:${year}`);
  // Written here first, then copied at their exact length (they live as long as the round). The
  // row lists repeat (sector, duration and which years are requested decide them): candidates with
  // the same list share one array, found through a trie on the row indices without allocating.
  interface RowList {
    next: Map<number, RowList>;
    rows: readonly number[] | undefined;
  }
  const lists: RowList = { next: new Map(), rows: undefined };
  const rowsOf: number[] = [];
  const numsOf: number[] = [];
  let n = 0;
  const add = (k: number | undefined, num: number) => {
    if (k !== undefined && num > 0) {
      rowsOf[n] = k;
      numsOf[n] = num;
      n += 1;
    }
  };
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as PreparedCandidate;
    if (!c.eligible) continue;
    n = 0;
    const d = c.source.durationYears;
    add(frameAt.get(0), c.req0);
    add(sectorAt.get(c.source.sector), c.req0);
    const locks = lockAt.get(d);
    for (let k = 0; k < d; k++) add(locks?.[k], c.req[k] ?? 0);
    for (let k = 1; k < d; k++) add(frameAt.get(k), c.req[k] ?? 0);
    add(coordinatorRow, c.coord0);
    let list = lists;
    for (let k = 0; k < n; k++) {
      const r = rowsOf[k] as number;
      let next = list.next.get(r);
      if (!next) {
        next = { next: new Map(), rows: undefined };
        list.next.set(r, next);
      }
      list = next;
    }
    list.rows ??= rowsOf.slice(0, n);
    c.rows = list.rows;
    c.nums = numsOf.slice(0, n);
  }
}
