import { TROMS_MUNICIPALITIES, TROMS_PLAN_2026_2029 } from '@kompetansemidler/domain';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateDevSigningKey } from '../src/modules/auth/dev-signing-key.js';
import { signDevToken } from '../src/modules/auth/dev-token.js';
import { Role } from '../src/modules/auth/role.js';
import { RoundStatus } from '../src/modules/round/round-status.js';
import { seedDemoCounty } from '../src/seeders/demo-county.js';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';
import { startServerProcess, type ServerProcess } from '../test/server-process.js';
import { startTestMailServer, type TestMailServer } from '../test/test-mail-server.js';

// Issue 17: a restart never loses or duplicates a notice. Real server processes from source: the
// first is SIGKILLed in the middle of sending a round's decision notices (while the SMTP server
// holds one mail unanswered, the rest still queued); a second server, started on the same
// database, sends every notice that was not sent, and each notice arrives exactly once.

/** The mail during which the first server is killed (0-based): some sent before, most after. */
const KILL_AT = 4;

/** The notices' SMTP server, and a dispatcher quick enough for the test. */
const noticeEnv = (smtpUrl: string) => ({
  SMTP_URL: smtpUrl,
  NOTICE_DISPATCH_INTERVAL_MS: '500',
  NOTICE_REDISPATCH_AFTER_S: '2',
});

describe('a server killed while sending notices', () => {
  let db: TestDatabase;
  let keyDir: string;
  let token: string;
  let mail: TestMailServer;
  let roundId: string;
  const children: ChildProcess[] = [];
  let first: ServerProcess | undefined;
  let killedWhileSending = false;

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    await seedDemoCounty(em, {
      code: 'troms',
      name: 'Statsforvalteren i Troms (test)',
      plan: TROMS_PLAN_2026_2029,
      municipalities: TROMS_MUNICIPALITIES,
      seed: 1717,
      rounds: [{ year: 2026, statements: 8, status: RoundStatus.DECIDED }],
    });
    roundId = (await db.orm.em.fork().execute<{ id: string }[]>(`select id from round limit 1`))[0]!
      .id;
    // Three contact persons per partnership: more notices than decisions.
    await db.orm.em.fork().execute(`update partnership set contact_persons = jsonb_build_array(
         jsonb_build_object('name', 'Leder', 'role', 'Eier', 'email', 'leder-' || id || '@example.invalid', 'phone', ''),
         jsonb_build_object('name', 'Koordinator', 'role', 'Koordinator', 'email', 'koord-' || id || '@example.invalid', 'phone', ''),
         jsonb_build_object('name', 'UH', 'role', 'UH', 'email', 'uh-' || id || '@example.invalid', 'phone', ''))`);
    keyDir = await mkdtemp(join(tmpdir(), 'kompetansemidler-notice-crash-'));
    const key = await loadOrCreateDevSigningKey(join(keyDir, 'dev-key.json'));
    token = await signDevToken(key, {
      subject: 'notice-crash-test',
      name: 'Krasjtest',
      role: Role.ADMIN,
      countyCode: 'troms',
    });
    // The SMTP server takes a mail in; at mail KILL_AT it has the whole message but, before it
    // answers, the server sending it is killed: that mail was never accepted.
    mail = await startTestMailServer({
      beforeAccept: async (_mail, index) => {
        if (index !== KILL_AT || !first) return;
        killedWhileSending = true;
        first.child.kill('SIGKILL');
        await new Promise((resolve) => first!.child.once('exit', resolve));
        throw new Error('the sender is gone');
      },
    });
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await mail?.close();
    await db?.destroy();
    if (keyDir) await rm(keyDir, { recursive: true, force: true });
  });

  const statuses = async () =>
    db.orm.em
      .fork()
      .execute<{ id: string; status: string; attempts: number; message_id: string | null }[]>(
        `select id, status, attempts, message_id from notice_delivery order by id`,
      );

  it(
    'sends every notice exactly once across the kill and the restart',
    { timeout: 180_000 },
    async () => {
      const keyFile = join(keyDir, 'dev-key.json');
      first = await startServerProcess(db.url, keyFile, noticeEnv(mail.url));
      children.push(first.child);
      const exited = new Promise((resolve) => first!.child.once('exit', resolve));

      const response = await fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `mutation($input: SendDecisionLettersInput!) { sendDecisionLetters(input: $input) { id } }`,
          variables: { input: { roundId } },
        }),
      });
      const sent = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(sent.errors).toBeUndefined();
      const total = (await statuses()).length;
      // Eight decisions, to the statement's contact and three contact persons each.
      expect(total).toBe(32);

      await Promise.race([
        exited,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('the first server was never killed')), 60_000),
        ),
      ]);
      expect(killedWhileSending).toBe(true);
      const atKill = await statuses();
      const unsent = atKill.filter((r) => r.status !== 'SENT');
      expect(mail.mails).toHaveLength(KILL_AT);
      expect(atKill.filter((r) => r.status === 'SENT')).toHaveLength(KILL_AT);
      expect(unsent.length).toBe(total - KILL_AT);

      const second = await startServerProcess(db.url, keyFile, noticeEnv(mail.url));
      children.push(second.child);
      const restartedAt = Date.now();
      let rows = await statuses();
      while (rows.some((r) => r.status !== 'SENT') && Date.now() - restartedAt < 90_000) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        rows = await statuses();
      }
      const doneAfter = Date.now() - restartedAt;
      expect(rows.every((r) => r.status === 'SENT')).toBe(true);
      // Give a duplicate job (the dead server's, or a re-dispatched one) time to show itself.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const ids = mail.mails.map((m) => m.messageId);
      expect(ids).toHaveLength(total);
      expect(new Set(ids).size).toBe(total);
      expect(new Set(ids)).toEqual(new Set(rows.map((r) => r.message_id)));
      // The mail in flight at the kill was never accepted: its row was not marked, and the new
      // server sent it again (the same Message-ID), on its first counted attempt.
      expect(rows.every((r) => r.attempts === 1)).toBe(true);
      console.info(
        `notice crash: ${total} notices, ${KILL_AT} sent before the kill, the rest within ${doneAfter} ms of the restart, none twice`,
      );
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.once('exit', resolve));
    },
  );
});
