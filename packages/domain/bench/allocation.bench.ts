import {
  allocate,
  generateDemoRound,
  sharedHighsSolver,
  type AllocationInput,
  type AllocationResult,
} from '../src/index.js';

const SIZES = [100, 1_000, 10_000];
const RANKED_REPEATS: Record<number, number> = { 100: 50, 1_000: 20, 10_000: 8 };
const OPTIMAL_REPEATS: Record<number, number> = { 100: 20, 1_000: 5, 10_000: 2 };

async function time(input: AllocationInput, repeats: number) {
  let best = Number.POSITIVE_INFINITY;
  let result: AllocationResult | undefined;
  for (let k = 0; k < repeats; k++) {
    const start = performance.now();
    result = await allocate(input);
    best = Math.min(best, performance.now() - start);
  }
  if (!result) throw new Error('no result');
  return { ms: best, result };
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

const print = (line: string) => process.stdout.write(`${line}\n`);
const rows: string[][] = [];
for (const n of SIZES) {
  const demo = generateDemoRound({ seed: 2026, statements: n });
  const ranked = await time(
    { ...demo.input, scenario: { ...demo.input.scenario, method: 'ranked' } },
    RANKED_REPEATS[n] ?? 1,
  );
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
    ranked.ms.toFixed(1),
    optimal.ms.toFixed(1),
    m.rankedObjective.toFixed(0),
    m.objective.toFixed(0),
    `${gain.toFixed(3)} %`,
    `${((m.solver?.provenGap ?? 0) * 100).toFixed(4)} %`,
    m.source,
    m.solver?.status ?? '-',
  ]);
}

const header = [
  'statements',
  'ranked ms',
  'optimal ms',
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
print(`HiGHS load: ${loadMs.toFixed(1)} ms (once per worker)`);
print(line(header));
print(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) print(line(row));
print(
  'Times are the best of several runs (ranked 50/20/8, optimal 20/5/2), warm solver; demo data (seed 2026).',
);
