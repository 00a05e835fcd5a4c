import { LockMode, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError } from '../errors/app-error.js';

/**
 * Loads a versioned row for an edit inside a transaction: MikroORM's pessimistic write lock
 * (`select … for update`, so concurrent edits queue up behind each other; the tenant filter
 * decides whether the caller may see the row at all), then compares its version with the one the
 * client edited. Of two advisers who saved the same version, the first wins and the second gets
 * CONFLICT — never a silent overwrite.
 */
export async function lockForEdit<T extends { id: string; version: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<T> {
  const row = (await em.findOne(entity, { id } as FilterQuery<T>, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  })) as T | null;
  if (!row) throw new NotFoundError(entity.name, id);
  if (expectedVersion != null && row.version !== expectedVersion) {
    throw new ConflictError(
      `Someone else changed this ${entity.name} (now version ${row.version}, you edited ${expectedVersion}). Reload it and try again.`,
      { reason: 'STALE_VERSION', currentVersion: row.version },
    );
  }
  return row;
}
