import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
