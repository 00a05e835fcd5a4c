// The README's start path, checked end to end: `npm start` on an embedded PostgreSQL in its default
// data folder, a smoke check, Ctrl-C (SIGINT to the process group), no postgres left, and a second
// start that reuses the data. A cluster the check made is removed at the end.
// Run from the repository root after a build: npm run start-check -w @kompetansemidler/tools
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { smoke } from './smoke.js';

const root = resolve(import.meta.dirname, '..', '..');
const port = Number(process.env['START_CHECK_PORT'] ?? 4055);
const baseUrl = `http://localhost:${port}`;

async function postgresProcessesFor(dataDir: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes('postgres') && cmdline.includes(dataDir)) pids.push(Number(entry));
  }
  return pids;
}

interface Started {
  child: ChildProcess;
  output: () => string;
  /** The embedded cluster's folder, as the API logged it. */
  dataDir: string;
}

async function start(): Promise<Started> {
  const { DATABASE_URL: _url, EMBEDDED_POSTGRES_DIR: _dir, ...env } = process.env;
  const child = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    env: {
      ...env,
      PORT: String(port),
      NX_TUI: 'false',
      NX_DAEMON: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const until = Date.now() + 240_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { child, output: () => output, dataDir: loggedDataDir(output) };
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`npm start did not become ready:\n${output}`);
}

function loggedDataDir(output: string): string {
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; dataDir?: string };
    if (entry.msg === 'starting the embedded PostgreSQL' && entry.dataDir) return entry.dataDir;
  }
  throw new Error(`npm start did not log its embedded PostgreSQL's data folder:\n${output}`);
}

async function countyIds(): Promise<string[]> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ counties { id } }' }),
  });
  const body = (await response.json()) as { data: { counties: Array<{ id: string }> } };
  return body.data.counties.map((county) => county.id).sort();
}

async function interrupt(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  process.kill(-child.pid!, 'SIGINT');
  await Promise.race([
    exited,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error('no exit 30 s after Ctrl-C')), 30_000),
    ),
  ]);
}

const failures: string[] = [];
let made: string | undefined;
try {
  const first = await start();
  const dataDir = first.dataDir;
  if (first.output().includes('loaded the demo data')) made = dataDir;
  failures.push(...(await smoke(baseUrl)));
  const before = await countyIds();
  if (before.length === 0) failures.push('the first start loaded no demo data');
  await interrupt(first.child);
  await new Promise((r) => setTimeout(r, 500));
  const left = await postgresProcessesFor(dataDir);
  if (left.length > 0) failures.push(`postgres processes left after Ctrl-C: ${left.join(', ')}`);

  const second = await start();
  if (second.dataDir !== dataDir)
    failures.push(`the second start used ${second.dataDir}, not ${dataDir}`);
  const after = await countyIds();
  if (JSON.stringify(after) !== JSON.stringify(before))
    failures.push('the second start did not reuse the data');
  await interrupt(second.child);
  await new Promise((r) => setTimeout(r, 500));
  if ((await postgresProcessesFor(dataDir)).length > 0)
    failures.push('postgres left after the second Ctrl-C');
} finally {
  if (made) await rm(made, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`start check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  'start check passed: npm start served GraphQL and the admin, Ctrl-C left no postgres, data was reused',
);
