import type { EntityManager } from '@mikro-orm/postgresql';
import { tenantEntities } from './entities.js';
import type { TenantFilterParams } from './row-level-security.js';

/**
 * A fork of `em` scoped to one county, for work that no request scopes (a scenario run's storing):
 * the ORM's `tenant` filter holds its queries to the county, and its transactions are the county's
 * (row-level security; see row-level-security.ts).
 */
export function countyEntityManager(em: EntityManager, countyId: string): EntityManager {
  const fork = em.fork();
  fork.addFilter(
    'tenant',
    (params: TenantFilterParams) => ({ county: params.countyId }),
    tenantEntities,
  );
  fork.setFilterParams('tenant', { countyId } satisfies TenantFilterParams);
  return fork;
}
