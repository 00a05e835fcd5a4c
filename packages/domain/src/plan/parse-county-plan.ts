import { problemsFromZodIssues, type ParseResult } from '../common/validation-problem.js';
import { checkPlanConsistency, type PlanProblemCode } from './plan-consistency.js';
import { countyPlanSchema, type CountyPlan } from './plan.schema.js';

/**
 * Parses a county plan from JSON-like data. Returns the typed plan, or every problem found: first
 * the shape (code PLAN_SCHEMA_INVALID), then, on a well-formed plan, every contradiction.
 */
export function parseCountyPlan(json: unknown): ParseResult<CountyPlan, PlanProblemCode> {
  const parsed = countyPlanSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: problemsFromZodIssues('PLAN_SCHEMA_INVALID', parsed.error.issues),
    };
  }
  const problems = checkPlanConsistency(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}
