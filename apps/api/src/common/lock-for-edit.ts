import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError } from '../errors/app-error.js';

/**
 * Loads a versioned row for an edit inside a transaction: locks the row (`for update`, so
 * concurrent edits queue up behind each other), then compares its version with the one the
 * client edited. Of two advisers who saved the same version, the first wins and the second gets
 * CONFLICT — never a silent overwrite.
 */
export async function lockForEdit<T extends { id: string; version: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<T> {
  // Through the ORM first: the tenant filter decides whether the caller may see the row at all.
  const visible = await em.findOne(entity, { id } as never, { fields: ['id'] as never });
  if (!visible) throw new NotFoundError(entity.name, id);
  const table = em.getMetadata().get(entity.name).tableName;
  const rows: Array<{ version: number }> = await em
    .getConnection()
    .execute(
      `select "version" from "${table}" where "id" = ? for update`,
      [id],
      'all',
      em.getTransactionContext(),
    );
  const current = rows[0]?.version;
  if (current === undefined) throw new NotFoundError(entity.name, id);
  if (expectedVersion != null && current !== expectedVersion) {
    throw new ConflictError(
      `Someone else changed this ${entity.name} (now version ${current}, you edited ${expectedVersion}). Reload it and try again.`,
      { reason: 'STALE_VERSION', currentVersion: current },
    );
  }
  return (await em.findOneOrFail(entity, { id } as never, { refresh: true })) as T;
}
