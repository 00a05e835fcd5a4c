import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors/app-error.js';
import { startTestApi, type TestApi } from '../test/test-server.js';

describe('the API over HTTP', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  it('answers { __typename } and the health query', async () => {
    const { status, body } = await api.graphql('{ __typename health { status version } }');
    expect(status).toBe(200);
    expect(body).toEqual({
      data: { __typename: 'Query', health: { status: 'ok', version: expect.any(String) } },
    });
  });

  it('lists every error code as the ErrorCode enum of the schema', async () => {
    const { body } = await api.graphql<{ errorCodes: string[] }>('{ errorCodes }');
    expect(body.data?.errorCodes).toEqual([...ERROR_CODES]);
    const type = await api.graphql<{ __type: { kind: string; enumValues: { name: string }[] } }>(
      '{ __type(name: "ErrorCode") { kind enumValues { name } } }',
    );
    expect(type.body.data?.__type.kind).toBe('ENUM');
    expect(type.body.data?.__type.enumValues.map((v) => v.name).sort()).toEqual(
      [...ERROR_CODES].sort(),
    );
  });

  it('is live at /healthz and ready at /readyz after a database round trip', async () => {
    expect(await (await fetch(`${api.server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('refuses a GET query without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(
      `${api.server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`,
    );
    expect(response.status).toBe(400);
  });

  it('refuses an oversized request body', async () => {
    const { status, body } = await api.graphql(`{ __typename }${' '.repeat(300_000)}`);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reports a syntax error with its code and no stack trace', async () => {
    const { body } = await api.graphql('{ health { ');
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at \w+ \(/);
  });
});
