import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateDevSigningKey } from '../src/modules/auth/dev-signing-key.js';
import { signDevToken } from '../src/modules/auth/dev-token.js';
import { Role } from '../src/modules/auth/role.js';
import { seedSmallWorld, type SmallWorld } from '../test/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';
import { startServerProcess } from '../test/server-process.js';

// Issue 18, item 6: a server killed (SIGKILL) while it carries a scenario run must not block the
// round. Real server processes from source on a database of their own: the first is killed while
// its run is QUEUED; a new one accepts a run of the same round as soon as the dead server's lease
// (4 s) has run out, and the dead run ends FAILED (INTERRUPTED).

describe('a server killed during runScenario', () => {
  let db: TestDatabase;
  let world: SmallWorld;
  let keyDir: string;
  let token: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await seedSmallWorld(db.orm);
    keyDir = await mkdtemp(join(tmpdir(), 'kompetansemidler-crash-'));
    const key = await loadOrCreateDevSigningKey(join(keyDir, 'dev-key.json'));
    token = await signDevToken(key, {
      subject: 'crash-test',
      name: 'Krasjtest',
      role: Role.ADMIN,
      countyCode: 'troms',
    });
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await db?.destroy();
    if (keyDir) await rm(keyDir, { recursive: true, force: true });
  });

  const runScenario = async (url: string, name: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation($input: RunScenarioInput!) { runScenario(input: $input) { id status } }`,
        variables: {
          input: {
            roundId: world.tromsRoundId,
            name,
            method: 'RANKED',
            override: { reason: 'Krasjtest før fristen' },
          },
        },
      }),
    });
    return (await response.json()) as {
      data?: { runScenario: { id: string; status: string } } | null;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
  };

  const runStatus = async (id: string) =>
    (
      await db.orm.em
        .fork()
        .execute<{ status: string; error_code: string | null }[]>(
          'select status, error_code from scenario_run where id = ?',
          [id],
        )
    )[0];

  it(
    'leaves the round free for a restarted server within 5 s, and marks the dead run INTERRUPTED',
    { timeout: 120_000 },
    async () => {
      const keyFile = join(keyDir, 'dev-key.json');
      const first = await startServerProcess(db.url, keyFile);
      children.push(first.child);

      // Hold the knowledge base's figures so the run cannot get past reading the round: it stays QUEUED.
      const blocker = new pg.Client({ connectionString: db.url });
      await blocker.connect();
      await blocker.query('begin');
      await blocker.query('lock table sector_indicator in access exclusive mode');
      const queued = await runScenario(first.url, 'Før krasjen');
      expect(queued.errors).toBeUndefined();
      const deadRun = queued.data!.runScenario;
      expect(deadRun.status).toBe('QUEUED');

      first.child.kill('SIGKILL');
      const killedAt = Date.now();
      await new Promise((resolve) => first.child.once('exit', resolve));
      await blocker.query('rollback');
      await blocker.end();
      expect(['QUEUED', 'RUNNING']).toContain((await runStatus(deadRun.id))!.status);

      const second = await startServerProcess(db.url, keyFile);
      children.push(second.child);
      const readyAt = Date.now();
      let accepted: { id: string } | null = null;
      let refusals = 0;
      while (!accepted && Date.now() - readyAt < 10_000) {
        const attempt = await runScenario(second.url, 'Etter krasjen');
        if (attempt.data?.runScenario) {
          accepted = attempt.data.runScenario;
        } else {
          expect(attempt.errors?.[0]?.extensions?.code).toBe('SCENARIO_RUN_IN_PROGRESS');
          refusals += 1;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      const acceptedAt = Date.now();
      expect(accepted).not.toBeNull();
      // The lease is 4 s from the last renewal: a new run is accepted within 5 s of the restarted
      // server being ready (within 5 s of the kill whenever the server starts faster than that).
      expect(acceptedAt - readyAt).toBeLessThanOrEqual(5_000);
      expect(await runStatus(deadRun.id)).toEqual({ status: 'FAILED', error_code: 'INTERRUPTED' });

      // The new run is carried to its end by the new server.
      let done = await runStatus(accepted!.id);
      for (let k = 0; k < 100 && done!.status !== 'DONE' && done!.status !== 'FAILED'; k++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        done = await runStatus(accepted!.id);
      }
      expect(done).toEqual({ status: 'DONE', error_code: null });
      console.info(
        `crash reclaim: killed → new server ready ${readyAt - killedAt} ms, → run accepted ${acceptedAt - killedAt} ms (${refusals} refusals)`,
      );
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.once('exit', resolve));
    },
  );
});
