import { sqlLiteral } from '../../common/sql.js';
import type { Role } from '../auth/role.js';

/**
 * An audit entry's columns as plain data: what `recordAudit` persists through the ORM, and what the
 * solver thread inserts as SQL when it stores a scenario in its own transaction.
 */
export interface AuditRow {
  countyId: string | null;
  actorSubject: string;
  actorName: string;
  actorRole: Role;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
}

/** The INSERT of one audit entry, values as SQL literals (no parameters). */
export function auditInsertSql(row: AuditRow): string {
  const json = (value: unknown) =>
    value === null || value === undefined ? 'null' : `${sqlLiteral(JSON.stringify(value))}::jsonb`;
  return `insert into audit_log (county_id, actor_subject, actor_name, actor_role, action,
       entity_type, entity_id, before, after, reason, request_id)
     values (${[
       sqlLiteral(row.countyId),
       sqlLiteral(row.actorSubject),
       sqlLiteral(row.actorName),
       sqlLiteral(row.actorRole),
       sqlLiteral(row.action),
       sqlLiteral(row.entityType),
       sqlLiteral(row.entityId),
       json(row.before),
       json(row.after),
       sqlLiteral(row.reason),
       sqlLiteral(row.requestId),
     ].join(', ')})`;
}
