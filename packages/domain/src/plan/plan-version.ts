import type { CountyPlan, PlanClause, PlanRules, PlanVersion } from './plan.schema.js';

/** One version of a plan, with the plan's identity and clauses: what the engine works from. */
export interface ResolvedPlan {
  planId: string;
  county: CountyPlan['county'];
  period: CountyPlan['period'];
  versionId: string;
  rules: PlanRules;
  clauses: Record<string, PlanClause>;
}

export class PlanVersionNotFoundError extends Error {
  readonly code = 'PLAN_VERSION_NOT_FOUND';
}

function resolve(plan: CountyPlan, version: PlanVersion): ResolvedPlan {
  const clauses: Record<string, PlanClause> = {};
  for (const clause of plan.clauses) clauses[clause.id] = clause;
  return {
    planId: plan.id,
    county: plan.county,
    period: plan.period,
    versionId: version.id,
    rules: version.rules,
    clauses,
  };
}

/** The version with this id. */
export function resolvePlanVersion(plan: CountyPlan, versionId: string): ResolvedPlan {
  const version = plan.versions.find((v) => v.id === versionId);
  if (!version) throw new PlanVersionNotFoundError(`plan ${plan.id} has no version ${versionId}`);
  return resolve(plan, version);
}

/** The version in force on an ISO date (YYYY-MM-DD). */
export function planVersionInForce(plan: CountyPlan, isoDate: string): ResolvedPlan {
  const periodEnd = `${plan.period.toYear}-12-31`;
  const version = plan.versions.find(
    (v) => v.validFrom <= isoDate && isoDate <= (v.validTo ?? periodEnd),
  );
  if (!version) throw new PlanVersionNotFoundError(`plan ${plan.id} has no version on ${isoDate}`);
  return resolve(plan, version);
}
