import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

interface SqlTally {
  statements: number;
}

const storage = new AsyncLocalStorage<SqlTally>();

/** Runs `work` with a fresh tally of the SQL statements it sends. */
export function withSqlTally<T>(work: () => T): T {
  return storage.run({ statements: 0 }, work);
}

/** SQL statements sent so far in the current tally (undefined outside one). */
export function currentSqlStatements(): number | undefined {
  return storage.getStore()?.statements;
}

/** Adds statements sent elsewhere on the request's behalf (the solver thread's connection). */
export function countSqlStatements(statements: number): void {
  const tally = storage.getStore();
  if (tally) tally.statements += statements;
}

/**
 * MikroORM's logger, counting every statement into the current tally. MikroORM calls `logQuery`
 * for every query whether or not query logging is on.
 */
export class CountingLogger extends DefaultLogger {
  constructor(options: LoggerOptions) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    const tally = storage.getStore();
    if (tally) tally.statements += 1;
    super.logQuery(context);
  }
}
