import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

/** What the database layer keeps for one piece of work (a request): one store for both. */
interface RequestScope {
  /** SQL statements sent so far. */
  statements: number;
  /** The county the work's connections are bound to; null: none (the user's own rights). */
  countyId: string | null;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` in a scope of its own: no statements counted yet, bound to no county. */
export function withRequestScope<T>(work: () => T): T {
  return storage.run({ statements: 0, countyId: null }, work);
}

/** SQL statements sent so far in the current scope (undefined outside one). */
export function currentSqlStatements(): number | undefined {
  return storage.getStore()?.statements;
}

/** Adds statements sent elsewhere on the scope's behalf (the solver thread's connection). */
export function countSqlStatements(statements: number): void {
  const scope = storage.getStore();
  if (scope) scope.statements += statements;
}

/**
 * Binds the current scope (a request, once its caller is known) to a county: every connection it
 * takes from the pool from now on is that county's (county-bound-driver.ts; a malformed id fails
 * there, on the first statement, before anything is sent).
 */
export function bindScopeToCounty(countyId: string | null): void {
  const scope = storage.getStore();
  if (!scope) throw new Error('bindScopeToCounty outside withRequestScope');
  scope.countyId = countyId;
}

/** The county the current work is bound to, if any. */
export function scopedCountyId(): string | null {
  return storage.getStore()?.countyId ?? null;
}

/**
 * MikroORM's logger, counting every statement into the current scope. MikroORM calls `logQuery`
 * for every query whether or not query logging is on.
 */
export class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    const scope = storage.getStore();
    if (scope) scope.statements += 1;
    super.logQuery(context);
  }
}
