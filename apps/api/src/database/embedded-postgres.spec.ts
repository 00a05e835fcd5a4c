import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, cp, mkdtemp, readFile, readlink, rm, stat } from 'node:fs/promises';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedPostgres, EmbeddedPostgresError, freePort } from './embedded-postgres.js';

const fixture = fileURLToPath(
  new URL('../../test/fixtures/run-embedded-postgres.ts', import.meta.url),
);
const folders: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'embedded-pg-spec-'));
  // The unprivileged postgres user must be able to reach the cluster inside it.
  await chmod(dir, 0o755);
  folders.push(dir);
  return join(dir, 'data');
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs = 10_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isRunning(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isRunning(pid);
}

/** Runs the fixture in its own process and reads the line it prints once PostgreSQL is up. */
async function startFixture(
  args: string[],
): Promise<{ child: ReturnType<typeof spawn>; pid: number; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(() => {
      throw new Error('the fixture exited before PostgreSQL was up');
    }),
  ])) as [string];
  return { child, ...(JSON.parse(line) as { pid: number; port: number }) };
}

afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('EmbeddedPostgres', () => {
  it('runs a real PostgreSQL on a free port and removes a temporary cluster on stop', async () => {
    const server = await EmbeddedPostgres.start();
    const pid = server.pid!;
    try {
      const result = await query(server.url(), 'select version() as version, current_user as who');
      expect(result.rows[0].version).toMatch(/^PostgreSQL \d+/);
      expect(result.rows[0].who).toBe('postgres');
      expect(server.port).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
    expect(await waitUntilGone(pid)).toBe(true);
    await expect(stat(server.dataDir)).rejects.toThrow();
  });

  it.runIf(process.getuid?.() === 0)(
    'runs as the unprivileged postgres user when started as root',
    async () => {
      const server = await EmbeddedPostgres.start();
      try {
        const status = await readFile(`/proc/${server.pid}/status`, 'utf8');
        const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
        expect(uid).not.toBe(0);
      } finally {
        await server.stop();
      }
    },
  );

  it('keeps a persistent cluster between starts', async () => {
    const dataDir = await tempDir();
    const first = await EmbeddedPostgres.start({ dataDir });
    await query(first.url(), 'create table kept (value int); insert into kept values (42)');
    await first.stop();
    expect((await stat(join(dataDir, 'PG_VERSION'))).isFile()).toBe(true);

    const second = await EmbeddedPostgres.start({ dataDir });
    try {
      const result = await query(second.url(), 'select value from kept');
      expect(result.rows).toEqual([{ value: 42 }]);
    } finally {
      await second.stop();
    }
  });

  it('fails with a clear message when the port is taken', async () => {
    const running = await EmbeddedPostgres.start();
    try {
      const attempt = EmbeddedPostgres.start({ port: running.port });
      await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresError);
      await expect(attempt).rejects.toThrow(/did not start on port \d+[\s\S]*Its last log lines/);
    } finally {
      await running.stop();
    }
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'leaves no postgres process behind when its process gets %s',
    async (signal) => {
      const dataDir = await tempDir();
      const { child, pid } = await startFixture([dataDir]);
      expect(isRunning(pid)).toBe(true);
      child.kill(signal);
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(0);
      expect(await waitUntilGone(pid)).toBe(true);
    },
  );

  it('stops PostgreSQL when its process exits without stopping it', async () => {
    const dataDir = await tempDir();
    const { child, pid } = await startFixture([dataDir, '--no-stop']);
    await once(child, 'exit');
    expect(await waitUntilGone(pid)).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)(
    'says what to do when the postgres user cannot reach the folder',
    async () => {
      const locked = await mkdtemp(join(tmpdir(), 'embedded-pg-spec-locked-'));
      folders.push(locked);
      const attempt = EmbeddedPostgres.start({ dataDir: join(locked, 'data') });
      await expect(attempt).rejects.toThrow(
        /unprivileged user "postgres"[\s\S]*EMBEDDED_POSTGRES_DIR/,
      );
    },
  );

  it.runIf(process.getuid?.() === 0)(
    'runs binaries installed in a folder the postgres user cannot enter (a checkout in mode 700)',
    async () => {
      const locked = await mkdtemp(join(tmpdir(), 'embedded-pg-spec-private-checkout-'));
      folders.push(locked);
      const platformPackage = `@embedded-postgres/${platform()}-${arch()}`;
      const { initdb } = (await import(platformPackage)) as { initdb: string };
      await cp(dirname(dirname(initdb)), join(locked, 'native'), {
        recursive: true,
        verbatimSymlinks: true,
      });
      const binaries = {
        initdb: join(locked, 'native', 'bin', 'initdb'),
        postgres: join(locked, 'native', 'bin', 'postgres'),
      };
      const server = await EmbeddedPostgres.start({ binaries, dataDir: await tempDir() });
      try {
        const result = await query(server.url(), 'select 1 as one');
        expect(result.rows).toEqual([{ one: 1 }]);
        const running = await readlink(`/proc/${server.pid}/exe`);
        expect(running.startsWith(locked)).toBe(false);
        // Binaries outside their npm package are copied to a folder of their own: remove it.
        folders.push(dirname(dirname(running)));
      } finally {
        await server.stop();
      }
    },
  );

  it('picks free ports', async () => {
    const [a, b] = await Promise.all([freePort(), freePort()]);
    expect(a).toBeGreaterThan(1024);
    expect(b).toBeGreaterThan(1024);
  });
});
