import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const workspaceRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const apiMain = path.join(workspaceRoot, 'apps/api/dist/main.js');
const adminIndex = path.join(workspaceRoot, 'apps/admin/dist/index.html');

export interface RunningApi {
  baseUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForReady(baseUrl: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with ${child.exitCode} before it was ready:\n${log()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API was not ready within 90 s:\n${log()}`);
}

/**
 * Starts the built API (which serves the built admin at `/`) on a free port, with a fresh
 * embedded PostgreSQL and the demo data, or a fresh database on DATABASE_URL's server when set.
 */
export async function startApi(): Promise<RunningApi> {
  if (!existsSync(apiMain) || !existsSync(adminIndex)) {
    throw new Error(
      'Build first: npx nx run-many -t build -p api admin (the e2e target depends on both builds).',
    );
  }
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    // The browser signs in as a demo user: development sign-in, on loopback only.
    DEV_SIGN_IN: 'true',
    LOG_LEVEL: process.env['E2E_LOG_LEVEL'] ?? 'warn',
    ADMIN_DIST_DIR: path.dirname(adminIndex),
  };
  let dataRoot: string | null = null;
  let database: { server: string; name: string } | null = null;
  if (process.env['DATABASE_URL']) {
    const url = new URL(process.env['DATABASE_URL']);
    url.pathname = `/admin_e2e_${process.pid}_${Date.now()}`;
    env['DATABASE_URL'] = url.toString();
    env['DEMO_DATA'] = 'true';
    database = { server: process.env['DATABASE_URL'], name: url.pathname.slice(1) };
    await adminQuery(database.server, `CREATE DATABASE "${database.name}"`);
  } else {
    // The embedded PostgreSQL runs as the `postgres` user: it must reach the folder.
    dataRoot = mkdtempSync(path.join(tmpdir(), 'admin-e2e-'));
    chmodSync(dataRoot, 0o755);
    env['EMBEDDED_POSTGRES_DIR'] = path.join(dataRoot, 'postgres');
  }
  const child = spawn(process.execPath, [apiMain], {
    cwd: workspaceRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // Should this process end without stop() (a crash, Ctrl-C), take the API and its PostgreSQL along.
  const orphanGuard = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', orphanGuard);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(baseUrl, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    baseUrl,
    async stop() {
      process.removeListener('exit', orphanGuard);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
      if (database) await adminQuery(database.server, `DROP DATABASE IF EXISTS "${database.name}"`);
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
