// The fault suite: the built server on the national-sized database (bench/national-database.ts),
// on an embedded PostgreSQL this bench starts, stops and restarts itself (never a shared one),
// while county advisers read their round overview at a steady rate. Prints a table:
// - a misbehaving national client (10 cache-missing seven-dimension nationalStatistics queries
//   in a loop): the advisers' p95, quiet and meanwhile (target ≤ 100 ms);
// - PostgreSQL restarted under load: failed requests (and how they were answered), time to
//   recover;
// - SIGTERM under load: requests in flight drained (completed vs failed);
// - SIGKILL during a scenario run and during a decision: what is left in the database, and the
//   time from the restarted server being ready until the next run / decision is accepted.
// Run: npm run bench:fault -w @kompetansemidler/api (after a build), or `npm run bench` at the
// root (it runs api.bench.ts, then this). FAULT_RATE sets the advisers' requests/s (default 20),
// FAULT_SECONDS a window's length (default 10), FAULT_RETRY_WAIT_S how long to keep asking for
// the next scenario run after a SIGKILL (default 30), FAULT_NATIONAL_SAMPLES the sequential
// national requests timed (default 30). FAULT_ONLY=national runs the national rows alone (the
// seven-dimension aggregate and the misbehaving client, ≈ 2 min with the seeding):
//   FAULT_ONLY=national npm run bench:fault -w @kompetansemidler/api
import 'reflect-metadata';
import pg from 'pg';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { databaseUrlFor, ensureDatabase } from '../src/database/database.js';
import { EmbeddedPostgres, sharedTempRoot } from '../src/database/embedded-postgres.js';
import { loadOrCreateDevSigningKey } from '../src/modules/auth/dev-signing-key.js';
import { signDevMachineToken, signDevToken } from '../src/modules/auth/dev-token.js';
import { Role } from '../src/modules/auth/role.js';
import { nationalStatisticsFromSourcesSql } from '../src/modules/national/national-statistics.source-sql.js';
import { nationalStatisticsSql } from '../src/modules/national/national-statistics.sql.js';
import { currentYearInNorway } from '../src/modules/national/national.service.js';
import { NationalDimension } from '../src/modules/national/national.types.js';
import { serveJwks, startBuiltServer, type BuiltServer } from './bench-server.js';
import { seedNationalDatabase } from './national-database.js';

const PORT = Number(process.env['BENCH_PORT'] ?? 4731);
const JWKS_PORT = PORT + 1;
const RATE = Number(process.env['FAULT_RATE'] ?? 20);
const SECONDS = Number(process.env['FAULT_SECONDS'] ?? 10);
const RETRY_WAIT_S = Number(process.env['FAULT_RETRY_WAIT_S'] ?? 30);
const ADVISER_CONNECTIONS = 10;
const NATIONAL_CLIENTS = 10;
const NATIONAL_SAMPLES = Number(process.env['FAULT_NATIONAL_SAMPLES'] ?? 30);
const NATIONAL_ONLY = process.env['FAULT_ONLY'] === 'national';

const OVERVIEW = `query RoundOverview($id: ID!) {
  round(id: $id) {
    id year status frame version
    summary { statements withdrawn requestedThisYear committedThisYear freeThisYear withProblems
      bySector { sector statements requestedThisYear }
      byTheme { sector themeId title { nb } rank statements withdrawn requestedThisYear }
      byStatus { status statements requestedThisYear } }
    commitments(first: 1) { totalCount }
  }
}`;
const NATIONAL_ALL = `query National($groupBy: [NationalDimension!]!, $years: [Int!]) {
  nationalStatistics(groupBy: $groupBy, years: $years) {
    groups { county { code } year sector theme { id } ownership institution { orgnr } durationYears
      figures { statements requested granted committed reportsExpected reportsSubmitted } }
    totals { granted }
  }
}`;
const SEVEN = Object.values(NationalDimension);
/** Every group's dimensions and every figure: the largest answer the statistics give. */
const NATIONAL_FULL = `query National($groupBy: [NationalDimension!]!) {
  nationalStatistics(groupBy: $groupBy) {
    groups { county { code name } year sector theme { id titleNb titleEn } ownership
      institution { orgnr name kind } durationYears
      figures { frame statements requested samiStatements samiShare decisions grants granted
        grantedLaterYears committed coordinatorGranted fundedOwners newcomerOwners newcomerShare
        grantedToNewcomers reportsExpected reportsSubmitted reportsAccepted reportsReturned
        reportCompleteness reportedReceivedOwner reportedReceivedInstitution reportedSpentOwner
        reportedSpentInstitution reportedCoordinatorSpent } }
    totals { granted committed reportsExpected reportsSubmitted }
  }
}`;
const RUN = `mutation Run($id: ID!) { runScenario(input: { roundId: $id, name: "fault", method: OPTIMAL, timeLimitSeconds: 5 }) { id } }`;

interface Outcome {
  /** ms since the load began: when the request was due. */
  sentAt: number;
  /** When its last byte was handed to the socket (-1: never, it waited for a socket). */
  wroteAt: number;
  doneAt: number;
  status: number;
  /** The first GraphQL error's code, `ok`, or a socket error's code. */
  code: string;
}

interface FaultRow {
  fault: string;
  measured: string;
  result: string;
}

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'km-fault-'));
  // A data folder PostgreSQL's own user can reach when this runs as root (mkdtemp's is private).
  const dataDir = join(sharedTempRoot(), `km-fault-${randomBytes(6).toString('hex')}`, 'pg');
  let postgres = await EmbeddedPostgres.start({ dataDir, persistent: true });
  const port = postgres.port;
  const name = 'kompetansemidler_fault';
  await ensureDatabase(postgres.url(), name);
  const url = databaseUrlFor(postgres.url(), name);
  const rows: FaultRow[] = [];
  let server: BuiltServer | undefined;
  const jwksKey = await loadOrCreateDevSigningKey(join(folder, 'dev-key.json'));
  const jwks = await serveJwks(jwksKey, JWKS_PORT);
  try {
    const { closedRoundId } = await seedNationalDatabase(url);
    const keyFile = join(folder, 'dev-key.json');
    const start = () =>
      startBuiltServer({
        databaseUrl: url,
        keyFile,
        port: PORT,
        jwksPort: JWKS_PORT,
        // Every national query computed (none kept), as after each write.
        env: { NATIONAL_STATISTICS_CACHE_ENTRIES: '0', RATE_LIMIT_EXEMPT: '127.0.0.1' },
        stderr: 'ignore',
      });
    server = await start();
    const admin = {
      'content-type': 'application/json',
      authorization: `Bearer ${await signDevToken(jwksKey, {
        subject: 'fault',
        name: 'Fault',
        role: Role.ADMIN,
        countyCode: 'county-01',
        expiresIn: '2h',
      })}`,
    };
    const national = {
      'content-type': 'application/json',
      authorization: `Bearer ${await signDevMachineToken(jwksKey, {
        clientId: 'fault',
        scope: 'statistics:read',
        expiresIn: '2h',
      })}`,
    };
    const endpoint = `http://127.0.0.1:${PORT}/graphql`;
    const overview = JSON.stringify({ query: OVERVIEW, variables: { id: closedRoundId } });
    const advisers = (seconds: number) =>
      pacedOutcomes({ url: endpoint, headers: admin, body: overview, rate: RATE, seconds });
    await advisers(3); // warm-up

    // 0. The cache-missing seven-dimension aggregate, one at a time (the server keeps no answers).
    rows.push(...(await nationalAggregateRows(url, endpoint, national, server.process.pid)));

    // 1. A misbehaving national client.
    const quiet = await advisers(SECONDS);
    let misbehaving = true;
    const nationalOutcomes: Outcome[] = [];
    const t0 = performance.now();
    const nationalLoops = Array.from({ length: NATIONAL_CLIENTS }, async (_, k) => {
      for (let i = 0; misbehaving; i++) {
        // Years vary, so no two asks are alike (nothing could be kept even with a cache).
        const years = [2026, 2027, 2028, 2029].slice(0, 1 + ((i + k) % 4));
        const sentAt = performance.now() - t0;
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: national,
          body: JSON.stringify({ query: NATIONAL_ALL, variables: { groupBy: SEVEN, years } }),
        }).catch(() => undefined);
        const json = (await response?.json().catch(() => undefined)) as
          { errors?: Array<{ extensions?: { code?: string } }> } | undefined;
        nationalOutcomes.push({
          sentAt,
          wroteAt: sentAt,
          doneAt: performance.now() - t0,
          status: response?.status ?? 0,
          code: json?.errors?.[0]?.extensions?.code ?? (response ? 'ok' : 'socket'),
        });
        if (json?.errors?.[0]?.extensions?.code === 'BUSY') {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const pid = server.process.pid;
    const cpuAt = { all: processCpuMs(pid), main: processCpuMs(pid, pid), t: performance.now() };
    const loaded = await advisers(SECONDS);
    const window = performance.now() - cpuAt.t;
    const busy = {
      all: (processCpuMs(pid) - cpuAt.all) / window,
      main: (processCpuMs(pid, pid) - cpuAt.main) / window,
    };
    misbehaving = false;
    await Promise.all(nationalLoops);
    const nationalOk = nationalOutcomes.filter((o) => o.code === 'ok');
    rows.push({
      fault: 'misbehaving national client',
      measured: `advisers' overview p95 at ${RATE} req/s, quiet → while ${NATIONAL_CLIENTS} clients loop 7-dimension nationalStatistics (target ≤ 100 ms)`,
      result:
        `${ms(p95(quiet))} → ${ms(p95(loaded))} (failed ${failures(quiet)} / ${failures(loaded)}); ` +
        `national: ${nationalOk.length} answered (p50 ${ms(
          percentile(
            nationalOk.map((o) => o.doneAt - o.sentAt),
            0.5,
          ),
        )}, p95 ${ms(
          percentile(
            nationalOk.map((o) => o.doneAt - o.sentAt),
            0.95,
          ),
        )}), ` +
        `${countBy(nationalOutcomes.filter((o) => o.code !== 'ok'))}; ` +
        `the server's CPU meanwhile ${percent(busy.all)} of a core, its main thread ${percent(busy.main)}`,
    });
    if (NATIONAL_ONLY) {
      printTable(rows);
      return;
    }

    // 2. PostgreSQL restarted under load.
    const restartAt = 3_000;
    let downMs = 0;
    let backAt = 0;
    const loadStart = performance.now();
    const [outcomes] = await Promise.all([
      advisers(SECONDS + 2),
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, restartAt));
        const stopping = performance.now();
        await postgres.stop();
        postgres = await EmbeddedPostgres.start({ dataDir, persistent: true, port });
        backAt = performance.now() - loadStart;
        downMs = performance.now() - stopping;
      })(),
    ]);
    const failed = outcomes.filter((o) => o.code !== 'ok');
    const lastFailure = failed.reduce((max, o) => Math.max(max, o.doneAt), 0);
    const firstFailure = failed.reduce(
      (min, o) => Math.min(min, o.doneAt),
      Number.POSITIVE_INFINITY,
    );
    rows.push({
      fault: 'PostgreSQL restarted under load',
      measured: `${outcomes.length} overview requests at ${RATE} req/s; PostgreSQL down ${ms(downMs)} (fast shutdown + start)`,
      result:
        `${failed.length} failed (${countBy(failed)}); ` +
        (failed.length > 0
          ? `clients saw failures for ${ms(lastFailure - firstFailure)}, the last ${ms(lastFailure - backAt)} after PostgreSQL was back (time to recover)`
          : 'no failures'),
    });

    // 3. SIGTERM under load.
    const termAt = 2_000;
    let termSent = 0;
    const [drained] = await Promise.all([
      advisers(4),
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, termAt));
        termSent = performance.now();
        server!.process.kill('SIGTERM');
      })(),
    ]);
    const exitCode = await server.exited;
    const stoppedMs = performance.now() - termSent;
    // In flight: sent to the server before the signal and not answered by then. The rest were
    // answered before, or reached the server after it had stopped listening.
    const inFlight = drained.filter(
      (o) => o.wroteAt >= 0 && o.wroteAt < termAt && o.doneAt > termAt,
    );
    const answeredBefore = drained.filter((o) => o.doneAt <= termAt);
    const after = drained.filter((o) => !inFlight.includes(o) && !answeredBefore.includes(o));
    rows.push({
      fault: 'SIGTERM under load',
      measured: `overview at ${RATE} req/s, SIGTERM at ${termAt / 1000} s; exit code ${exitCode} ${ms(stoppedMs)} after`,
      result:
        `${inFlight.length} in flight drained: ${inFlight.filter((o) => o.code === 'ok').length} completed, ` +
        `${failures(inFlight)} failed${failures(inFlight) ? ` (${countBy(inFlight.filter((o) => o.code !== 'ok'))})` : ''}; ` +
        `answered before: ${answeredBefore.length} (${failures(answeredBefore)} failed); ` +
        `sent later: ${after.length} (${countBy(after)})`,
    });
    server = await start();

    // 4. SIGKILL during a scenario run.
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const runSent = fetch(endpoint, {
        method: 'POST',
        headers: admin,
        body: runBody(closedRoundId),
      })
        .then((r) => r.status)
        .catch(() => 0);
      await waitFor(async () => {
        const { rows: active } = await client.query(
          `select count(*)::int as n from scenario_run where round_id = $1 and status in ('QUEUED', 'RUNNING')`,
          [closedRoundId],
        );
        return active[0].n > 0;
      }, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      server.process.kill('SIGKILL');
      await server.exited;
      await runSent;
      const left = await client.query(
        `select status, count(*)::int as n from scenario_run where round_id = $1 group by status order by status`,
        [closedRoundId],
      );
      server = await start();
      const next = await retryUntilAccepted(endpoint, admin, runBody(closedRoundId), RETRY_WAIT_S);
      rows.push({
        fault: 'SIGKILL during a scenario run',
        measured: `runScenario (OPTIMAL, 100 statements) killed while its run was active; restart ${ms(server.startMs)}`,
        result:
          `left: ${left.rows.map((r: { status: string; n: number }) => `${r.n} ${r.status}`).join(', ')}; ` +
          (next.acceptedMs === undefined
            ? `next run still refused after ${RETRY_WAIT_S} s (${countCodes(next.codes)})`
            : `next run accepted ${ms(next.acceptedMs)} after the restarted server was ready` +
              (next.codes.length > 0 ? ` (refused before: ${countCodes(next.codes)})` : '')),
      });

      // 5. SIGKILL during a decision (round → PROPOSAL → forum consensus → decideRound).
      const decisionRound = await roundOf(client, 'county-02', 2029);
      const decisionAdmin = {
        ...admin,
        authorization: `Bearer ${await signDevToken(jwksKey, {
          subject: 'fault-2',
          name: 'Fault',
          role: Role.ADMIN,
          countyCode: 'county-02',
        })}`,
      };
      const ranked = await graphql<{ runScenario: { id: string } }>(
        endpoint,
        decisionAdmin,
        RUN.replace('method: OPTIMAL', 'method: RANKED'),
        { id: decisionRound },
      );
      const scenarioId = await scenarioOf(endpoint, decisionAdmin, ranked.runScenario.id);
      const put = await graphql<{ putScenarioToForum: { id: string } }>(
        endpoint,
        decisionAdmin,
        `
          mutation ($id: ID!) {
            putScenarioToForum(input: { scenarioId: $id, note: "Fault" }) {
              id
            }
          }
        `,
        { id: scenarioId },
      );
      const proposalId = put.putScenarioToForum.id;
      await graphql(
        endpoint,
        decisionAdmin,
        `
          mutation ($input: RecordForumOutcomeInput!) {
            recordForumOutcome(input: $input) {
              status
            }
          }
        `,
        { input: { proposalId, outcome: 'CONSENSUS', minutes: 'Protokoll' } },
      );
      const decide = JSON.stringify({
        query: `mutation($id: ID!) { decideRound(input: { proposalId: $id }) { id } }`,
        variables: { id: proposalId },
      });
      const decideSent = fetch(endpoint, { method: 'POST', headers: decisionAdmin, body: decide })
        .then((r) => r.status)
        .catch(() => 0);
      // Killed once the decision's transaction is open in PostgreSQL (or after 2 s).
      await waitFor(async () => {
        const { rows: open } = await client.query(
          `select count(*)::int as n from pg_stat_activity
            where datname = current_database() and xact_start is not null and pid <> pg_backend_pid()
              and backend_type = 'client backend' and state <> 'idle'`,
        );
        return open[0].n > 0;
      }, 2_000).catch(() => undefined);
      server.process.kill('SIGKILL');
      await server.exited;
      const decideStatus = await decideSent;
      const state = await client.query(
        `select (select count(*)::int from decision d join needs_statement ns on ns.id = d.needs_statement_id where ns.round_id = $1) as decisions,
                (select count(*)::int from needs_statement where round_id = $1) as statements,
                (select status from round where id = $1) as round_status`,
        [decisionRound],
      );
      const s = state.rows[0] as { decisions: number; statements: number; round_status: string };
      server = await start();
      const again = await retryUntilAccepted(endpoint, decisionAdmin, decide, RETRY_WAIT_S);
      rows.push({
        fault: 'SIGKILL during a decision',
        measured: `decideRound (${s.statements} statements) killed in its transaction (client saw ${decideStatus || 'no answer'}); restart ${ms(server.startMs)}`,
        result:
          `left: ${s.decisions} of ${s.statements} decisions, round ${s.round_status} ` +
          `(${s.decisions === 0 || s.decisions === s.statements ? 'all or nothing held' : 'PARTIAL'}); ` +
          (again.acceptedMs === undefined
            ? `decision still refused after ${RETRY_WAIT_S} s (${countCodes(again.codes)})`
            : `decided ${ms(again.acceptedMs)} after the restarted server was ready` +
              (again.codes.length > 0 ? ` (refused before: ${countCodes(again.codes)})` : '')),
      });
    } finally {
      await client.end();
    }
  } finally {
    server?.process.kill('SIGTERM');
    if (server) await server.exited;
    jwks.close();
    await postgres.stop();
    await rm(folder, { recursive: true, force: true });
    await rm(dirname(dataDir), { recursive: true, force: true });
  }
  printTable(rows);
}

/**
 * The seven-dimension nationalStatistics computed on every request (the server keeps no answers),
 * timed one request at a time: through the API (HTTP, auth, GraphQL, every figure of every group),
 * its SQL sent straight to PostgreSQL, the former statement over the source tables (the reference
 * the facts are tested against), and a county's recompute of its facts, which every committed write
 * of the county pays once.
 */
async function nationalAggregateRows(
  url: string,
  endpoint: string,
  headers: Record<string, string>,
  serverPid: number | undefined,
): Promise<FaultRow[]> {
  const body = JSON.stringify({ query: NATIONAL_FULL, variables: { groupBy: SEVEN } });
  let groups = 0;
  const cpuBefore = processCpuMs(serverPid);
  const mainBefore = processCpuMs(serverPid, serverPid);
  const api = await timed(NATIONAL_SAMPLES, async () => {
    const response = await fetch(endpoint, { method: 'POST', headers, body });
    const json = (await response.json()) as {
      errors?: unknown;
      data?: { nationalStatistics: { groups: unknown[] } };
    };
    if (json.errors || !json.data) {
      throw new Error(`nationalStatistics failed: ${JSON.stringify(json.errors)}`);
    }
    groups = json.data.nationalStatistics.groups.length;
  });
  const serverCpu = (processCpuMs(serverPid) - cpuBefore) / NATIONAL_SAMPLES;
  // The main thread's share: what holds the event loop (the rest is the national thread and gzip).
  const mainCpu = (processCpuMs(serverPid, serverPid) - mainBefore) / NATIONAL_SAMPLES;
  const query = { groupBy: SEVEN, years: [], counties: [], currentYear: currentYearInNorway() };
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    // As the API's sessions: no JIT (orm-config), so both statements are timed as it runs them.
    await client.query('set jit = off');
    const facts = nationalStatisticsSql(query).sql;
    const sources = nationalStatisticsFromSourcesSql(query).sql;
    const sql = await timed(NATIONAL_SAMPLES, () => client.query(facts));
    const before = await timed(Math.min(5, NATIONAL_SAMPLES), () => client.query(sources));
    const explain = await client.query<{ 'QUERY PLAN': Array<{ 'Execution Time': number }> }>(
      `explain (analyze, format json) ${facts}`,
    );
    const execution = explain.rows[0]?.['QUERY PLAN'][0]?.['Execution Time'] ?? Number.NaN;
    const { rows: county } = await client.query(
      `select c.id, (select count(*)::int from national_fact f where f.county_id = c.id) as facts,
              (select count(*)::int from needs_statement ns where ns.county_id = c.id) as statements
         from county c where c.code = 'county-01'`,
    );
    const {
      id,
      facts: countyFacts,
      statements,
    } = county[0] as {
      id: string;
      facts: number;
      statements: number;
    };
    const refresh = await timed(NATIONAL_SAMPLES, () =>
      client.query('select national_fact_refresh($1)', [id]),
    );
    const { rows: total } = await client.query('select count(*)::int as n from national_fact');
    return [
      {
        fault: 'cache-missing national aggregate',
        measured: `nationalStatistics grouped by all seven dimensions (${groups} groups, every figure), computed on each request, ${NATIONAL_SAMPLES} one at a time (target ≤ 200 ms)`,
        result:
          `API p50 ${ms(api.p50)}, p95 ${ms(api.p95)} (the server's CPU ${ms(serverCpu)} per answer, its main thread's ${ms(mainCpu)}); its SQL on PostgreSQL p50 ${ms(sql.p50)}, ` +
          `p95 ${ms(sql.p95)} (${(total[0] as { n: number }).n} fact rows; EXPLAIN ANALYZE ${ms(execution)}); the former SQL over ` +
          `the source tables p50 ${ms(before.p50)} (${Math.min(5, NATIONAL_SAMPLES)} runs)`,
      },
      {
        fault: 'keeping the national facts',
        measured: `a county's facts recomputed at the commit of a write to its data (county-01: ${statements} statements → ${countyFacts} fact rows), ${NATIONAL_SAMPLES} times`,
        result: `p50 ${ms(refresh.p50)}, p95 ${ms(refresh.p95)} added to such a commit`,
      },
    ];
  } finally {
    await client.end();
  }
}

/**
 * A process's CPU time so far (user and system, all threads), or one thread's (`thread`: its id;
 * the main thread's is the process id), from /proc; NaN elsewhere.
 */
function processCpuMs(pid: number | undefined, thread?: number): number {
  try {
    const path = thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`;
    const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the command), in ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** `count` calls of `once`, one after another: the median and p95 of their milliseconds. */
async function timed(
  count: number,
  once: () => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** Polls a scenario run (runScenario answers at once with it queued) until its scenario is stored. */
async function scenarioOf(
  url: string,
  headers: Record<string, string>,
  runId: string,
): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const { scenarioRun } = await graphql<{
      scenarioRun: { status: string; errorCode: string | null; scenario: { id: string } | null };
    }>(
      url,
      headers,
      `
        query ($id: ID!) {
          scenarioRun(id: $id) {
            status
            errorCode
            scenario {
              id
            }
          }
        }
      `,
      {
        id: runId,
      },
    );
    if (scenarioRun.scenario) return scenarioRun.scenario.id;
    if (scenarioRun.status === 'FAILED')
      throw new Error(`the run failed: ${scenarioRun.errorCode}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the scenario run did not finish');
}

function runBody(roundId: string): string {
  return JSON.stringify({ query: RUN, variables: { id: roundId } });
}

async function roundOf(client: pg.Client, county: string, year: number): Promise<string> {
  const { rows } = await client.query(
    `select r.id from round r join county c on c.id = r.county_id where c.code = $1 and r.year = $2`,
    [county, year],
  );
  return (rows[0] as { id: string }).id;
}

async function graphql<T>(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: unknown };
  if (json.errors || !json.data)
    throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(json.errors)}`);
  return json.data;
}

/** Sends `body` every 250 ms until it succeeds or `seconds` pass; the codes of the refusals. */
async function retryUntilAccepted(
  url: string,
  headers: Record<string, string>,
  body: string,
  seconds: number,
): Promise<{ acceptedMs: number | undefined; codes: string[] }> {
  const started = performance.now();
  const codes: string[] = [];
  while (performance.now() - started < seconds * 1000) {
    const response = await fetch(url, { method: 'POST', headers, body }).catch(() => undefined);
    const json = (await response?.json().catch(() => undefined)) as
      { errors?: Array<{ extensions?: { code?: string } }> } | undefined;
    if (response?.status === 200 && !json?.errors) {
      return { acceptedMs: performance.now() - started, codes };
    }
    codes.push(json?.errors?.[0]?.extensions?.code ?? `HTTP ${response?.status ?? 'refused'}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { acceptedMs: undefined, codes };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('timed out waiting');
}

/**
 * An open-loop load (one POST every 1/rate s, whether or not earlier answers have come), each
 * request's outcome kept with its times; latency counts from the moment a request was due.
 */
async function pacedOutcomes(options: {
  url: string;
  headers: Record<string, string>;
  body: string;
  rate: number;
  seconds: number;
}): Promise<Outcome[]> {
  const target = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: ADVISER_CONNECTIONS });
  const body = Buffer.from(options.body);
  const outcomes: Outcome[] = [];
  const start = performance.now();
  const send = (sentAt: number) =>
    new Promise<void>((resolve) => {
      let wroteAt = -1;
      const done = (status: number, code: string) => {
        outcomes.push({ sentAt, wroteAt, doneAt: performance.now() - start, status, code });
        resolve();
      };
      const req = request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            let code = 'ok';
            try {
              const json = JSON.parse(Buffer.concat(chunks).toString()) as {
                errors?: Array<{ extensions?: { code?: string } }>;
              };
              if (json.errors) code = json.errors[0]?.extensions?.code ?? 'error';
            } catch {
              code = 'unreadable';
            }
            if (res.statusCode !== 200 && code === 'ok') code = `HTTP ${res.statusCode}`;
            done(res.statusCode ?? 0, code);
          });
          res.on('error', () => done(res.statusCode ?? 0, 'socket'));
        },
      );
      for (const [name, value] of Object.entries(options.headers)) req.setHeader(name, value);
      req.setHeader('content-length', String(body.length));
      req.on('error', (error: NodeJS.ErrnoException) => done(0, error.code ?? 'socket'));
      req.on('finish', () => (wroteAt = performance.now() - start));
      req.end(body);
    });
  const total = Math.round(options.rate * options.seconds);
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const dueAt = (i * 1000) / options.rate;
    const wait = start + dueAt - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(dueAt));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return outcomes;
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function p95(outcomes: Outcome[]): number {
  return percentile(
    outcomes.filter((o) => o.code === 'ok').map((o) => o.doneAt - o.sentAt),
    0.95,
  );
}

function failures(outcomes: Outcome[]): number {
  return outcomes.filter((o) => o.code !== 'ok').length;
}

function countBy(outcomes: Outcome[]): string {
  return countCodes(outcomes.map((o) => (o.status ? `${o.status} ${o.code}` : o.code)));
}

function countCodes(codes: string[]): string {
  if (codes.length === 0) return 'none';
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${n}× ${code}`).join(', ');
}

function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'n/a';
}

function percent(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(0)} %` : 'n/a';
}

function printTable(rows: FaultRow[]): void {
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`\nThe machine's load average at the end: ${load} (${cpus().length} cores).`);
  console.log('\n| fault | measured | result |\n|---|---|---|');
  for (const row of rows) console.log(`| ${row.fault} | ${row.measured} | ${row.result} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
