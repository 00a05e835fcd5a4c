import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
}

/**
 * Starts the API from source (`src/main.ts`) as a real process on a free port against the database,
 * with development sign-in by the key file; resolves once it listens. For tests that kill it.
 */
export function startServerProcess(
  databaseUrl: string,
  keyFile: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', '--import', '@swc-node/register/esm-register', 'src/main.ts'],
    {
      cwd: apiRoot,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: databaseUrl,
        HOST: '127.0.0.1',
        PORT: '0',
        MIGRATE_ON_START: 'false',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'info',
        DEV_SIGN_IN: 'true',
        DEV_SIGNING_KEY_FILE: keyFile,
        ADMIN_DIST_DIR: join(keyFile, 'no-admin'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
}
