import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../auth/role.js';
import { DecisionStatus } from '../decision/decision.entity.js';
import { AuditLogEntry } from './audit-log-entry.entity.js';

@ObjectType({
  description:
    'One event in a needs statement’s history: submitted, changed or withdrawn, its grant adjusted in a scenario, its decision made or reworded.',
})
export class StatementHistoryEntry {
  @Field(() => ID, { description: 'The audit entry.' })
  id!: string;

  @Field()
  at!: Date;

  @Field({ description: 'The mutation, e.g. "adjustScenarioLine" or "decideRound".' })
  action!: string;

  @Field({ description: 'Who did it, by name.' })
  actorName!: string;

  @Field(() => Role)
  actorRole!: Role;

  @Field(() => String, { nullable: true, description: 'The reason given.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The scenario an adjustment was made in.' })
  scenarioName!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The grant this year after the event (an adjustment or a decision).',
  })
  grantedThisYear!: number | null;

  @Field(() => DecisionStatus, { nullable: true, description: 'A decision’s outcome.' })
  decisionStatus!: DecisionStatus | null;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const asInt = (value: unknown): number | null =>
  Number.isInteger(value) ? (value as number) : null;

/** An audit entry of the statement, its scenario lines or its decision, as a history entry. */
export function historyEntry(entry: AuditLogEntry): StatementHistoryEntry {
  const after = asRecord(entry.after);
  const base = {
    id: entry.id,
    at: entry.at,
    action: entry.action,
    actorName: entry.actorName,
    actorRole: entry.actorRole,
    reason: entry.reason,
    scenarioName: null,
    grantedThisYear: null,
    decisionStatus: null,
  };
  if (entry.entityType === 'ScenarioLine') {
    const line = asRecord(after['line']);
    const scenario = asRecord(after['scenario']);
    return {
      ...base,
      scenarioName: typeof scenario['name'] === 'string' ? scenario['name'] : null,
      grantedThisYear: asInt(line['adjustedThisYear']),
    };
  }
  if (entry.entityType === 'Decision') {
    const status = after['status'];
    return {
      ...base,
      grantedThisYear: asInt(after['grantedThisYear']),
      decisionStatus: Object.values(DecisionStatus).includes(status as DecisionStatus)
        ? (status as DecisionStatus)
        : null,
    };
  }
  return base;
}

/**
 * A needs statement's history, newest first: the audit entries of the statement itself, of its
 * lines in the round's scenarios (adjustments) and of its decision, without the saves of its
 * draft (the partnership's own until submitted). The caller's county only
 * (row-level security scopes every table read here).
 */
export async function statementHistory(
  em: EntityManager,
  statementId: string,
  limit = 100,
): Promise<StatementHistoryEntry[]> {
  const related = await em.execute<{ kind: string; id: string }[]>(
    `select 'ScenarioLine' as kind, l.id::text as id from scenario_line l
      where l.needs_statement_id = ? and l.adjusted_by is not null
     union all
     select 'Decision', d.id::text from decision d where d.needs_statement_id = ?`,
    [statementId, statementId],
  );
  const idsOf = (kind: string) => related.filter((r) => r.kind === kind).map((r) => r.id);
  const entries = await em.find(
    AuditLogEntry,
    {
      $or: [
        // A draft's saves are the partnership's own work: the office's history starts at submission.
        {
          entityType: 'NeedsStatement',
          entityId: statementId,
          action: { $ne: 'saveNeedsStatementDraft' },
        },
        { entityType: 'ScenarioLine', entityId: { $in: idsOf('ScenarioLine') } },
        { entityType: 'Decision', entityId: { $in: idsOf('Decision') } },
      ],
    },
    { orderBy: { id: 'desc' }, limit },
  );
  return entries.map(historyEntry);
}
