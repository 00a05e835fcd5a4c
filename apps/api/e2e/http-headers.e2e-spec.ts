import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/test-server.js';

// HTTP at the edge: security headers on every response (the admin's files, GraphQL, health),
// compressed answers and files, and nothing in production that helps an outsider map the API.

describe('HTTP headers, compression and production answers', () => {
  let dev: TestApi;
  let prod: TestApi;
  let dist: string;
  const bundle = `export const texts = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `tekst ${i}`))};`;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'admin-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>',
    );
    writeFileSync(join(dist, 'assets', 'app.js'), bundle);
    [dev, prod] = await Promise.all([
      startTestApi({ adminDistDir: dist }),
      startTestApi({ production: true, adminDistDir: dist }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([dev.close(), prod.close()]);
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (api: TestApi, path: string, headers: Record<string, string> = {}) =>
    fetch(`${api.server.url}${path}`, { headers });
  const post = (api: TestApi, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('sends the security headers on every response', async () => {
    for (const response of [
      await get(dev, '/'),
      await get(dev, '/assets/app.js'),
      await get(dev, '/healthz'),
      await post(dev, { query: '{ health { status } }' }),
      await get(prod, '/'),
    ]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('sends HSTS in production only', async () => {
    expect((await get(prod, '/healthz')).headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect((await get(dev, '/healthz')).headers.get('strict-transport-security')).toBeNull();
  });

  it('compresses the admin’s files and GraphQL answers with brotli or gzip', async () => {
    const br = await get(dev, '/assets/app.js', { 'accept-encoding': 'br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(await br.text()).toBe(bundle);
    const gzip = await get(prod, '/assets/app.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await get(dev, '/assets/app.js', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();

    const query = { query: '{ __schema { types { name fields { name } } } }' };
    const answer = await post(dev, query, { 'accept-encoding': 'gzip, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-encoding')).toBe('br');
    expect(((await answer.json()) as { data: unknown }).data).toBeDefined();
  });

  it('sends x-sql-statements outside production only', async () => {
    const counts = await post(dev, { query: '{ counties { code } }' });
    expect(counts.headers.get('x-sql-statements')).toMatch(/^\d+$/);
    const hidden = await post(prod, { query: '{ counties { code } }' });
    expect(hidden.headers.get('x-sql-statements')).toBeNull();
  });

  it('suggests no enum values in production', async () => {
    const national = await dev.as('NATIONAL');
    const literal = '{ nationalStatistics(groupBy: [COUNTYY]) { totalCount } }';
    const variable = {
      query: 'query($g: [NationalDimension!]!) { nationalStatistics(groupBy: $g) { totalCount } }',
      variables: { g: ['COUNTYY'] },
    };
    // Outside production the suggestions help a developer…
    const devAnswers = [
      await dev.graphql(literal, {}, national),
      await dev.graphql(variable.query, variable.variables, national),
    ];
    for (const { body } of devAnswers) expect(JSON.stringify(body)).toMatch(/Did you mean/);
    // …in production they would map the schema that introspection hides.
    const prodAnswers = [
      await prod.graphql(literal),
      await prod.graphql(variable.query, variable.variables),
    ];
    for (const { body } of prodAnswers) {
      expect(body.errors?.[0]?.extensions?.['code']).toMatch(
        /^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/,
      );
      expect(JSON.stringify(body)).not.toMatch(/Did you mean|COUNTY"/);
    }
  });
});
