import type { EntityManager } from '@mikro-orm/postgresql';
import type { BudgetLineRow, StatementWithBudget } from './statement-row.js';

/** A stored statement with what the rules need around it: its round and partnership. */
export interface StatementForRules extends StatementWithBudget {
  roundId: string;
  countyId: string;
  status: 'SUBMITTED' | 'WITHDRAWN';
}

const COLUMNS = `ns.id, ns.round_id as "roundId", ns.county_id as "countyId", ns.status,
  ns.partnership_id as "partnershipId", ns.work_id as "workId", ns.sector, ns.theme_id as "themeId",
  ns.theme_item_ids as "themeItemIds", ns.local_needs as "localNeeds",
  ns.long_term_goals as "longTermGoals", ns.sub_goals as "subGoals", ns.measures,
  ns.duration_years as "durationYears", ns.own_contribution as "ownContribution",
  ns.own_contribution_amount as "ownContributionAmount", ns.sami_perspectives as "samiPerspectives",
  ns.collective_learning as "collectiveLearning",
  ns.teacher_education_feedback as "teacherEducationFeedback", ns.coordinator, ns.continuation,
  ns.participants`;

/**
 * Needs statements as plain rows with their budget lines (two queries, no entities), by id: a
 * round's (optionally of one status) or the given ids. Raw SQL skips the tenant filter: the round
 * or the ids must come from rows the caller may see.
 */
export async function statementRowsWithBudget(
  em: EntityManager,
  filter: { roundId: string; status?: 'SUBMITTED' | 'WITHDRAWN' } | { ids: readonly string[] },
): Promise<StatementForRules[]> {
  let where: string;
  let params: unknown[];
  if ('ids' in filter) {
    if (filter.ids.length === 0) return [];
    where = 'ns.id in (?)';
    params = [filter.ids];
  } else {
    where = filter.status ? 'ns.round_id = ? and ns.status = ?' : 'ns.round_id = ?';
    params = filter.status ? [filter.roundId, filter.status] : [filter.roundId];
  }
  const [statements, lines] = await Promise.all([
    em.execute<Omit<StatementForRules, 'budget'>[]>(
      `select ${COLUMNS} from needs_statement ns where ${where} order by ns.id`,
      params,
    ),
    em.execute<(BudgetLineRow & { needsStatementId: string })[]>(
      `select l.needs_statement_id as "needsStatementId", l.year, l.party, l.amount, l.coordinator
         from needs_statement_budget_line l join needs_statement ns on ns.id = l.needs_statement_id
        where ${where}
        order by l.needs_statement_id, l.year, l.party`,
      params,
    ),
  ]);
  const budgets = new Map<string, BudgetLineRow[]>();
  for (const { needsStatementId, ...line } of lines) {
    const list = budgets.get(needsStatementId) ?? [];
    list.push(line);
    budgets.set(needsStatementId, list);
  }
  return statements.map((s) => ({ ...s, budget: budgets.get(s.id) ?? [] }));
}

/**
 * A round's submitted statements with their budget lines as one JSON text (StatementWithBudget[],
 * by id), built by PostgreSQL: the main thread passes the text on to the solver thread, which
 * parses it, so neither parsing nor copying objects costs the main thread. Also the partnerships'
 * ids. The round must be one the caller may see.
 */
export async function submittedStatementsJson(
  source: EntityManager,
  roundId: string,
): Promise<{ json: string; partnershipIds: string[] }> {
  const [row] = await source.execute<{ json: string; partnership_ids: string[] | null }[]>(
    `select coalesce(json_agg(json_build_object(
              'id', ns.id, 'partnershipId', ns.partnership_id, 'workId', ns.work_id,
              'sector', ns.sector, 'themeId', ns.theme_id, 'themeItemIds', ns.theme_item_ids,
              'localNeeds', ns.local_needs, 'longTermGoals', ns.long_term_goals,
              'subGoals', ns.sub_goals, 'measures', ns.measures,
              'durationYears', ns.duration_years, 'ownContribution', ns.own_contribution,
              'ownContributionAmount', ns.own_contribution_amount,
              'samiPerspectives', ns.sami_perspectives, 'collectiveLearning', ns.collective_learning,
              'teacherEducationFeedback', ns.teacher_education_feedback,
              'coordinator', ns.coordinator, 'continuation', ns.continuation,
              'participants', ns.participants,
              'samiAssessment', (select json_build_object('level', a.level, 'reason', a.reason)
                                   from sami_assessment a where a.needs_statement_id = ns.id),
              'budget', (select coalesce(json_agg(json_build_object('year', l.year, 'party', l.party,
                                  'amount', l.amount, 'coordinator', l.coordinator)
                                  order by l.year, l.party), '[]')
                           from needs_statement_budget_line l where l.needs_statement_id = ns.id)
            ) order by ns.id), '[]')::text as json,
            array_agg(distinct ns.partnership_id::text) as partnership_ids
       from needs_statement ns
      where ns.round_id = ? and ns.status = 'SUBMITTED'`,
    [roundId],
  );
  return { json: row?.json ?? '[]', partnershipIds: row?.partnership_ids ?? [] };
}
