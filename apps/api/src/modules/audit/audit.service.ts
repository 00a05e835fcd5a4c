import { wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../common/service-context.js';
import { requireViewer } from '../../common/service-context.js';
import { County } from '../county/county.entity.js';
import { AuditLogEntry } from './audit-log-entry.entity.js';
import type { AuditRow } from './audit-row.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** The audit entry of `record` by the request's viewer, as plain column values. */
export function auditRow(ctx: ServiceContext, record: AuditRecord): AuditRow {
  const viewer = requireViewer(ctx.viewer);
  return {
    countyId: viewer.county?.id ?? null,
    actorSubject: viewer.subject,
    actorName: viewer.name,
    actorRole: viewer.role,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    before: record.before ?? null,
    after: record.after ?? null,
    reason: record.reason ?? null,
    requestId: ctx.requestId,
  };
}

/**
 * Writes an audit entry into the EntityManager's unit of work: call it inside the mutation's
 * transaction, so the entry commits (or rolls back) with the change itself.
 */
export function recordAudit(em: EntityManager, ctx: ServiceContext, record: AuditRecord): void {
  persistAuditRow(em, auditRow(ctx, record));
}

/** Writes an audit entry made earlier (`auditRow`) into the EntityManager's unit of work. */
export function persistAuditRow(em: EntityManager, { countyId, ...row }: AuditRow): void {
  em.persist(
    em.create(AuditLogEntry, {
      ...row,
      county: countyId ? em.getReference(County, countyId) : null,
      at: new Date(),
    }),
  );
}

/** An entity's own columns as plain JSON (relations as ids), for before/after snapshots. */
export function snapshot(entity: object, omit: readonly string[] = []): Record<string, unknown> {
  const plain = wrap(entity as never, true).toObject() as Record<string, unknown>;
  for (const key of omit) delete plain[key];
  return JSON.parse(JSON.stringify(plain)) as Record<string, unknown>;
}
