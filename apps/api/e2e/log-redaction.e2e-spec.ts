import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, MAX_LOGGED_TEXT, withoutSqlValues } from '../src/logger.js';
import { formatError } from '../src/server/format-error.js';
import { createTestDatabase, type TestDatabase } from '../test/test-database.js';

// The log after a failing insert on a real PostgreSQL: the statement's shape and PostgreSQL's
// reason, never the values (no contact's name or e-mail, no parameter), and no line too long.

const NAME = 'Kari Nordmann';
const EMAIL = 'kari.nordmann@skole.example';
const TITLE = 'Lesing i Lyngen 7431';

describe('what the log keeps of a failing insert', () => {
  let db: TestDatabase;
  const lines: string[] = [];
  const logger = createLogger('debug', false, { write: (line: string) => void lines.push(line) });

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.destroy());

  it('logs the SQL without its values and no personal data, within a bounded line', async () => {
    const county = randomUUID();
    let failure: unknown;
    try {
      // No such county: a foreign-key violation, whose message and detail repeat the values.
      await db.orm.em.getConnection().execute(
        `insert into needs_statement (id, county_id, round_id, partnership_id, title, work_id,
             theme_item_ids, long_term_goals, sub_goals, measures, local_needs, contact_name, contact_email)
           values (?, ?, ?, ?, ?, ?, '[]', '[]', '[]', '[]', ?, ?, ?)`,
        [
          randomUUID(),
          county,
          randomUUID(),
          randomUUID(),
          TITLE,
          'W-1',
          'x'.repeat(100_000),
          NAME,
          EMAIL,
        ],
      );
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(Error);
    // Unmasked, the error holds everything the issue found in the log.
    expect(String((failure as Error).message)).toContain(EMAIL);

    const answer = formatError(
      {
        message: 'boom',
        path: ['submitNeedsStatement'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      failure,
      logger,
    );
    expect(answer.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    // A careless log call with the request's input and headers is cleaned too.
    logger.error(
      {
        err: failure,
        input: { contactName: NAME, contactEmail: EMAIL },
        variables: { input: { contactEmail: EMAIL } },
        req: { headers: { authorization: 'Bearer secret.token.value' } },
        contactPersons: [{ name: NAME, email: EMAIL }],
      },
      'request failed',
    );

    expect(lines.length).toBe(2);
    const log = lines.join('');
    for (const secret of [NAME, EMAIL, TITLE, county, 'secret.token.value', 'xxxxxxxxxx']) {
      expect(log, secret).not.toContain(secret);
    }
    const first = JSON.parse(lines[0]!) as {
      err: { message: string; code: string; table?: string };
    };
    expect(first.err.message).toMatch(/insert into needs_statement \(id, county_id/);
    expect(first.err.message).toMatch(/values \(\?, \?, \?, \?, \?, \?/);
    expect(first.err.message).toMatch(/violates foreign key constraint/);
    expect(first.err.code).toBe('23503');
    for (const line of lines) expect(line.length).toBeLessThan(4 * MAX_LOGGED_TEXT + 2_000);
  });

  it('bounds any long value', () => {
    logger.info(
      { huge: 'y'.repeat(100_000), list: Array.from({ length: 500 }, (_, i) => i) },
      'big',
    );
    const line = lines.at(-1)!;
    expect(line.length).toBeLessThan(MAX_LOGGED_TEXT + 1_000);
    expect(line).toContain('(100000 characters)');
    expect(line).toContain('(500 items)');
  });

  it('replaces every literal of a statement', () => {
    expect(
      withoutSqlValues(
        `update "owner" set "name" = 'O''Brien', "version" = 3 where "id" = 'a1b2' and x2 = 1.5 - detail: x\n - detail: Key (id)=(a1b2) is present`,
      ),
    ).toBe(`update "owner" set "name" = ?, "version" = ? where "id" = ? and x2 = ? - detail: x`);
  });
});
