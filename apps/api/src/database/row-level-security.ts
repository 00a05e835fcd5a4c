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
 * Binds a session to a county: it runs as APP_ROLE, which the policies let see and write only rows
 * whose `county_id` is `kompetansemidler.county_id`; null unbinds it (the connecting user's own
 * rights). For the rest of the transaction it runs in, or (`session`) until bound again, as a
 * pooled connection is. The id is a checked literal, so the statement needs no parameters.
 */
export function countyBindingSql(
  countyId: string | null,
  until: 'transaction' | 'session',
): string {
  const local = until === 'transaction';
  if (countyId === null) {
    return `select set_config('role', 'none', ${local}), set_config('kompetansemidler.county_id', '', ${local})`;
  }
  if (!isUuid(countyId)) throw new Error(`not a county id: ${countyId}`);
  return `select set_config('role', '${APP_ROLE}', ${local}), set_config('kompetansemidler.county_id', '${countyId}', ${local})`;
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
    await em
      .getConnection()
      .execute(countyBindingSql(tenant.countyId, 'transaction'), [], 'run', transaction);
  }
}
