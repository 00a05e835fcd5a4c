import 'reflect-metadata';
import pg from 'pg';
import { createServer, Socket, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { DatabaseOutage } from '../src/server/database-outage.js';
import { startTestApi, type TestApi } from '../test/test-server.js';

// One caller must not stall everyone, and an outage must say so: the statement timeout, the
// national statistics' concurrency limit, the rate limits, and a database that goes away.

const NATIONAL = `{ nationalStatistics(groupBy: [COUNTY, YEAR]) { totals { statements } } }`;

/** Holds an ACCESS EXCLUSIVE lock on `table` in a transaction of its own until released. */
async function lockTable(url: string, table: string): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  await client.query('begin');
  await client.query(`lock table ${table} in access exclusive mode`);
  return {
    async release() {
      await client.query('rollback');
      await client.end();
    },
  };
}

describe('the statement timeout', () => {
  let api: TestApi;
  let lock: { release(): Promise<void> } | undefined;

  beforeAll(async () => {
    api = await startTestApi({ statementTimeoutMs: 300 });
  });
  afterEach(async () => {
    await lock?.release();
    lock = undefined;
  });
  afterAll(() => api.close());

  it('stops a statement that runs too long: TIMEOUT, HTTP 503 with Retry-After, not a 500', async () => {
    lock = await lockTable(api.db.url, 'national_fact');
    const started = Date.now();
    const response = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await api.as('NATIONAL')) },
      body: JSON.stringify({ query: NATIONAL }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
  });

  it('leaves the connection usable after a timeout', async () => {
    const { status, body } = await api.graphql(NATIONAL, {}, await api.as('NATIONAL'));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});

describe('national statistics behind a concurrency limit', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      statementTimeoutMs: 5_000,
      nationalStatisticsLimit: { concurrency: 1, queue: 1 },
    });
  });
  afterAll(() => api.close());

  it('runs one at a time, queues one and refuses the next at once with BUSY (503, Retry-After)', async () => {
    const national = await api.as('NATIONAL');
    const lock = await lockTable(api.db.url, 'national_fact');
    try {
      const first = api.graphql(NATIONAL, {}, national);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const second = api.graphql(NATIONAL, {}, national);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      const response = await fetch(`${api.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...national },
        body: JSON.stringify({ query: NATIONAL }),
      });
      const third = (await response.json()) as {
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(third.errors?.map((e) => e.extensions?.code)).toEqual(['BUSY']);
      // Others are not held by the national queue.
      const health = await api.graphql('{ health { status } }');
      expect(health.status).toBe(200);
      await lock.release();
      const [a, b] = await Promise.all([first, second]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body.errors).toBeUndefined();
      expect(b.body.errors).toBeUndefined();
    } finally {
      await lock.release().catch(() => undefined);
    }
  });
});

describe('rate limits', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ rateLimit: { windowSeconds: 60, perToken: 3, perAddress: 5 } });
  });
  afterAll(() => api.close());

  const post = async (headers: Record<string, string>) => {
    const response = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as {
        errors?: Array<{ extensions?: Record<string, unknown> }>;
      },
    };
  };

  it('answers 429 with Retry-After once a token has used its requests, per token and per address', async () => {
    const first = await api.as('NATIONAL');
    const second = await api.as('ADMIN', 'somewhere');
    for (let i = 0; i < 3; i++) expect((await post(first)).status).toBe(200);
    const limited = await post(first);
    expect(limited.status).toBe(429);
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60);
    expect(limited.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 'token',
    });
    // Another token from the same address still gets through, until the address's limit (every
    // request counts against it, the refused one too).
    expect((await post(second)).status).not.toBe(429);
    const byAddress = await post({});
    expect(byAddress.status).toBe(429);
    expect(byAddress.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 'address',
    });
  });
});

describe('rate limits with the loopback address exempt', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      rateLimit: { windowSeconds: 60, perToken: 1, perAddress: 1, exempt: ['127.0.0.1', '::1'] },
    });
  });
  afterAll(() => api.close());

  it('never limits an exempt address', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await api.graphql('{ __typename }')).status).toBe(200);
    }
  });
});

/** A TCP proxy in front of PostgreSQL that can be taken down (refusing, and cutting connections). */
class Proxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    const server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

describe('a database outage', () => {
  let api: TestApi;
  let proxy: Proxy;
  const lines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    const target = new URL(inject('databaseServerUrl'));
    proxy = new Proxy({ host: target.hostname, port: Number(target.port) });
    await proxy.up();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          lines.push(JSON.parse(line) as Record<string, unknown>);
        }
        done();
      },
    });
    api = await startTestApi({
      logger: pino({ level: 'warn' }, sink),
      serverDatabaseUrl: (url) => {
        const through = new URL(url);
        through.hostname = '127.0.0.1';
        through.port = String(proxy.port);
        return through.toString();
      },
      outage: (logger) =>
        new DatabaseOutage(logger, { retryAfterSeconds: 7, logIntervalSeconds: 60 }),
    });
  });
  afterAll(async () => {
    await proxy.down();
    await api.close();
  });

  it('answers 503 with Retry-After while the database is away, logs one line with a count, and recovers', async () => {
    // An office's token: its county is looked up while the caller is identified.
    const adviser = await api.as('ADMIN', 'nowhere');
    const national = await api.as('NATIONAL');
    const query = '{ __typename }';
    expect((await api.graphql(NATIONAL, {}, national)).status).toBe(200);

    await proxy.down();
    lines.length = 0;
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${api.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(i % 2 ? adviser : national) },
        body: JSON.stringify({ query: i % 2 ? query : NATIONAL }),
      });
      const body = (await response.json()) as {
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      };
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('7');
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(body.errors?.[0]?.message).toMatch(/cannot be reached/);
    }
    const ready = await fetch(`${api.server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('7');
    // 21 failures, one line (the rest are counted into the next line written).
    // (The test harness's own pool logs knex's warnings apart; main.ts throttles those too.)
    const outageLines = lines.filter(
      (l) => Number(l['level']) >= 40 && l['msg'] !== 'database driver warning',
    );
    expect(outageLines).toHaveLength(1);
    expect(outageLines[0]).toMatchObject({ repeated: 0 });
    expect(JSON.stringify(outageLines)).not.toMatch(/select |insert /i);

    await proxy.up();
    let recovered = false;
    for (let i = 0; i < 50 && !recovered; i++) {
      const { status, body } = await api.graphql(NATIONAL, {}, national);
      recovered = status === 200 && body.errors === undefined;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(recovered).toBe(true);
  });
});
