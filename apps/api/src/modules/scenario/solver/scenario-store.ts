import pg from 'pg';
import { numberedPlaceholders, type PlainSql } from '../../../common/sql.js';
import { countyBindingSql } from '../../../database/row-level-security.js';
import { auditInsertSql } from '../../audit/audit-row.js';
import { lineInsertSqls, runDoneSql, scenarioInsertSql } from '../scenario-sql.js';
import type { AllocationOutcome, ScenarioStoreRequest } from './allocation-job.js';

/** A scenario the solver thread stored, as it reports back. */
export interface StoredScenario {
  scenarioId: string;
  /** Milliseconds from the job's start on the thread to its result, storing not included. */
  durationMs: number;
  /** SQL statements sent, so the request's tally counts them. */
  statements: number;
}

/**
 * The statements that store a solved scenario in one transaction: the scenario row, its lines,
 * the run marked DONE, and the run's audit entry with the engine's figures added to it.
 */
export function scenarioStoreStatements(
  request: ScenarioStoreRequest,
  outcome: AllocationOutcome,
  durationMs: number,
): string[] {
  const { scenario, audit } = request;
  return [
    scenarioInsertSql(scenario, { ...outcome, durationMs }),
    ...lineInsertSqls(outcome.lineTuples),
    runDoneSql(request.runId, scenario.id, durationMs),
    auditInsertSql({
      ...audit,
      after: {
        ...(audit.after as Record<string, unknown>),
        inputHash: outcome.inputHash,
        planVersionId: outcome.planVersion,
        lines: outcome.lineTuples.length,
        durationMs,
        totals: outcome.totals,
      },
    }),
  ];
}

/**
 * The solver thread's own database connection: reading a round's rows and storing its scenario
 * (about half a megabyte of SQL) here keeps the parsing, escaping, encoding and socket work off
 * the API's main thread. Both run in a transaction of the caller's county (row-level security, as
 * the request's own transactions). One connection, opened on first use and replaced when it
 * breaks; the thread's end closes it, and PostgreSQL rolls back whatever it left open (a run
 * stopped at its time limit stores nothing).
 */
export class ScenarioStore {
  private readonly pool: pg.Pool;
  private sent = 0;

  constructor(databaseUrl: string) {
    // Dates and times as text, as the ORM's connections read them.
    const types = new pg.TypeOverrides();
    for (const oid of [1082, 1114, 1184, 1186]) types.setTypeParser(oid, (text: string) => text);
    this.pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 1,
      idleTimeoutMillis: 60_000,
      application_name: 'kompetansemidler-solver',
      types,
    });
    // An idle connection's error (the server restarted) is dropped with the connection.
    this.pool.on('error', () => undefined);
  }

  /** SQL statements sent since the last call (reads and stores), for the request's tally. */
  takeStatementCount(): number {
    const sent = this.sent;
    this.sent = 0;
    return sent;
  }

  /**
   * Runs `first` (plain statements), then `work`, in one transaction of the county (read-only when
   * there is nothing first); `work`'s reads are written with the ORM's `?` placeholders (as the
   * request's EntityManager would run them).
   */
  read<T>(
    countyId: string,
    work: (sql: PlainSql) => Promise<T>,
    first: readonly string[] = [],
  ): Promise<T> {
    const begin = first.length > 0 ? 'begin' : 'begin read only';
    return this.inCountyTransaction(countyId, begin, async (client) => {
      for (const statement of first) {
        this.sent += 1;
        await client.query(statement);
      }
      // One connection: the reads the loaders start together go one after the other.
      let previous: Promise<unknown> = Promise.resolve();
      return work({
        rows: <R>(query: string, params: readonly unknown[]) => {
          const next = previous.then(async () => {
            this.sent += 1;
            return (await client.query(numberedPlaceholders(query), [...params])).rows as R[];
          });
          previous = next.catch(() => undefined);
          return next;
        },
      });
    });
  }

  /** Runs the statements in one transaction of the county. */
  store(countyId: string, statements: readonly string[]): Promise<void> {
    return this.inCountyTransaction(countyId, 'begin', async (client) => {
      for (const statement of statements) {
        this.sent += 1;
        await client.query(statement);
      }
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private async inCountyTransaction<T>(
    countyId: string,
    begin: string,
    work: (client: pg.PoolClient) => Promise<T>,
  ): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query(begin);
      await client.query(countyBindingSql(countyId, 'transaction'));
      const result = await work(client);
      await client.query('commit');
      this.sent += 3;
      return result;
    } catch (error) {
      await client.query('rollback').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
