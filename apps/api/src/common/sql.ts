import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs raw SQL on the EntityManager's connection, inside its transaction when it has one.
 *
 * Kept only for `modules/national` (owned by another branch, which drops it there): everywhere else
 * calls MikroORM's own `em.execute(sql, params)` (`?` parameters, a list as one `in (?)` parameter).
 * Delete this file once national no longer imports it.
 */
export function sqlRows<T>(
  em: EntityManager,
  query: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  return em.execute<T[]>(query, [...params]);
}
