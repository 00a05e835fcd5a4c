import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isStatementTimeout, ThrottledLog } from './database-outage.js';

describe('ThrottledLog', () => {
  it('writes the first line at once, then one per interval with the count left out', () => {
    let now = 0;
    const log = new ThrottledLog(10_000, () => now);
    const written: number[] = [];
    const write = (repeated: number) => written.push(repeated);
    expect(log.log(write)).toBe(true);
    for (let t = 1; t <= 24; t++) {
      now = t * 1000;
      log.log(write);
    }
    // 25 s of trouble, one a second: lines at 0 s, 10 s and 20 s.
    expect(written).toEqual([0, 9, 9]);
  });
});

describe('isDatabaseUnavailable', () => {
  it('knows a refused connection, a server shutting down, a dropped connection and a pool timeout', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable({
        code: '57P01',
        message: 'terminating connection due to administrator command',
      }),
    ).toBe(true);
    expect(
      isDatabaseUnavailable({ code: '57P03', message: 'the database system is starting up' }),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error('Knex: Timeout acquiring a connection. The pool is probably full.'),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: { code: 'ECONNRESET' } }))).toBe(
      true,
    );
  });

  it('does not take other errors for an outage', () => {
    expect(isDatabaseUnavailable({ code: '23505', message: 'duplicate key value' })).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

describe('isStatementTimeout', () => {
  it('knows a statement cancelled by statement_timeout, not one cancelled otherwise', () => {
    expect(
      isStatementTimeout({
        code: '57014',
        message: 'select 1 - canceling statement due to statement timeout',
      }),
    ).toBe(true);
    expect(
      isStatementTimeout({ code: '57014', message: 'canceling statement due to user request' }),
    ).toBe(false);
  });
});
