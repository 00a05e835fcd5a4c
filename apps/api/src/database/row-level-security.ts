import type { EntityManager, EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { isUuid } from '../common/uuid.js';
import { rebindScope, scopedBinding } from './request-scope.js';

/** The tenant filter's parameters: the county whose rows a request sees. */
export interface TenantFilterParams {
  countyId: string;
}

/**
 * What a transaction's statements may see under the row-level security policies (see
 * Migration20261203132248): one county's rows (read and write), every county's rows to read
 * (Udir's national aggregates), or no county's rows at all (`none`).
 */
export type CountyBinding = { countyId: string } | 'national' | 'none';

/** Two bindings are the same. */
export function sameBinding(a: CountyBinding | null, b: CountyBinding | null): boolean {
  if (a === null || b === null || typeof a === 'string' || typeof b === 'string') return a === b;
  return a.countyId === b.countyId;
}

/** The statement that binds a transaction, and its parameters. */
function bindingStatement(binding: CountyBinding): [string, string[]] {
  const countyId = typeof binding === 'object' ? binding.countyId : '';
  if (typeof binding === 'object' && !isUuid(countyId)) {
    throw new Error(`not a county id: ${countyId}`);
  }
  return [
    `select set_config('kompetansemidler.county_id', ?, true), set_config('kompetansemidler.scope', ?, true)`,
    [countyId, binding === 'national' ? 'national' : ''],
  ];
}

/**
 * Binds the transaction `em` runs in: `kompetansemidler.county_id` and `kompetansemidler.scope`
 * for the rest of the transaction only (`set_config(…, true)`), sent as parameters. The API
 * connects as `kompetansemidler_api`, which the policies hold to the binding; other users (the
 * owner running migrations and seeders) keep their own rights.
 */
export async function bindTransaction(em: EntityManager, binding: CountyBinding): Promise<void> {
  const ctx = em.getTransactionContext();
  if (!ctx) throw new Error('bindTransaction outside a transaction');
  const [sql, params] = bindingStatement(binding);
  await em.getConnection().execute(sql, params, 'run', ctx);
}

/**
 * Binds the current request's transaction anew (development sign-in only: an anonymous request
 * reads one county's partnerships to mint a token for it).
 */
export async function rebindRequest(binding: CountyBinding): Promise<void> {
  const em = rebindScope(binding);
  if (em) await bindTransaction(em, binding);
}

/**
 * Binds every transaction of an EntityManager scoped to a county (the `tenant` filter's) to that
 * county, so PostgreSQL holds the statements inside it to the county whatever SQL they send, under
 * the ORM's filter. Inside a request's own transaction, already bound the same way, nothing is sent
 * (a nested transaction is a savepoint of it).
 */
export class RowLevelSecurity implements EventSubscriber {
  async afterTransactionStart({ em, transaction }: TransactionEventArgs): Promise<void> {
    const tenant = em.getFilterParams<TenantFilterParams>('tenant');
    if (!tenant?.countyId) return;
    const binding = { countyId: tenant.countyId };
    if (sameBinding(scopedBinding(), binding)) return;
    const [sql, params] = bindingStatement(binding);
    await em.getConnection().execute(sql, params, 'run', transaction);
  }
}
