import type { EntityManager } from '@mikro-orm/postgresql';
import { resolvePlanVersion, type CountyPlan, type ResolvedPlan } from '@kompetansemidler/domain';
import { NotFoundError } from '../../errors/app-error.js';

/** A stored plan version: the whole county plan, the version's id, and the domain's view of it. */
export interface StoredPlanVersion {
  plan: CountyPlan;
  versionId: string;
  resolved: ResolvedPlan;
}

const byId = new Map<string, StoredPlanVersion>();

/**
 * A stored plan version by its row id, read once per thread (a stored version never changes).
 * The id must come from a row the caller may see (a round's plan version).
 */
export async function storedPlanVersion(
  source: EntityManager,
  planVersionId: string,
): Promise<StoredPlanVersion> {
  const cached = byId.get(planVersionId);
  if (cached) return cached;
  const [row] = await source.execute<{ plan: CountyPlan; version_id: string }[]>(
    'select plan, version_id from plan_version where id = ?',
    [planVersionId],
  );
  if (!row) throw new NotFoundError('PlanVersion', planVersionId);
  const entry = {
    plan: row.plan,
    versionId: row.version_id,
    resolved: resolvePlanVersion(row.plan, row.version_id),
  };
  byId.set(planVersionId, entry);
  return entry;
}
