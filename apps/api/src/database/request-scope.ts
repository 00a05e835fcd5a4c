import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CountyBinding } from './row-level-security.js';

/** What the database layer keeps for one piece of work (a request): one store for both. */
interface RequestScope {
  /** SQL statements sent so far. */
  statements: number;
  /** What the work's transaction is bound to (null: not yet). */
  binding: CountyBinding | null;
  /** The request's own transaction, once begun, and what waits for its commit. */
  transaction: { em: EntityManager; afterCommit: Array<() => void> } | null;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` in a scope of its own: no statements counted yet, no transaction. */
export function withRequestScope<T>(work: () => T): T {
  return storage.run({ statements: 0, binding: null, transaction: null }, work);
}

/** SQL statements sent so far in the current scope (undefined outside one). */
export function currentSqlStatements(): number | undefined {
  return storage.getStore()?.statements;
}

/** What the current scope's transaction is bound to, if any. */
export function scopedBinding(): CountyBinding | null {
  return storage.getStore()?.binding ?? null;
}

/**
 * Makes `em` (in a transaction, bound to `binding`) the current request's transaction:
 * `endRequestTransaction` commits it.
 */
export function setRequestTransaction(em: EntityManager, binding: CountyBinding): void {
  const scope = storage.getStore();
  if (!scope) throw new Error('setRequestTransaction outside withRequestScope');
  scope.binding = binding;
  scope.transaction = { em, afterCommit: [] };
}

/**
 * The current request's transaction, to bind it again (row-level-security.ts's `rebindRequest`):
 * records the new binding and answers the request's EntityManager, or null outside a request.
 */
export function rebindScope(binding: CountyBinding): EntityManager | null {
  const scope = storage.getStore();
  if (!scope?.transaction) return null;
  scope.binding = binding;
  return scope.transaction.em;
}

/**
 * Runs `work` once the current request's transaction has committed (at once outside a request's
 * transaction): work that other connections must see the request's writes for, such as a claimed
 * scenario run's solving and storing.
 */
export function afterRequestCommit(work: () => void): void {
  const transaction = storage.getStore()?.transaction;
  if (transaction) transaction.afterCommit.push(work);
  else work();
}

/**
 * Ends the current request's transaction, if it is open: commits it (a transaction that an error
 * left aborted rolls back), then runs what waited for the commit. Safe to call more than once.
 */
export async function endRequestTransaction(): Promise<void> {
  const scope = storage.getStore();
  const transaction = scope?.transaction;
  if (!scope || !transaction) return;
  scope.transaction = null;
  const { em } = transaction;
  const ctx = em.getTransactionContext();
  em.resetTransactionContext();
  if (!ctx) return;
  // Not em.commit(): that flushes first, and a request's writes are flushed by its mutations.
  try {
    await em.getConnection().commit(ctx);
  } catch (error) {
    await em
      .getConnection()
      .rollback(ctx)
      .catch(() => undefined);
    throw error;
  }
  for (const work of transaction.afterCommit) work();
}

/** Rolls the current request's transaction back, if it is still open (the client went away). */
export async function abandonRequestTransaction(): Promise<void> {
  const scope = storage.getStore();
  const transaction = scope?.transaction;
  if (!scope || !transaction) return;
  scope.transaction = null;
  const { em } = transaction;
  const ctx = em.getTransactionContext();
  em.resetTransactionContext();
  if (ctx) {
    await em
      .getConnection()
      .rollback(ctx)
      .catch(() => undefined);
  }
}

/**
 * A request transaction's own statements: its begin, binding and commit (or rollback), the same
 * for every request. Savepoints (a mutation's transaction inside it) are counted.
 */
const REQUEST_TRANSACTION =
  /^\s*(begin|commit|rollback|select set_config\('kompetansemidler\.county_id')/i;

/**
 * MikroORM's logger, counting every statement into the current scope but the request
 * transaction's own. MikroORM calls `logQuery`
 * for every query whether or not query logging is on.
 */
export class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    const scope = storage.getStore();
    if (scope && !REQUEST_TRANSACTION.test(context.query)) scope.statements += 1;
    super.logQuery(context);
  }
}
