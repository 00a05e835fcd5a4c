import type { EntityManager } from '@mikro-orm/postgresql';

/** A plain connection that runs `?`-parameterised SQL and returns the rows (the solver thread's). */
export interface PlainSql {
  rows<T>(query: string, params: readonly unknown[]): Promise<T[]>;
}

/** Where raw SQL runs: a request's EntityManager, or a plain connection. */
export type SqlSource = EntityManager | PlainSql;

/**
 * Runs raw SQL on the EntityManager's connection, inside its transaction when it has one (or on a
 * plain connection). For lean reads (plain rows, no entity hydration) and bulk writes. Raw SQL
 * skips the ORM's filters: scope every query to the caller's county (or to ids the caller was
 * already allowed to see).
 */
export function sqlRows<T>(
  source: SqlSource,
  query: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  if (!('getConnection' in source)) return source.rows<T>(query, params);
  return source.getConnection().execute(query, [...params], 'all', source.getTransactionContext());
}

/**
 * `?` placeholders as PostgreSQL's `$1, $2, …`, outside quoted literals and identifiers (what the
 * ORM's query builder does before it sends a statement).
 */
export function numberedPlaceholders(query: string): string {
  let n = 0;
  let quote: string | null = null;
  let out = '';
  for (const ch of query) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === '?') {
      out += `$${++n}`;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Runs a raw statement that returns no rows we need. */
export async function sqlRun(
  em: EntityManager,
  query: string,
  params: readonly unknown[] = [],
): Promise<void> {
  await em.getConnection().execute(query, [...params], 'run', em.getTransactionContext());
}

/** `?, ?, ?` placeholders for a list of values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/**
 * A value as an SQL literal, as node-postgres' escapeLiteral writes strings (quotes doubled; with
 * a backslash, the E'' form with backslashes doubled, right whatever standard_conforming_strings
 * says). For statements sent without parameters, so that large text need not be escaped (and
 * copied) again on the main thread; a statement holding such literals must take no `?` parameters.
 */
export function sqlLiteral(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  const quoted = `'${value.replace(/'/g, "''")}'`;
  return value.includes('\\') ? ` E${quoted.replace(/\\/g, '\\\\')}` : quoted;
}
