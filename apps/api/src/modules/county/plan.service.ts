import type { EntityManager } from '@mikro-orm/postgresql';
import {
  parseCountyPlan,
  planVersionInForce,
  resolvePlanVersion,
  type CountyPlan,
  type ResolvedPlan,
} from '@kompetansemidler/domain';
import { NotFoundError, ValidationFailedError } from '../../errors/app-error.js';
import { PlanVersion } from './plan-version.entity.js';

const resolved = new Map<string, ResolvedPlan>();

/** The domain's view of a stored plan version (cached: a stored version never changes). */
export function resolvedPlanOf(version: PlanVersion): ResolvedPlan {
  let plan = resolved.get(version.id);
  if (!plan) {
    plan = resolvePlanVersion(version.plan as unknown as CountyPlan, version.versionId);
    resolved.set(version.id, plan);
  }
  return plan;
}

export function countyPlanOf(version: PlanVersion): CountyPlan {
  return version.plan as unknown as CountyPlan;
}

export class PlanService {
  constructor(private readonly em: EntityManager) {}

  /** The stored version of the county's plan in force on 1 January of `year`. */
  async versionForYear(year: number): Promise<PlanVersion> {
    const versions = await this.em.find(PlanVersion, {}, { orderBy: { validFrom: 'desc' } });
    const date = `${year}-01-01`;
    for (const version of versions) {
      try {
        const inForce = planVersionInForce(countyPlanOf(version), date);
        if (inForce.versionId === version.versionId) return version;
      } catch {
        // not in force on that date
      }
    }
    throw new NotFoundError('PlanVersion', `in force on ${date}`);
  }

  /** Stores every version of a county plan after the domain has checked it. */
  static storablePlan(json: unknown): CountyPlan {
    const parsed = parseCountyPlan(json);
    if (!parsed.ok)
      throw new ValidationFailedError('The county plan is not valid.', parsed.problems);
    return parsed.value;
  }
}
