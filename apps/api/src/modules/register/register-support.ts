import type { EntityManager } from '@mikro-orm/postgresql';
import { checkDeletion, type PlanRules, type ValidationProblem } from '@kompetansemidler/domain';
import { referencesTo } from '../../common/references.js';
import { ConflictError, ValidationFailedError } from '../../errors/app-error.js';
import { PlanVersion } from '../county/plan-version.entity.js';
import { PlanService, resolvedPlanOf } from '../county/plan.service.js';
import { Municipality } from '../county/municipality.entity.js';

/** Every problem the register's rules find, as one typed error (nothing is written). */
export function assertNoProblems(what: string, problems: readonly ValidationProblem[]): void {
  if (problems.length === 0) return;
  throw new ValidationFailedError(
    `The ${what} has ${problems.length} problem${problems.length === 1 ? '' : 's'}.`,
    problems.map((p) => ({ code: p.code, path: [...p.path], message: p.message })),
  );
}

/**
 * The county's plan rules for register changes: the version in force this year, or (outside the
 * plan's period) the one that starts latest.
 */
export async function currentPlanRules(
  em: EntityManager,
  year = new Date().getFullYear(),
): Promise<PlanRules> {
  try {
    return resolvedPlanOf(await new PlanService(em).versionForYear(year)).rules;
  } catch {
    const latest = await em.findOne(PlanVersion, {}, { orderBy: { validFrom: 'desc' } });
    if (!latest) throw new ConflictError('The county has no plan yet.', { reason: 'NO_PLAN' });
    return resolvedPlanOf(latest).rules;
  }
}

/** The county's municipalities by kommunenummer. */
export async function municipalitiesByNumber(
  em: EntityManager,
): Promise<Map<string, Municipality>> {
  const all = await em.find(Municipality, {}, { orderBy: { number: 'asc' } });
  return new Map(all.map((m) => [m.number, m]));
}

/**
 * Refuses to delete a row anything refers to (REG_IN_USE, a CONFLICT with the problem): the
 * history must stay whole; archiving is the way out.
 */
export async function assertDeletable(
  em: EntityManager,
  table: string,
  id: string,
  what: { nb: string; en: string },
): Promise<void> {
  const problems = checkDeletion(what, await referencesTo(em, table, id));
  if (problems.length > 0) {
    throw new ConflictError(problems[0]!.message.en, {
      reason: 'IN_USE',
      problems: problems.map((p) => ({ code: p.code, path: p.path, message: p.message })),
    });
  }
}

/** Trims a text the office typed; an empty optional text is null. */
export function trimmed(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}
