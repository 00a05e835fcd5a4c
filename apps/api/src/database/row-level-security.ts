import {
  IsolationLevel,
  type EventSubscriber,
  type Transaction,
  type TransactionEventArgs,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** The role county-bound transactions run as (see Migration20261201235000's policies). */
const APP_ROLE = 'kompetansemidler_app';

/** The tenant filter's parameters: the county whose rows a request sees. */
export interface TenantFilterParams {
  countyId: string;
}

/**
 * Makes the rest of a transaction the county's: it runs as APP_ROLE, which the policies let see
 * and write only rows whose `county_id` is `kompetansemidler.county_id`. `?` is the county id.
 */
export const COUNTY_TRANSACTION_SQL = `select set_config('role', '${APP_ROLE}', true),
  set_config('kompetansemidler.county_id', ?, true)`;

/**
 * Starts every transaction of a county-bound request (its EntityManager has the `tenant` filter's
 * county) as that county's: PostgreSQL then holds the writes and reads inside it to the county
 * whatever SQL they send, under the ORM's filter. Every GraphQL operation of such a caller runs in
 * one (server/county-transaction.ts).
 */
export class RowLevelSecurity implements EventSubscriber {
  async afterTransactionStart({ em, transaction }: TransactionEventArgs): Promise<void> {
    const tenant = em.getFilterParams<TenantFilterParams>('tenant');
    if (!tenant?.countyId) return;
    await em.getConnection().execute(COUNTY_TRANSACTION_SQL, [tenant.countyId], 'run', transaction);
  }
}

/** Whether the EntityManager is a county's: a county-bound caller's (see scopeToViewer). */
export function isCountyBound(em: EntityManager): boolean {
  return Boolean(em.getFilterParams<TenantFilterParams>('tenant')?.countyId);
}

/**
 * Starts the transaction a county-bound request's statements run in (its start makes it the
 * county's, above). Reads get a read-only one with one snapshot for all their statements.
 */
export async function beginRequestTransaction(
  em: EntityManager,
  access: 'read' | 'write',
): Promise<void> {
  await em.begin(
    access === 'read' ? { readOnly: true, isolationLevel: IsolationLevel.REPEATABLE_READ } : {},
  );
}

/**
 * Ends the request's transaction, if it has one: commits, or rolls back when `failed`. The commit
 * does not flush the EntityManager: services flush their own work in their own (nested)
 * transactions, and an entity a resolver only changed in memory stays unsaved, as before.
 */
export async function endRequestTransaction(em: EntityManager, failed: boolean): Promise<void> {
  const transaction = em.getTransactionContext<Transaction>();
  if (!transaction) return;
  em.resetTransactionContext();
  const connection = em.getConnection();
  if (failed) await connection.rollback(transaction);
  else await connection.commit(transaction);
}
