import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bindTransaction } from './row-level-security.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { createOrm, pingDatabase, type MikroORM } from './orm.js';

describe('the database layer', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  const warnings: unknown[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const logger = pino(
      { level: 'warn' },
      { write: (line: string) => void warnings.push(JSON.parse(line)) },
    );
    orm = await createOrm(db.url, logger, 2);
  });

  afterAll(async () => {
    await orm.close(true);
    await db.destroy();
  });

  it('opens sessions without JIT and with the statement timeout it is given', async () => {
    const timed = await createOrm(db.url, pino({ level: 'silent' }), 1, {
      statementTimeoutMs: 1234,
    });
    try {
      const [row] = await timed.em
        .getConnection()
        .execute<Array<{ jit: string; timeout: string }>>(
          `select current_setting('jit') as jit, current_setting('statement_timeout') as timeout`,
        );
      expect(row).toEqual({ jit: 'off', timeout: '1234ms' });
      const [untimed] = await orm.em
        .getConnection()
        .execute<Array<{ timeout: string }>>(
          `select current_setting('statement_timeout') as timeout`,
        );
      expect(untimed?.timeout).toBe('0');
    } finally {
      await timed.close(true);
    }
  });

  it('survives an idle pooled connection being killed, and reconnects', async () => {
    await pingDatabase(orm);
    const admin = db.orm.em.getConnection();
    await admin.execute(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state = 'idle'`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    let reconnected = false;
    for (let attempt = 0; attempt < 3 && !reconnected; attempt++) {
      reconnected = await pingDatabase(orm).then(
        () => true,
        () => false,
      );
    }
    expect(reconnected).toBe(true);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('sends a transaction’s statements one at a time, even when they are asked for at once', async () => {
    type QueuedClient = pg.Client & { _queryQueue: unknown[]; _activeQuery: unknown };
    let overlapping = 0;
    const original = pg.Client.prototype.query;
    const query = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (
      this: QueuedClient,
      ...args: unknown[]
    ) {
      if (this._activeQuery || this._queryQueue.length > 0) overlapping += 1;
      return original.apply(this, args as never) as never;
    });
    try {
      const em = orm.em.fork();
      const answers = await em.transactional((tx) =>
        Promise.all(
          [1, 2, 3, 4, 5].map((n) =>
            tx.execute<{ n: number }[]>('select ?::int as n from pg_sleep(0.01)', [n]),
          ),
        ),
      );
      expect(answers.map(([row]) => row?.n)).toEqual([1, 2, 3, 4, 5]);
      expect(query.mock.calls.length).toBeGreaterThanOrEqual(7);
      expect(overlapping).toBe(0);
      // Outside a transaction they still run side by side, each on its own pooled connection.
      await Promise.all([1, 2].map(() => em.execute('select pg_sleep(0.01)')));
    } finally {
      query.mockRestore();
    }
  });

  it('binds a transaction to a county, the national scope or none, for that transaction only', async () => {
    const app = db.appOrm;
    const session = (em: EntityManager) =>
      em.execute<
        { role: string; county: string | null; scope: string | null }[]
      >(`select current_user as role, current_setting('kompetansemidler.county_id', true) as county,
                current_setting('kompetansemidler.scope', true) as scope`);
    const a = randomUUID();
    const bound = await app.em.fork().transactional(async (em) => {
      await bindTransaction(em, { countyId: a });
      return session(em);
    });
    expect(bound).toEqual([{ role: 'kompetansemidler_api', county: a, scope: '' }]);
    const national = await app.em.fork().transactional(async (em) => {
      await bindTransaction(em, 'national');
      return session(em);
    });
    expect(national).toEqual([{ role: 'kompetansemidler_api', county: '', scope: 'national' }]);
    // Nothing outlives the transaction on the pooled connection.
    const [after] = await session(app.em.fork());
    expect(after?.county ?? '').toBe('');
    expect(after?.scope ?? '').toBe('');
    await expect(
      app.em
        .fork()
        .transactional((em) =>
          bindTransaction(em, { countyId: "x', true), set_config('role', 'postgres', false) --" }),
        ),
    ).rejects.toThrow(/not a county id/);
  });

  describe('a county-bound session of the API’s own role', () => {
    let troms: string;
    let other: string;
    beforeAll(async () => {
      [troms, other] = [randomUUID(), randomUUID()];
      const owner = db.orm.em.getConnection();
      for (const [id, code] of [
        [troms, 'escape-a'],
        [other, 'escape-b'],
      ] as const) {
        await owner.execute(`insert into county (id, code, name) values (?, ?, ?)`, [
          id,
          code,
          code,
        ]);
        await owner.execute(
          `insert into municipality (id, county_id, number, name) values (?, ?, ?, ?)`,
          [randomUUID(), id, code === 'escape-a' ? '9901' : '9902', code],
        );
      }
    });

    /** Runs `attempt` in a transaction bound to Troms, then counts the municipalities it sees. */
    async function afterAttempt(
      attempt: string,
    ): Promise<{ error: string | null; seen: string[] }> {
      return db.appOrm.em.fork().transactional(async (em) => {
        await bindTransaction(em, { countyId: troms });
        const conn = em.getConnection();
        const ctx = em.getTransactionContext();
        let error: string | null = null;
        await conn.execute('savepoint attempt', [], 'run', ctx);
        try {
          await conn.execute(attempt, [], 'run', ctx);
        } catch (e) {
          error = (e as Error).message;
          await conn.execute('rollback to savepoint attempt', [], 'run', ctx);
        }
        const seen = await em.execute<{ county_id: string }[]>(
          'select distinct county_id from municipality where county_id in (?, ?)',
          [troms, other],
        );
        return { error, seen: seen.map((r) => r.county_id) };
      });
    }

    it('connects as neither superuser nor owner of any table, without BYPASSRLS', async () => {
      const [me] = await db.appOrm.em.fork().execute<
        { su: string; bypass: boolean; owns: string }[]
      >(`select current_setting('is_superuser') as su,
                (select rolbypassrls from pg_roles where rolname = current_user) as bypass,
                (select count(*) from pg_tables where tableowner = current_user) as owns`);
      expect(me).toEqual({ su: 'off', bypass: false, owns: '0' });
    });

    it.each([
      [`select set_config('role', 'postgres', false)`, /permission denied/],
      [`select set_config('role', 'postgres', true)`, /permission denied/],
      [`set role postgres`, /permission denied/],
      [`set local role postgres`, /permission denied/],
      [`set session authorization postgres`, /permission denied/],
      [`alter table municipality disable row level security`, /must be owner/],
      [`alter role kompetansemidler_api bypassrls`, /must be superuser|permission denied/],
      [`set row_security = off; select count(*) from municipality`, /row-level security/],
    ])('cannot switch row-level security off: %s', async (attempt, refused) => {
      const { error, seen } = await afterAttempt(attempt);
      expect(error).toMatch(refused);
      expect(seen).toEqual([troms]);
    });

    it('sees no county’s rows at all after unbinding itself (reset all)', async () => {
      const { error, seen } = await afterAttempt('reset all');
      expect(error).toBeNull();
      expect(seen).toEqual([]);
    });

    it.each([`reset role`, `set role none`, `set role kompetansemidler_app`])(
      'stays held to its county after %s',
      async (attempt) => {
        const { error, seen } = await afterAttempt(attempt);
        expect(error).toBeNull();
        expect(seen).toEqual([troms]);
      },
    );

    it('sees no county’s rows when bound to none', async () => {
      const seen = await db.appOrm.em.fork().execute('select id from municipality');
      expect(seen).toEqual([]);
    });
  });
});
