import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';

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
 * whatever SQL they send, under the ORM's filter. Statements outside a transaction (the lean
 * reads) are scoped by the filter and their own `county_id` conditions only.
 */
export class RowLevelSecurity implements EventSubscriber {
  async afterTransactionStart({ em, transaction }: TransactionEventArgs): Promise<void> {
    const tenant = em.getFilterParams<TenantFilterParams>('tenant');
    if (!tenant?.countyId) return;
    await em.getConnection().execute(COUNTY_TRANSACTION_SQL, [tenant.countyId], 'run', transaction);
  }
}
