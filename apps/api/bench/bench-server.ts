// The built API server in a process of its own, as deployed (production mode, tokens verified
// against an issuer's JWKS served here for the development key), for the benches.
import { exportJWK } from 'jose';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEV_ALGORITHM,
  DEV_AUDIENCE,
  DEV_ISSUER,
  type DevSigningKey,
} from '../src/modules/auth/dev-signing-key.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface BuiltServer {
  process: ChildProcess;
  port: number;
  /** Milliseconds from spawn to the first ready answer at /readyz. */
  startMs: number;
  /** Resolves with the exit code (null after a signal) once the process has exited. */
  exited: Promise<number | null>;
}

/** The Node options of the API's start script, so a bench runs the server as `npm start` does. */
export function startScriptNodeOptions(): string[] {
  const pkg = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.split(/\s+/).filter((w) => w.startsWith('--'));
}

export async function startBuiltServer(options: {
  databaseUrl: string;
  keyFile: string;
  port: number;
  jwksPort: number;
  env?: Record<string, string>;
  /** Where the server's stderr goes (default: this process's). */
  stderr?: 'inherit' | 'ignore';
}): Promise<BuiltServer> {
  const dist = join(here, '..', 'dist');
  const started = performance.now();
  const child = spawn(process.execPath, [...startScriptNodeOptions(), join(dist, 'main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      AUTH_ISSUER: DEV_ISSUER,
      AUTH_AUDIENCE: DEV_AUDIENCE,
      AUTH_JWKS_URL: `http://127.0.0.1:${options.jwksPort}/jwks`,
      DEV_SIGNING_KEY_FILE: options.keyFile,
      DATABASE_POOL_MAX: '10',
      // The benchmarks load the API from this host, which the rate limits let through (README).
      RATE_LIMIT_EXEMPT: '127.0.0.1',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', options.stderr ?? 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  for (let i = 0; i < 2400; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (child.exitCode !== null || child.signalCode !== null) break;
    const ok = await fetch(`http://127.0.0.1:${options.port}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) {
      return { process: child, port: options.port, startMs: performance.now() - started, exited };
    }
  }
  child.kill('SIGKILL');
  throw new Error('the built server did not become ready');
}

/** The development key's public half as an issuer's JWKS at `/jwks` on `port`. */
export async function serveJwks(key: DevSigningKey, port: number): Promise<HttpServer> {
  const jwk = { ...(await exportJWK(key.publicKey)), kid: key.kid, alg: DEV_ALGORITHM, use: 'sig' };
  const body = JSON.stringify({ keys: [jwk] });
  const server = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
