import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sqlRows } from '../common/sql.js';
import { bindScopeToCounty, withRequestScope } from './request-scope.js';
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
            sqlRows<{ n: number }>(tx, 'select ?::int as n from pg_sleep(0.01)', [n]),
          ),
        ),
      );
      expect(answers.map(([row]) => row?.n)).toEqual([1, 2, 3, 4, 5]);
      expect(query.mock.calls.length).toBeGreaterThanOrEqual(7);
      expect(overlapping).toBe(0);
      // Outside a transaction they still run side by side, each on its own pooled connection.
      await Promise.all([1, 2].map(() => sqlRows(em, 'select pg_sleep(0.01)')));
    } finally {
      query.mockRestore();
    }
  });

  it('binds a pooled connection to the county of the work that takes it, only when that changes', async () => {
    const single = await createOrm(db.url, pino({ level: 'silent' }), 1);
    const bindings: string[] = [];
    const original = pg.Client.prototype.query;
    const query = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (
      this: pg.Client,
      ...args: unknown[]
    ) {
      if (typeof args[0] === 'string' && args[0].includes('set_config')) bindings.push(args[0]);
      return original.apply(this, args as never) as never;
    });
    const session = () =>
      sqlRows<{ role: string; county: string | null }>(
        single.em.fork(),
        `select current_user as role, current_setting('kompetansemidler.county_id', true) as county`,
      );
    const inCounty = (countyId: string) =>
      withRequestScope(() => {
        bindScopeToCounty(countyId);
        return session();
      });
    const [a, b] = [randomUUID(), randomUUID()];
    try {
      expect(await inCounty(a)).toEqual([{ role: 'kompetansemidler_app', county: a }]);
      expect(await inCounty(a)).toEqual([{ role: 'kompetansemidler_app', county: a }]);
      expect(bindings).toHaveLength(1);
      expect(await inCounty(b)).toEqual([{ role: 'kompetansemidler_app', county: b }]);
      // Work bound to no county (migrations, seeders, Udir's aggregates): the user's own rights.
      const [own] = await session();
      expect(own?.role).not.toBe('kompetansemidler_app');
      expect(own?.county ?? '').toBe('');
      expect(bindings).toHaveLength(3);
      await expect(
        withRequestScope(() => {
          bindScopeToCounty("x', true), set_config('role', 'postgres', false) --");
          return session();
        }),
      ).rejects.toThrow(/not a county id/);
      expect(await session()).toEqual([{ role: own?.role, county: '' }]);
    } finally {
      query.mockRestore();
      await single.close(true);
    }
  });
});
