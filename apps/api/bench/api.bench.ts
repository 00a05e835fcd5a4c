// The API under load: a national-sized database (10 counties × 4 years × 100 needs statements,
// with annual reports), the built server in its own process, autocannon at 10 connections.
// Scenarios: an adviser's round overview, runScenario, the overview while scenarios solve one after
// another (at saturation, and at a steady BENCH_PACED_RATE requests/s, default 100; quiet and
// solving windows alternate BENCH_SOLVING_WINDOWS times, default 3, medians compared), and Udir's nationalStatistics (as served, a kept answer, and computed on
// every request) next to the same SQL sent straight to PostgreSQL at the same concurrency.
// Prints a table. Run: npm run bench -w @kompetansemidler/api (after a build), or `npm run bench`
// at the root. BENCH_NATIONAL_ONLY=1 runs the national scenarios only; BENCH_ROUND_ONLY=1 skips
// them; BENCH_READS_ONLY=1 skips the solver; BENCH_RUNS sets the scenario runs timed (10);
// BENCH_METHOD=RANKED runs scenarios without HiGHS (to tell the solver's share of the slowdown
// while solving from the rest of a run's work); BENCH_SOLVE_ELSEWHERE=1 runs them on a second
// server process (the machine's share: nothing of a run on the reading server at all);
// BENCH_KEEP_DB=1 keeps the seeded database (for EXPLAIN) and prints its URL; BENCH_PROFILE=dir
// writes the server's CPU profiles there; BENCH_NODE_OPTIONS replaces the start script's Node
// options (e.g. "" to compare without them). "main thread ms/req" is the CPU of the server's main
// thread alone; "CPU ms/req" adds its other threads (the solver, the garbage collector's helpers);
// "main thread wait ms/req" is how long that thread was ready to run but waited for a core.
import 'reflect-metadata';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { exportJWK } from 'jose';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseUrlFor, dropDatabase, ensureDatabase } from '../src/database/database.js';
import { EmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { loadOrCreateDevSigningKey } from '../src/modules/auth/dev-signing-key.js';
import { signDevMachineToken, signDevToken } from '../src/modules/auth/dev-token.js';
import { DEV_ALGORITHM, DEV_AUDIENCE, DEV_ISSUER } from '../src/modules/auth/dev-signing-key.js';
import { nationalStatisticsSql } from '../src/modules/national/national-statistics.sql.js';
import { currentYearInNorway } from '../src/modules/national/national.service.js';
import { NationalDimension } from '../src/modules/national/national.types.js';
import { Role } from '../src/modules/auth/role.js';
import { seedNationalDatabase } from './national-database.js';
import { pacedLoad } from './paced-load.js';

const CONNECTIONS = 10;
const DURATION_S = Number(process.env['BENCH_DURATION'] ?? 10);
const PORT = Number(process.env['BENCH_PORT'] ?? 4711);
const here = dirname(fileURLToPath(import.meta.url));

// The admin's round overview page as it loads (apps/admin/src/modules/round/round.graphql.ts:
// RoundOverviewFields), with the summary fields that replace its 200-statement mix query.
const OVERVIEW = `query RoundOverview($id: ID!) {
  round(id: $id) {
    id year status frame version
    calendar { id start end label { nb } }
    summary { statements withdrawn requestedThisYear committedThisYear freeThisYear withProblems
      bySector { sector statements requestedThisYear }
      byTheme { sector themeId title { nb } rank statements withdrawn requestedThisYear }
      byStatus { status statements requestedThisYear } }
    commitments(first: 1) { totalCount }
  }
}`;
// What the bench measured before as "the overview": a page of 100 statements with their budgets
// and partnerships (the statements page's work, not the overview's).
const STATEMENT_PAGE = `query StatementPage($id: ID!) {
  round(id: $id) {
    id
    needsStatements(first: 100, orderBy: { field: REQUESTED_THIS_YEAR, direction: DESC }) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id title status sector themeId durationYears requestedThisYear
        budget { year owner institution total }
        partnership { id name institution { name } owners { name ownership municipality { number name } } } } }
    }
  }
}`;
// The statements page's rows read by one raw SQL query, straight from PostgreSQL: the same 100
// statements with every field STATEMENT_PAGE asks for (budget per year and party, partnership,
// institution, owners with municipality), as JSON, in the same order. The baseline the page is held
// to (≤ 2×).
const STATEMENT_PAGE_SQL = `
select ns.id, ns.title, ns.status, ns.sector, ns.theme_id, ns.duration_years, ns.requested_this_year,
       count(*) over () as total_count,
       (select coalesce(json_agg(json_build_object('year', b.year, 'owner', b.owner,
                 'institution', b.institution, 'total', b.owner + b.institution) order by b.year), '[]')
          from (select year, coalesce(sum(amount) filter (where party = 'OWNER'), 0) as owner,
                       coalesce(sum(amount) filter (where party = 'INSTITUTION'), 0) as institution
                  from needs_statement_budget_line where needs_statement_id = ns.id
                 group by year) b) as budget,
       json_build_object('id', p.id, 'name', p.name, 'institution', json_build_object('name', i.name),
         'owners', (select json_agg(json_build_object('name', o.name, 'ownership', o.ownership,
                       'municipality', case when m.id is null then null
                                        else json_build_object('number', m.number, 'name', m.name) end)
                       order by o.name)
                      from partnership_owner po join owner o on o.id = po.owner_id
                      left join municipality m on m.id = o.municipality_id
                     where po.partnership_id = p.id)) as partnership
  from needs_statement ns
  join partnership p on p.id = ns.partnership_id
  join institution i on i.id = p.institution_id
 where ns.round_id = $1
 order by ns.requested_this_year desc, ns.id
 limit 101`;
const NATIONAL_GROUP_BY = [
  NationalDimension.COUNTY,
  NationalDimension.YEAR,
  NationalDimension.SECTOR,
];
const NATIONAL = `query National($groupBy: [NationalDimension!]!) {
  nationalStatistics(groupBy: $groupBy) {
    groups { county { code name } year sector figures { frame statements requested samiStatements
      decisions grants granted grantedLaterYears committed coordinatorGranted fundedOwners
      newcomerOwners grantedToNewcomers reportsExpected reportsSubmitted reportsAccepted
      reportsReturned reportedReceivedOwner reportedReceivedInstitution reportedSpentOwner
      reportedSpentInstitution reportedCoordinatorSpent } }
    totals { granted committed reportsExpected reportsSubmitted }
  }
}`;
/** The scenario method timed and run while reading (BENCH_METHOD=RANKED: the engine without HiGHS). */
const METHOD = process.env['BENCH_METHOD'] === 'RANKED' ? 'RANKED' : 'OPTIMAL';
const runQuery = (method: string) =>
  `mutation Run($id: ID!) { runScenario(input: { roundId: $id, name: "bench", method: ${method}, timeLimitSeconds: 5 }) { id status } }`;
const RUN = runQuery(METHOD);
const RUN_STATUS = `query RunStatus($id: ID!) { scenarioRun(id: $id) { status durationMs errorMessage scenario { id grantedNew } } }`;
/** A small authenticated read: the baseline a ranked run end to end is held to (≤ 4×). */
const SMALL_READ = `query Small($id: ID!) { round(id: $id) { id status } }`;
/** Scenario runs measured one after another: a round takes one run at a time. */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 10);
/** The offered load of the paced reads-while-solving windows (requests/s over all connections). */
const PACED_RATE = Number(process.env['BENCH_PACED_RATE'] ?? 100);
/** Solving windows of each reads-while-solving measurement, each after a quiet one. */
const SOLVING_WINDOWS = Number(process.env['BENCH_SOLVING_WINDOWS'] ?? 3);
/** The p95 of every quiet and solving window, for the summary. */
const solvingSummaries: Array<{
  label: string;
  quiet: number[];
  loaded: number[];
  quietWait: number[];
  loadedWait: number[];
}> = [];

async function main(): Promise<void> {
  const embedded = process.env['DATABASE_URL'] ? undefined : await EmbeddedPostgres.start();
  const serverUrl = process.env['DATABASE_URL'] ?? embedded!.url();
  const name = `kompetansemidler_bench_${Date.now()}`;
  await ensureDatabase(serverUrl, name);
  const url = databaseUrlFor(serverUrl, name);
  let server: ChildProcess | undefined;
  let solverServer: ChildProcess | undefined;
  let jwks: HttpServer | undefined;
  try {
    const seeded = await seed(url);
    const keyFile = join(await mkdtemp(join(tmpdir(), 'km-bench-')), 'dev-key.json');
    const key = await loadOrCreateDevSigningKey(keyFile);
    const token = await signDevToken(key, {
      subject: 'bench',
      name: 'Bench',
      role: Role.ADMIN,
      countyCode: 'county-01',
    });
    jwks = await serveJwks(key);
    server = await startBuiltServer(url, keyFile);
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    };
    const endpoint = `http://127.0.0.1:${PORT}/graphql`;
    const national = process.env['BENCH_ROUND_ONLY']
      ? []
      : await nationalRows(url, key, keyFile, endpoint, server);
    if (process.env['BENCH_NATIONAL_ONLY']) {
      print([], national);
      return;
    }
    const overviewBody = JSON.stringify({
      query: OVERVIEW,
      variables: { id: seeded.closedRoundId },
    });
    const pageBody = JSON.stringify({
      query: STATEMENT_PAGE,
      variables: { id: seeded.closedRoundId },
    });
    const runBody = JSON.stringify({ query: RUN, variables: { id: seeded.closedRoundId } });
    const sqlPerOverview = await sqlCount(endpoint, headers, overviewBody, 'overview');
    const sqlPerPage = await sqlCount(endpoint, headers, pageBody, 'statement page');
    const reads = (body: string) => closedLoop(endpoint, headers, body);

    // Warm-up, not measured: the JIT and the caches settle before the first window.
    await autocannon({
      url: endpoint,
      method: 'POST',
      headers,
      body: overviewBody,
      connections: CONNECTIONS,
      duration: Math.min(5, DURATION_S),
    });
    const rows: Row[] = [];
    rows.push(
      await measure('round overview (admin query)', server, reads(overviewBody), sqlPerOverview),
    );
    const page = await measure(
      'statements page (100 rows, nested)',
      server,
      reads(pageBody),
      sqlPerPage,
    );
    rows.push(page);
    const pagePool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
    pagePool.on('error', () => undefined);
    try {
      const pageSql = await measureSql(pagePool, STATEMENT_PAGE_SQL, CONNECTIONS, DURATION_S, [
        seeded.closedRoundId,
      ]);
      rows.push({ ...pageSql, name: 'the same 100 rows, one raw SQL query (pg direct)' });
      sideBySide.push(
        `statements page p50 ${page.p50.toFixed(1)} ms vs the same rows by one raw SQL query p50 ${pageSql.p50.toFixed(1)} ms: ${(page.p50 / pageSql.p50).toFixed(2)}× (target ≤ 2×)`,
      );
    } finally {
      await pagePool.end();
    }
    if (process.env['BENCH_READS_ONLY']) {
      print(rows, national);
      return;
    }
    // A ranked run end to end (runScenario, then scenarioRun until DONE) against a small
    // authenticated read, one at a time; an optimal run end to end against the engine's own time.
    const smallBody = JSON.stringify({
      query: SMALL_READ,
      variables: { id: seeded.closedRoundId },
    });
    const smallRead = await sequential(RUNS * 5, async () => {
      const started = performance.now();
      await (await fetch(endpoint, { method: 'POST', headers, body: smallBody })).json();
      return performance.now() - started;
    });
    const rankedBody = JSON.stringify({
      query: runQuery('RANKED'),
      variables: { id: seeded.closedRoundId },
    });
    const optimalBody = JSON.stringify({
      query: runQuery('OPTIMAL'),
      variables: { id: seeded.closedRoundId },
    });
    await runToEnd(endpoint, headers, rankedBody);
    await runToEnd(endpoint, headers, optimalBody);
    const ranked = await sequential(
      RUNS,
      async () => (await runToEnd(endpoint, headers, rankedBody)).ms,
    );
    const engineTimes: number[] = [];
    const optimal = await sequential(RUNS, async () => {
      const run = await runToEnd(endpoint, headers, optimalBody);
      engineTimes.push(run.engineMs);
      return run.ms;
    });
    const engine = engineTimes.sort((a, b) => a - b)[Math.floor(engineTimes.length / 2)]!;
    sideBySide.push(
      `ranked runScenario end to end p50 ${ranked.p50.toFixed(1)} ms vs a small authenticated read p50 ${smallRead.p50.toFixed(1)} ms: ${(ranked.p50 / smallRead.p50).toFixed(2)}× (target ≤ 4×)`,
      `optimal runScenario end to end p50 ${optimal.p50.toFixed(1)} ms vs the engine's own time p50 ${engine.toFixed(1)} ms: ${(optimal.p50 / Math.max(engine, 0.1)).toFixed(2)}× (target ≤ 2×)`,
    );
    // Reads while scenarios keep the solver busy, one run after the other: at saturation (every
    // connection sends its next request as soon as the last is answered) and at a fixed offered
    // load (PACED_RATE requests/s over the same connections). Quiet and solving windows alternate
    // SOLVING_WINDOWS times (and a last quiet one), so a slow spell of the host falls on both.
    if (process.env['BENCH_SOLVE_ELSEWHERE']) {
      solverServer = await startBuiltServer(url, keyFile, { port: PORT + 3 });
    }
    const runEndpoint = solverServer ? `http://127.0.0.1:${PORT + 3}/graphql` : endpoint;
    const solvingWindow = async (name: string, load: () => Promise<Result>) => {
      let solving = true;
      let runs = 0;
      const solver = (async () => {
        while (solving) {
          await runToEnd(runEndpoint, headers, runBody);
          runs += 1;
        }
      })();
      const row = await measure(name, server!, load, sqlPerOverview);
      solving = false;
      await solver;
      return { row, runs };
    };
    const whileSolving = async (label: string, load: () => Promise<Result>) => {
      const quiet: Row[] = [];
      const loaded: Row[] = [];
      let runs = 0;
      for (let i = 0; i < SOLVING_WINDOWS; i++) {
        quiet.push(await measure(`${label}, quiet`, server!, load, sqlPerOverview));
        const window = await solvingWindow(`${label}, while solving`, load);
        loaded.push(window.row);
        runs += window.runs;
      }
      quiet.push(await measure(`${label}, quiet`, server!, load, sqlPerOverview));
      const quietRow = medianRow(quiet);
      const loadedRow = medianRow(loaded);
      rows.push({ ...quietRow, name: `${quietRow.name} (median of ${quiet.length} windows)` });
      rows.push({
        ...loadedRow,
        name: `${loadedRow.name} (median of ${loaded.length} windows, ${runs} runs)`,
      });
      solvingSummaries.push({
        label,
        quiet: quiet.map((r) => r.p95),
        loaded: loaded.map((r) => r.p95),
        quietWait: quiet.map((r) => r.mainWaitMs),
        loadedWait: loaded.map((r) => r.mainWaitMs),
      });
    };
    await whileSolving('overview saturated', reads(overviewBody));
    await whileSolving(`overview at ${PACED_RATE} req/s`, () =>
      pacedLoad({
        url: endpoint,
        headers,
        body: overviewBody,
        rate: PACED_RATE,
        seconds: DURATION_S,
        connections: CONNECTIONS,
      }),
    );
    print(rows, national);
  } finally {
    server?.kill('SIGTERM');
    solverServer?.kill('SIGTERM');
    jwks?.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (process.env['BENCH_KEEP_DB']) console.log(`kept the database ${url}`);
    else await dropDatabase(serverUrl, name).catch(() => undefined);
    await embedded?.stop();
  }
}

/**
 * Udir's query through the API (HTTP, GraphQL, auth, JSON) and the very same SQL sent straight to
 * PostgreSQL over 10 pooled connections, each for the same time.
 */
async function nationalRows(
  url: string,
  key: Awaited<ReturnType<typeof loadOrCreateDevSigningKey>>,
  keyFile: string,
  endpoint: string,
  server: ChildProcess,
): Promise<Row[]> {
  const token = await signDevMachineToken(key, {
    clientId: 'bench',
    scope: 'statistics:read',
    expiresIn: '1h',
  });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const body = JSON.stringify({ query: NATIONAL, variables: { groupBy: NATIONAL_GROUP_BY } });
  const sample = async (at: string) => {
    const response = await fetch(at, { method: 'POST', headers, body });
    const json = (await response.json()) as {
      errors?: unknown;
      data?: { nationalStatistics: { groups: unknown[] } };
    };
    if (json.errors) throw new Error(`nationalStatistics failed: ${JSON.stringify(json.errors)}`);
    return {
      sql: response.headers.get('x-sql-statements'),
      groups: json.data?.nationalStatistics.groups.length ?? 0,
    };
  };
  const load = (at: string) => closedLoop(at, headers, body);
  // As served: the answer kept while no county's data changes (the first request computes it).
  await sample(endpoint);
  const kept = await sample(endpoint);
  const api = await measure(
    `nationalStatistics (${kept.groups} groups), kept answer`,
    server,
    load(endpoint),
    kept.sql,
  );
  // Computed on every request, as after each write: a server that keeps no answers.
  const computingPort = PORT + 2;
  const computing = await startBuiltServer(url, keyFile, {
    port: computingPort,
    env: { NATIONAL_STATISTICS_CACHE_ENTRIES: '0' },
  });
  let computed: Row;
  try {
    const at = `http://127.0.0.1:${computingPort}/graphql`;
    const first = await sample(at);
    computed = await measure(
      `nationalStatistics (${first.groups} groups), computed every time`,
      computing,
      load(at),
      first.sql,
    );
  } finally {
    computing.kill('SIGTERM');
  }
  const { sql, params } = nationalStatisticsSql({
    groupBy: NATIONAL_GROUP_BY,
    years: [],
    counties: [],
    currentYear: currentYearInNorway(),
  });
  if (params.length > 0) throw new Error('the benchmark query takes no parameters');
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  pool.on('error', () => undefined);
  try {
    const explain = await pool.query<{ 'QUERY PLAN': Array<{ 'Execution Time': number }> }>(
      `explain (analyze, format json) ${sql}`,
    );
    const execution = explain.rows[0]?.['QUERY PLAN'][0]?.['Execution Time'] ?? Number.NaN;
    const raw = await measureSql(pool, sql, CONNECTIONS, DURATION_S);
    return [
      api,
      computed,
      { ...raw, name: `same SQL, pg direct (EXPLAIN ANALYZE ${execution.toFixed(1)} ms)` },
    ];
  } finally {
    await pool.end();
  }
}

/** A window of CONNECTIONS clients each posting `body` back to back for DURATION_S. */
/**
 * One scenario run end to end over HTTP, as the admin sees it: `runScenario` answers with the
 * queued run, then `scenarioRun(id)` is asked for (every 2 ms here) until it is DONE. Answers the
 * wall-clock milliseconds and the engine's own time (the solver thread's `durationMs`).
 */
async function runToEnd(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ ms: number; engineMs: number }> {
  const started = performance.now();
  const queued = (await (await fetch(url, { method: 'POST', headers, body })).json()) as {
    data?: { runScenario: { id: string } };
    errors?: unknown;
  };
  if (!queued.data) throw new Error(`scenario refused: ${JSON.stringify(queued.errors)}`);
  const poll = JSON.stringify({ query: RUN_STATUS, variables: { id: queued.data.runScenario.id } });
  for (;;) {
    const { data } = (await (await fetch(url, { method: 'POST', headers, body: poll })).json()) as {
      data: {
        scenarioRun: { status: string; durationMs: number | null; errorMessage: string | null };
      };
    };
    const run = data.scenarioRun;
    if (run.status === 'DONE') {
      return { ms: performance.now() - started, engineMs: run.durationMs ?? 0 };
    }
    if (run.status === 'FAILED') throw new Error(`scenario failed: ${run.errorMessage}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** `count` sequential calls of `once`; the median and p95 of their milliseconds. */
async function sequential(
  count: number,
  once: () => Promise<number>,
): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await once());
  times.sort((a, b) => a - b);
  return {
    p50: times[Math.floor(times.length / 2)]!,
    p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!,
  };
}

/** Lines printed under the table: the issue's side-by-side targets. */
const sideBySide: string[] = [];

function closedLoop(url: string, headers: Record<string, string>, body: string) {
  return () =>
    autocannon({
      url,
      method: 'POST',
      headers,
      body,
      connections: CONNECTIONS,
      duration: DURATION_S,
      timeout: 60,
    });
}

/** `connections` loops sending the query back to back for `seconds`; latencies per query. */
async function measureSql(
  pool: pg.Pool,
  sql: string,
  connections: number,
  seconds: number,
  params: unknown[] = [],
): Promise<Row> {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const started = process.hrtime.bigint();
        try {
          await pool.query(sql, params);
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? Number.NaN;
  return {
    name: 'SQL',
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    rps: latencies.length / seconds,
    sql: '1',
    cpuMs: Number.NaN,
    mainCpuMs: Number.NaN,
    mainWaitMs: Number.NaN,
    errors,
  };
}

interface Row {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  sql: string;
  cpuMs: number;
  /** The server's main thread alone (requests, not the solver's or the GC's threads). */
  mainCpuMs: number;
  /** Time the main thread was ready to run but waited for a core (the scheduler's run queue). */
  mainWaitMs: number;
  errors: number;
}

async function measure(
  name: string,
  server: ChildProcess,
  run: () => Promise<Result>,
  sql: string | null,
): Promise<Row> {
  const cpuBefore = cpuMsOf(server.pid!);
  const mainBefore = mainThreadSchedulingOf(server.pid!);
  const result = await run();
  const cpu = cpuMsOf(server.pid!) - cpuBefore;
  const mainAfter = mainThreadSchedulingOf(server.pid!);
  const main = mainAfter.runMs - mainBefore.runMs;
  const wait = mainAfter.waitMs - mainBefore.waitMs;
  const total = Math.max(1, result.requests.total);
  return {
    name,
    p50: result.latency.p50,
    // autocannon reports p90 and p97.5; p95 is between them (linear interpolation).
    p95: result.latency.p95 ?? (result.latency.p90 + result.latency.p97_5) / 2,
    p99: result.latency.p99,
    rps: result.requests.average,
    sql: sql ?? '?',
    cpuMs: cpu / total,
    mainCpuMs: main / total,
    mainWaitMs: wait / total,
    errors: result.errors + result.non2xx,
  };
}

/** User + system CPU of a process, all its threads, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * A process's main thread: time it has run on a core, and time it has waited, ready to run, for
 * one, in ms (Linux /proc schedstat, in ns).
 */
function mainThreadSchedulingOf(pid: number): { runMs: number; waitMs: number } {
  try {
    const fields = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ');
    return { runMs: Number(fields[0]) / 1e6, waitMs: Number(fields[1]) / 1e6 };
  } catch {
    return { runMs: Number.NaN, waitMs: Number.NaN };
  }
}

function print(rows: Row[], national: Row[]): void {
  if (rows.length === 0) {
    printTable(national);
    printNational(national);
    return;
  }
  printTable([...rows, ...national]);
  printNational(national);
  printOverview(rows);
  for (const line of sideBySide) console.log(line);
}

function printNational(national: Row[]): void {
  const [kept, computed, sql] = national;
  if (!kept || !computed || !sql) return;
  const ratio = (row: Row) =>
    `p50 ${(row.p50 / sql.p50).toFixed(2)}×, p95 ${(row.p95 / sql.p95).toFixed(2)}×`;
  console.log(
    `\nnationalStatistics p95 ${kept.p95.toFixed(1)} ms as served (kept answer; target ≤ 50 ms), ` +
      `${computed.p95.toFixed(1)} ms computed every time; against the raw SQL at the same ` +
      `concurrency (target ≤ 2×): kept ${ratio(kept)}; computed ${ratio(computed)}`,
  );
}

function printTable(rows: Row[]): void {
  const header = [
    'scenario',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'req/s',
    'SQL/req',
    'CPU ms/req',
    'main thread ms/req',
    'main thread wait ms/req',
    'errors',
  ];
  const lines = rows.map((r) => [
    r.name,
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    r.rps.toFixed(1),
    r.sql,
    r.cpuMs.toFixed(2),
    r.mainCpuMs.toFixed(2),
    r.mainWaitMs.toFixed(2),
    String(r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
}

function printOverview(rows: Row[]): void {
  const quiet = rows.filter((r) => /^(round overview|overview saturated, quiet)/.test(r.name));
  const base = quiet.reduce((sum, r) => sum + r.p95, 0) / quiet.length;
  console.log(
    `\nround overview p95 ${base.toFixed(1)} ms (the first window and the saturated quiet median; target ≤ 50 ms)`,
  );
  const list = (values: number[]) => values.map((v) => v.toFixed(1)).join(', ');
  for (const { label, quiet, loaded, quietWait, loadedWait } of solvingSummaries) {
    const q = median(quiet);
    const l = median(loaded);
    console.log(
      `${label}: p95 median ${q.toFixed(1)} ms quiet (${list(quiet)}), ${l.toFixed(1)} ms while ` +
        `solving (${list(loaded)}): ${(l / q).toFixed(2)}× (target ≤ 1.25×); ` +
        `the main thread waited for a core ${median(quietWait).toFixed(2)} ms/req quiet, ` +
        `${median(loadedWait).toFixed(2)} ms/req while solving`,
    );
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The window whose p95 is the median (the lower middle one of an even count). */
function medianRow(windows: Row[]): Row {
  const sorted = [...windows].sort((a, b) => a.p95 - b.p95);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * SQL statements one request sends (the server's x-sql-statements header), after a first request
 * that warms the caches (county, validation results); fails on errors.
 */
async function sqlCount(
  endpoint: string,
  headers: Record<string, string>,
  body: string,
  what: string,
  warm = true,
): Promise<string | null> {
  const send = async () => {
    const response = await fetch(endpoint, { method: 'POST', headers, body });
    const json = (await response.json()) as { errors?: unknown };
    if (json.errors) throw new Error(`${what} failed: ${JSON.stringify(json.errors)}`);
    return response.headers.get('x-sql-statements');
  };
  if (warm) await send();
  return send();
}

/** The national-sized database (bench/national-database.ts). */
function seed(url: string): Promise<{ closedRoundId: string }> {
  return seedNationalDatabase(url);
}

async function startBuiltServer(
  url: string,
  keyFile: string,
  options: { port?: number; env?: Record<string, string> } = {},
): Promise<ChildProcess> {
  const port = options.port ?? PORT;
  const profile = process.env['BENCH_PROFILE']
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`]
    : [];
  // BENCH_SERVER_DIST: another build's folder (e.g. `tsc -p tsconfig.build.json --outDir …`).
  const dist = process.env['BENCH_SERVER_DIST'] ?? join(here, '..', 'dist');
  // As deployed: production mode (graphql-js without its development checks), tokens verified
  // against an issuer's JWKS (served by this process for the development key), and the start
  // script's Node options (apps/api/package.json).
  const { nodeOptions } = startScript();
  const child = spawn(process.execPath, [...nodeOptions, ...profile, join(dist, 'main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      AUTH_ISSUER: DEV_ISSUER,
      AUTH_AUDIENCE: DEV_AUDIENCE,
      AUTH_JWKS_URL: `http://127.0.0.1:${PORT + 1}/jwks`,
      DEV_SIGNING_KEY_FILE: keyFile,
      DATABASE_POOL_MAX: '10',
      // The benchmarks load the API from this host, which the rate limits let through (README).
      RATE_LIMIT_EXEMPT: '127.0.0.1',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Up to 60 s: on a shared two-core host the built server's start (schema, pool) can pass 20 s.
  for (let i = 0; i < 300 && child.exitCode === null; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return child;
  }
  child.kill();
  throw new Error('the built server did not become ready');
}

/** The Node options of the API's start script, so the benchmark runs the server as `npm start`. */
function startScript(): { nodeOptions: string[] } {
  // BENCH_NODE_OPTIONS: other Node options for the server (to compare with the start script's).
  const override = process.env['BENCH_NODE_OPTIONS'];
  if (override !== undefined) return { nodeOptions: override.split(/\s+/).filter(Boolean) };
  const pkg = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const words = pkg.scripts.start.split(/\s+/);
  return { nodeOptions: words.slice(1).filter((w) => w.startsWith('--')) };
}

/** The development key's public half as an issuer's JWKS, at PORT + 1. */
async function serveJwks(key: Awaited<ReturnType<typeof loadOrCreateDevSigningKey>>) {
  const jwk = { ...(await exportJWK(key.publicKey)), kid: key.kid, alg: DEV_ALGORITHM, use: 'sig' };
  const body = JSON.stringify({ keys: [jwk] });
  const server = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(PORT + 1, '127.0.0.1', resolve));
  return server;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
