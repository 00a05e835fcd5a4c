import type { Role } from '../auth/role.js';

/**
 * An audit entry's columns as plain data: what `recordAudit` persists through the ORM, made ahead
 * when the entry is written later (a scenario run's, once the engine has finished).
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
