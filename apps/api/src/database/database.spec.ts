import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { openDatabase } from './database.js';

describe('openDatabase', () => {
  it('uses DATABASE_URL as it is when set', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://someone@db.example:5432/grants' });
    const database = await openDatabase(config, pino({ level: 'silent' }));
    expect(database.url).toBe('postgres://someone@db.example:5432/grants');
    expect(database.embedded).toBeUndefined();
  });

  it.runIf(process.getuid?.() === 0)(
    'starts the embedded PostgreSQL even when the checkout sits in a private folder',
    async () => {
      const privateHome = await mkdtemp(join(tmpdir(), 'private-home-'));
      const config = loadConfig({
        EMBEDDED_POSTGRES_DIR: join(privateHome, 'checkout', '.data', 'postgres'),
      });
      const database = await openDatabase(config, pino({ level: 'silent' }));
      try {
        expect(database.embedded?.dataDir).toMatch(
          /^\/var\/tmp\/kompetansemidler-[0-9a-f]{12}\/postgres$/,
        );
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        expect((await client.query('select current_database() as name')).rows[0].name).toBe(
          'kompetansemidler',
        );
        await client.end();
      } finally {
        const dataDir = database.embedded?.dataDir;
        await database.close();
        await rm(privateHome, { recursive: true, force: true });
        if (dataDir) await rm(join(dataDir, '..'), { recursive: true, force: true });
      }
    },
  );
});
