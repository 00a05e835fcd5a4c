import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import {
  allocate,
  generateDemoRound,
  sharedHighsSolver,
  type AllocationInput,
  type AllocationResult,
} from '../src/index.js';

// The API runs the engine on its solver thread with a 192 MB young generation (64 MB semi-spaces;
// SOLVER_YOUNG_GENERATION_MB in apps/api/src/modules/scenario/solver/scenario-runner.ts). The npm
// script starts this benchmark with --max-semi-space-size=64, the same young generation.
const semiSpaceFlag = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
  .map((arg) => /^--max-semi-space-size=(\d+)$/.exec(arg)?.[1])
  .find((mb) => mb !== undefined);

const SIZES = [100, 1_000, 10_000];
const RANKED_REPEATS: Record<number, number> = { 100: 50, 1_000: 20, 10_000: 15 };
const OPTIMAL_REPEATS: Record<number, number> = { 100: 20, 1_000: 7, 10_000: 3 };

// Garbage collection pauses, to say how much of a run they took.
const gcPauses: { start: number; duration: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    gcPauses.push({ start: entry.startTime, duration: entry.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });

interface Timing {
  median: number;
  best: number;
  /** Median over runs of the GC pauses that started during the run. */
  gcMedian: number;
  result: AllocationResult;
}

/** Untimed calls first, as a worker has made before it serves a scenario: the JIT has settled. */
const WARM_UP_CALLS = 3;
const WARM_UP_MS = 300;
const JIT_WARM_UP_MS = 2000;

/**
 * Times `repeats` whole allocate calls after untimed warm-up calls. `fresh` gives every call its
 * own structured clone of the input, made before the clock starts: what a worker thread receives,
 * with nothing cached on the input objects and nothing of them warm in the CPU caches.
 */
async function time(input: AllocationInput, repeats: number, fresh = false): Promise<Timing> {
  let result = await allocate(fresh ? structuredClone(input) : input);
  const warmUpStart = performance.now();
  for (let k = 1; k < WARM_UP_CALLS || performance.now() - warmUpStart < WARM_UP_MS; k++)
    result = await allocate(fresh ? structuredClone(input) : input);
  const runs: { start: number; end: number }[] = [];
  for (let k = 0; k < repeats; k++) {
    const callInput = fresh ? structuredClone(input) : input;
    const start = performance.now();
    result = await allocate(callInput);
    runs.push({ start, end: performance.now() });
  }
  // GC entries arrive asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const gc = runs.map(({ start, end }) =>
    gcPauses
      .filter((p) => p.start >= start && p.start < end)
      .reduce((sum, p) => sum + p.duration, 0),
  );
  const times = runs.map(({ start, end }) => end - start);
  return { median: median(times), best: Math.min(...times), gcMedian: median(gc), result };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const loadStart = performance.now();
const solver = await sharedHighsSolver();
const loadMs = performance.now() - loadStart;
// Warm the solver once, as a worker would before its first real scenario.
await allocate(
  generateDemoRound({ seed: 1, statements: 50, scenario: { method: 'optimal' } }).input,
  {
    solver,
  },
);

// Until the JIT has compiled the engine: the first hundred or so calls run far slower (about 20 ms
// at 100 statements against under 1 ms after), which a worker pays once, not per scenario.
const jitWarmUp = generateDemoRound({ seed: 3, statements: 100 }).input;
const jitWarmUpStart = performance.now();
while (performance.now() - jitWarmUpStart < JIT_WARM_UP_MS) await allocate(jitWarmUp);

const print = (line: string) => process.stdout.write(`${line}\n`);
const loadBefore = loadavg()[0] ?? 0;
const rows: string[][] = [];
for (const n of SIZES) {
  const demo = generateDemoRound({ seed: 2026, statements: n });
  const rankedInput: AllocationInput = {
    ...demo.input,
    scenario: { ...demo.input.scenario, method: 'ranked' },
  };
  const ranked = await time(rankedInput, RANKED_REPEATS[n] ?? 1);
  const rankedFresh = await time(rankedInput, RANKED_REPEATS[n] ?? 1, true);
  const optimalInput: AllocationInput = {
    ...demo.input,
    scenario: {
      ...demo.input.scenario,
      method: 'optimal',
      optimal: { timeLimitSeconds: 10, relativeGap: 1e-4 },
    },
  };
  const optimal = await time(optimalInput, OPTIMAL_REPEATS[n] ?? 1);
  const m = optimal.result.method;
  const gain = ((m.objective - m.rankedObjective) / Math.abs(m.rankedObjective)) * 100;
  rows.push([
    String(n),
    ranked.median.toFixed(1),
    ranked.best.toFixed(1),
    ranked.gcMedian.toFixed(1),
    rankedFresh.median.toFixed(1),
    optimal.median.toFixed(1),
    optimal.best.toFixed(1),
    m.rankedObjective.toFixed(0),
    m.objective.toFixed(0),
    `${gain.toFixed(3)} %`,
    `${((m.solver?.provenGap ?? 0) * 100).toFixed(4)} %`,
    m.source,
    m.solver?.status ?? '-',
  ]);
}
gcObserver.disconnect();

const header = [
  'statements',
  'ranked ms',
  'ranked best',
  'ranked GC ms',
  'ranked fresh input ms',
  'optimal ms',
  'optimal best',
  'ranked objective',
  'optimal objective',
  'optimal vs ranked',
  'proven gap',
  'source',
  'solver status',
];
const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] ?? '').length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, k) => c.padStart(widths[k] ?? 0)).join(' | ')} |`;
const newSpaceMb =
  (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0) /
  2 ** 20;
print(
  semiSpaceFlag === '64'
    ? `Young generation as the API runs it: --max-semi-space-size=64, the solver thread's 192 MB (new space now ${newSpaceMb.toFixed(0)} MB).`
    : `Young generation NOT as the API runs it: --max-semi-space-size=${semiSpaceFlag ?? 'default (16)'} (new space now ${newSpaceMb.toFixed(0)} MB); \`npm run bench\` sets 64.`,
);
print(`HiGHS load: ${loadMs.toFixed(1)} ms (once per worker)`);
print(line(header));
print(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) print(line(row));
print(
  [
    `Whole allocate calls on demo data (seed 2026), warm solver and JIT (${JIT_WARM_UP_MS / 1000} s of ranked calls first),\nafter untimed warm-up calls per size (≥ ${WARM_UP_CALLS}, ≥ ${WARM_UP_MS} ms).`,
    `"ms" is the median and "best" the fastest of ${SIZES.map((n) => RANKED_REPEATS[n]).join('/')} ranked and ${SIZES.map((n) => OPTIMAL_REPEATS[n]).join('/')} optimal runs;`,
    '"GC ms" the median garbage-collection pause per ranked run; "fresh input" gives each run its own',
    'structured clone of the input (as a worker thread receives it; the clone is not timed).',
    `Load average (1 min) ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after: other work on the machine slows every figure.`,
  ].join('\n'),
);
