/**
 * The admin's performance report (not a test): `npm run bench -w @kompetansemidler/admin`, after
 * `nx run-many -t build -p api admin`. Measures
 *  1. the initial JavaScript, gzipped, from the build (target ≤ 150 kB; charts and xlsx lazy);
 *  2. in Chromium, via the Performance API, the scenario screen with ≥ 100 statements interactive
 *     (target ≤ 1 s) and re-sorting its table (target ≤ 100 ms).
 * The round gets its 100 statements from the demo round plus copies of its own statements,
 * submitted through the API. Prints a table and writes e2e/output/bench.json. BENCH_STRICT=1
 * makes a missed target exit non-zero.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApi } from '../e2e/support/api-server.js';
import { openBrowser, outputDir } from '../e2e/support/browser.js';
import { bundleReport } from './bundle-report.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const distDir = path.join(here, '..', 'dist');
const TARGETS = { initialJsKb: 150, interactiveMs: 1000, resortMs: 100 };
const STATEMENTS = 100;

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function graphql<T>(baseUrl: string, token: string | null, query: string, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL: ${JSON.stringify(body.errors ?? response.status)}`);
  }
  return body.data;
}

const STATEMENT_FIELDS = `
  id title sector themeId themeItemIds durationYears localNeeds samiPerspectives collectiveLearning
  teacherEducationFeedback partnership { id }
  budget { year owner institution coordinator }
  goals { longTerm { id text } subGoals { id text } }
  measures { id kind description goalIds }
  ownContribution { description amount }
  coordinator { requested justification conditionIds otherComplexityFactors }
  participants { kindergartenStaff schoolStaff otherServices }
  continuation { continuesEarlierWork }
  contact { name email }
`;

interface Statement {
  id: string;
  title: string;
  partnership: { id: string };
  contact: { name: string | null; email: string | null };
  [key: string]: unknown;
}

/** An open round with ≥ 100 statements, closed, with one scenario run: its id. */
async function prepareScenario(baseUrl: string) {
  const { devSignIn } = await graphql<{ devSignIn: { token: string } }>(
    baseUrl,
    null,
    'mutation { devSignIn(role: ADMIN, countyCode: "troms") { token } }',
  );
  const token = devSignIn.token;
  const { rounds } = await graphql<{
    rounds: { edges: { node: { id: string; status: string } }[] };
  }>(
    baseUrl,
    token,
    '{ rounds(orderBy: { field: YEAR, direction: DESC }) { edges { node { id status } } } }',
  );
  const round = rounds.edges.map((e) => e.node).find((r) => r.status === 'OPEN');
  if (!round) throw new Error('The demo data has no open round.');
  const { needsStatements } = await graphql<{
    needsStatements: { totalCount: number; edges: { node: Statement }[] };
  }>(
    baseUrl,
    token,
    `query($roundId: ID!) { needsStatements(roundId: $roundId, first: 200) { totalCount edges { node { ${STATEMENT_FIELDS} } } } }`,
    { roundId: round.id },
  );
  const existing = needsStatements.edges.map((e) => e.node);
  for (let k = 0; existing.length + k < STATEMENTS; k += 1) {
    const source = existing[k % existing.length]!;
    const { id: _id, partnership, contact, title, ...content } = source;
    await graphql(
      baseUrl,
      token,
      'mutation($input: SubmitNeedsStatementInput!) { submitNeedsStatement(input: $input) { id } }',
      {
        input: {
          ...content,
          roundId: round.id,
          partnershipId: partnership.id,
          title: `${title} (kopi for ytelsesmåling ${k + 1})`,
          contactName: contact.name,
          contactEmail: contact.email,
          // A copy is a new development work.
          continuation: { continuesEarlierWork: false },
        },
      },
    );
  }
  await graphql(
    baseUrl,
    token,
    'mutation($id: ID!) { closeRound(input: { roundId: $id }) { id } }',
    {
      id: round.id,
    },
  );
  const { runScenario } = await graphql<{ runScenario: { id: string } }>(
    baseUrl,
    token,
    'mutation($id: ID!) { runScenario(input: { roundId: $id, name: "Ytelsesmåling", method: RANKED }) { id } }',
    { id: round.id },
  );
  // runScenario answers with the queued run: wait for its scenario.
  for (;;) {
    const { scenarioRun } = await graphql<{
      scenarioRun: { status: string; errorMessage: string | null; scenario: { id: string } | null };
    }>(
      baseUrl,
      token,
      'query($id: ID!) { scenarioRun(id: $id) { status errorMessage scenario { id } } }',
      { id: runScenario.id },
    );
    if (scenarioRun.scenario) {
      return { token, roundId: round.id, scenarioId: scenarioRun.scenario.id };
    }
    if (scenarioRun.status === 'FAILED') {
      throw new Error(`the bench's scenario run failed: ${scenarioRun.errorMessage}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Clicks "Søkt i år" and times it until the re-sorted table is painted. */
const RESORT_SCRIPT = `(async () => {
  const header = [...document.querySelectorAll('[data-testid="lines-table"] th')].find((th) =>
    th.textContent.includes('Søkt i år'));
  const firstRow = () => document.querySelector('[data-testid="lines-table"] tbody tr').textContent;
  const before = firstRow();
  const sortBefore = header.getAttribute('aria-sort');
  const start = performance.now();
  header.querySelector('button').click();
  await new Promise((resolve) => {
    const check = () =>
      header.getAttribute('aria-sort') !== sortBefore && firstRow() !== before
        ? requestAnimationFrame(() => resolve())
        : requestAnimationFrame(check);
    queueMicrotask(check);
  });
  return performance.now() - start;
})()`;

async function measureBrowser() {
  const api = await startApi();
  try {
    const { token, roundId, scenarioId } = await prepareScenario(api.baseUrl);
    const browser = await openBrowser(api.baseUrl);
    try {
      const { page } = browser;
      await page.addInitScript(
        ([t, r]) => {
          sessionStorage.setItem('kompetansemidler.token', t);
          sessionStorage.setItem('kompetansemidler.round', r);
        },
        [token, roundId] as const,
      );
      const rowsSelector = '[data-testid="lines-table"] tbody tr';
      const interactive: number[] = [];
      let rowCount = 0;
      for (let run = 0; run < 6; run += 1) {
        await page.goto(`/scenarioer/${scenarioId}`, { waitUntil: 'commit' });
        await page.waitForFunction(
          ([selector, n]) => document.querySelectorAll(selector).length >= n,
          [rowsSelector, STATEMENTS] as const,
          { timeout: 30_000, polling: 'raf' },
        );
        // Interactive: the table is there and the main thread is free to answer input.
        const ms = await page.evaluate<number>(
          'new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)))',
        );
        rowCount = await page.locator(rowsSelector).count();
        if (run > 0) interactive.push(ms); // the first load warms the HTTP cache
      }

      const resort: number[] = [];
      for (let run = 0; run < 12; run += 1) {
        // A string, so the bundler's helpers (tsx adds __name) stay out of the page.
        const ms = await page.evaluate<number>(RESORT_SCRIPT);
        resort.push(ms);
      }
      return { rowCount, interactive, resort };
    } finally {
      await browser.close();
    }
  } finally {
    await api.stop();
  }
}

const bundle = bundleReport(distDir);
const browser = await measureBrowser();
const results = {
  initialJsGzipKb: kb(bundle.initialJsGzip),
  initialJsRawKb: kb(bundle.initialJsRaw),
  initialCssGzipKb: kb(bundle.initialCssGzip),
  heavyChunksLazy: bundle.heavy.every((h) => !h.inInitial),
  heavy: bundle.heavy.map((h) => ({ ...h, gzipKb: kb(h.gzip) })),
  routes: bundle.routes.map((r) => ({ src: r.src, gzipKb: kb(r.gzip) })),
  scenarioRows: browser.rowCount,
  interactiveMsMedian: Math.round(median(browser.interactive)),
  interactiveMs: browser.interactive.map(Math.round),
  resortMsMedian: Math.round(median(browser.resort) * 10) / 10,
  resortMs: browser.resort.map((v) => Math.round(v * 10) / 10),
};
const checks = [
  [
    'Initial JS (gzip)',
    `${results.initialJsGzipKb} kB`,
    `≤ ${TARGETS.initialJsKb} kB`,
    results.initialJsGzipKb <= TARGETS.initialJsKb,
  ],
  [
    'Charts and xlsx only where needed',
    results.heavyChunksLazy ? 'lazy' : 'in initial bundle',
    'lazy',
    results.heavyChunksLazy,
  ],
  [
    `Scenario screen, ${results.scenarioRows} statements, interactive (median)`,
    `${results.interactiveMsMedian} ms`,
    `≤ ${TARGETS.interactiveMs} ms`,
    results.interactiveMsMedian <= TARGETS.interactiveMs,
  ],
  [
    'Re-sort the scenario table (median)',
    `${results.resortMsMedian} ms`,
    `≤ ${TARGETS.resortMs} ms`,
    results.resortMsMedian <= TARGETS.resortMs,
  ],
] as const;

console.log('\nAdmin performance report');
for (const [name, value, target, ok] of checks) {
  console.log(`  ${ok ? '✓' : '✗'} ${name}: ${value} (target ${target})`);
}
console.log(`  initial CSS (gzip): ${results.initialCssGzipKb} kB`);
for (const h of results.heavy) console.log(`  lazy ${h.name}: ${h.gzipKb} kB gzip (${h.file})`);
for (const r of results.routes) console.log(`  route ${r.src}: +${r.gzipKb} kB gzip`);
mkdirSync(outputDir, { recursive: true });
writeFileSync(path.join(outputDir, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
if (process.env['BENCH_STRICT'] === '1' && checks.some(([, , , ok]) => !ok)) process.exitCode = 1;
