import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { isUuid } from '../common/uuid.js';
import { scopedCountyId } from './request-scope.js';

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
 * Binds a session (a pooled connection) to a county, for all it runs until bound again; null
 * unbinds it (the connecting user's own rights). Sent on its own, so the id is a checked literal.
 */
export function countySessionSql(countyId: string | null): string {
  if (countyId === null) {
    return `select set_config('role', 'none', false), set_config('kompetansemidler.county_id', '', false)`;
  }
  if (!isUuid(countyId)) throw new Error(`not a county id: ${countyId}`);
  return `select set_config('role', '${APP_ROLE}', false), set_config('kompetansemidler.county_id', '${countyId}', false)`;
}

/**
 * Starts every transaction of an EntityManager scoped to a county (the `tenant` filter's) as that
 * county's: PostgreSQL then holds the writes and reads inside it to the county whatever SQL they
 * send, under the ORM's filter. Within a request bound to the same county the transaction's
 * connection already is the county's (county-bound-driver.ts), and nothing is sent.
 */
export class RowLevelSecurity implements EventSubscriber {
  async afterTransactionStart({ em, transaction }: TransactionEventArgs): Promise<void> {
    const tenant = em.getFilterParams<TenantFilterParams>('tenant');
    if (!tenant?.countyId || scopedCountyId() === tenant.countyId) return;
    await em.getConnection().execute(COUNTY_TRANSACTION_SQL, [tenant.countyId], 'run', transaction);
  }
}
