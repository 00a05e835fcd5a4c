// The API under load: a national-sized database (10 counties × 4 years × 100 needs statements),
// the built server in its own process, autocannon at 10 connections. Prints a table.
// Run: npm run bench -w @kompetansemidler/api (after a build), or `npm run bench` at the root.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { TROMS_MUNICIPALITIES, TROMS_PLAN_2026_2029 } from '@kompetansemidler/domain';
import autocannon, { type Result } from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseUrlFor, dropDatabase, ensureDatabase } from '../src/database/database.js';
import { EmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { ormConfig } from '../src/database/orm-config.js';
import { loadOrCreateDevSigningKey } from '../src/modules/auth/dev-signing-key.js';
import { signDevToken } from '../src/modules/auth/dev-token.js';
import { Role } from '../src/modules/auth/role.js';
import { RoundStatus } from '../src/modules/round/round-status.js';
import { seedDemoCounty } from '../src/seeders/demo-county.js';

const COUNTIES = 10;
const STATEMENTS = 100;
const CONNECTIONS = 10;
const DURATION_S = Number(process.env['BENCH_DURATION'] ?? 10);
const PORT = Number(process.env['BENCH_PORT'] ?? 4711);
const here = dirname(fileURLToPath(import.meta.url));

const OVERVIEW = `query Overview($id: ID!) {
  round(id: $id) {
    id year status frame version
    calendar { id start end label { nb } }
    summary { statements requestedThisYear committedThisYear bySector { sector statements requestedThisYear } }
    needsStatements(first: 100, orderBy: { field: REQUESTED_THIS_YEAR, direction: DESC }) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id title status sector themeId durationYears requestedThisYear
        budget { year owner institution total }
        partnership { id name institution { name } owners { name ownership municipality { number name } } } } }
    }
  }
}`;
const RUN = `mutation Run($id: ID!) { runScenario(input: { roundId: $id, name: "bench", method: OPTIMAL, timeLimitSeconds: 5 }) { id grantedNew } }`;

async function main(): Promise<void> {
  const embedded = process.env['DATABASE_URL'] ? undefined : await EmbeddedPostgres.start();
  const serverUrl = process.env['DATABASE_URL'] ?? embedded!.url();
  const name = `kompetansemidler_bench_${Date.now()}`;
  await ensureDatabase(serverUrl, name);
  const url = databaseUrlFor(serverUrl, name);
  let server: ChildProcess | undefined;
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
    server = await startBuiltServer(url, keyFile);
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    };
    const endpoint = `http://127.0.0.1:${PORT}/graphql`;
    const overviewBody = JSON.stringify({
      query: OVERVIEW,
      variables: { id: seeded.closedRoundId },
    });
    const runBody = JSON.stringify({ query: RUN, variables: { id: seeded.closedRoundId } });

    const sample = await fetch(endpoint, { method: 'POST', headers, body: overviewBody });
    const sqlPerOverview = sample.headers.get('x-sql-statements');
    const sampleJson = (await sample.json()) as { errors?: unknown };
    if (sampleJson.errors) throw new Error(`overview failed: ${JSON.stringify(sampleJson.errors)}`);
    const runSample = process.env['BENCH_READS_ONLY']
      ? sample
      : await fetch(endpoint, { method: 'POST', headers, body: runBody });
    const sqlPerRun = runSample.headers.get('x-sql-statements');
    const runJson = (runSample === sample ? {} : await runSample.json()) as { errors?: unknown };
    if (runJson.errors) throw new Error(`scenario failed: ${JSON.stringify(runJson.errors)}`);

    const rows: Row[] = [];
    rows.push(
      await measure(
        'round overview (100 statements)',
        server,
        () =>
          autocannon({
            url: endpoint,
            method: 'POST',
            headers,
            body: overviewBody,
            connections: CONNECTIONS,
            duration: DURATION_S,
            timeout: 60,
          }),
        sqlPerOverview,
      ),
    );
    if (process.env['BENCH_READS_ONLY']) {
      print(rows);
      return;
    }
    rows.push(
      await measure(
        'runScenario (OPTIMAL, 100 statements)',
        server,
        () =>
          autocannon({
            url: endpoint,
            method: 'POST',
            headers,
            body: runBody,
            connections: CONNECTIONS,
            amount: 20,
            timeout: 120,
          }),
        sqlPerRun,
      ),
    );
    // Reads while scenarios keep the solver thread busy.
    let solving = true;
    const solver = (async () => {
      while (solving)
        await fetch(endpoint, { method: 'POST', headers, body: runBody }).then((r) => r.text());
    })();
    rows.push(
      await measure(
        'round overview while solving',
        server,
        () =>
          autocannon({
            url: endpoint,
            method: 'POST',
            headers,
            body: overviewBody,
            connections: CONNECTIONS,
            duration: DURATION_S,
            timeout: 60,
          }),
        sqlPerOverview,
      ),
    );
    solving = false;
    await solver;
    print(rows);
  } finally {
    server?.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await dropDatabase(serverUrl, name).catch(() => undefined);
    await embedded?.stop();
  }
}

interface Row {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  sql: string;
  cpuMs: number;
  errors: number;
}

async function measure(
  name: string,
  server: ChildProcess,
  run: () => Promise<Result>,
  sql: string | null,
): Promise<Row> {
  const cpuBefore = cpuMsOf(server.pid!);
  const result = await run();
  const cpu = cpuMsOf(server.pid!) - cpuBefore;
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
    errors: result.errors + result.non2xx,
  };
}

/** User + system CPU of a process, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

function print(rows: Row[]): void {
  const header = [
    'scenario',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'req/s',
    'SQL/req',
    'CPU ms/req',
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
    String(r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(fmt(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
  const base = rows[0]!.p95;
  const loaded = rows[2]?.p95 ?? Number.NaN;
  console.log(
    `\nround overview p95 ${base.toFixed(1)} ms (target ≤ 50 ms); while solving ${loaded.toFixed(1)} ms ` +
      `(${(((loaded - base) / base) * 100).toFixed(1)} %, target < 10 %)`,
  );
}

async function seed(url: string): Promise<{ closedRoundId: string }> {
  const started = Date.now();
  const orm = await MikroORM.init({ ...ormConfig(url), logger: () => undefined });
  try {
    await orm.getMigrator().up();
    for (let c = 1; c <= COUNTIES; c++) {
      const code = `county-${String(c).padStart(2, '0')}`;
      await seedDemoCounty(orm.em.fork(), {
        code,
        name: `Bench county ${c} (demo)`,
        plan: TROMS_PLAN_2026_2029,
        municipalities: TROMS_MUNICIPALITIES,
        seed: 1000 + c,
        rounds: [
          { year: 2026, statements: STATEMENTS, status: RoundStatus.REPORTING },
          { year: 2027, statements: STATEMENTS, status: RoundStatus.REPORTING },
          { year: 2028, statements: STATEMENTS, status: RoundStatus.DECIDED },
          { year: 2029, statements: STATEMENTS, status: RoundStatus.CLOSED },
        ],
      });
    }
    const rows: Array<{ id: string }> = await orm.em
      .getConnection()
      .execute(
        `select r.id from round r join county c on c.id = r.county_id where c.code = 'county-01' and r.year = 2029`,
      );
    const counts: Array<{ n: string }> = await orm.em
      .getConnection()
      .execute('select count(*) as n from needs_statement');
    console.log(
      `seeded ${counts[0]?.n} needs statements in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return { closedRoundId: rows[0]!.id };
  } finally {
    await orm.close();
  }
}

async function startBuiltServer(url: string, keyFile: string): Promise<ChildProcess> {
  const profile = process.env['BENCH_PROFILE']
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`]
    : [];
  const child = spawn(process.execPath, [...profile, join(here, '..', 'dist', 'main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      DEV_SIGNING_KEY_FILE: keyFile,
      DATABASE_POOL_MAX: '10',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const ok = await fetch(`http://127.0.0.1:${PORT}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return child;
  }
  child.kill();
  throw new Error('the built server did not become ready');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
