import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../common/batch-loader.js';
import type { ConcurrencyLimit } from '../common/concurrency-limit.js';
import type { RequestContainer } from '../common/request-container.js';
import { partnershipEntities, tenantEntities } from '../database/entities.js';
import type { CountyBinding, TenantFilterParams } from '../database/row-level-security.js';
import type { Logger } from '../logger.js';
import type { NationalStatisticsThread } from '../modules/national/national-statistics.thread.js';
import type { Authenticator } from '../modules/auth/authenticator.js';
import { Role } from '../modules/auth/role.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { NeedsStatement } from '../modules/needs-statement/needs-statement.entity.js';
import { Partnership } from '../modules/partnership/partnership.entity.js';
import type { ScenarioRunExecutor } from '../modules/scenario/scenario-run.executor.js';

/** What every resolver gets: one EntityManager fork per request, scoped to the caller. */
export interface RequestContext {
  em: EntityManager;
  logger: Logger;
  requestId: string;
  /** The authenticated caller; null when anonymous. */
  viewer: Viewer | null;
  auth: Authenticator;
  /** Carries claimed scenario runs to their end (the engine off the main thread). */
  scenarioRuns: ScenarioRunExecutor;
  production: boolean;
  /** Per-request batching loaders (no N+1 on inverse relations). */
  loaders: Loaders;
  /** National aggregates run behind this (the server's one), never more at once. */
  nationalLimit: ConcurrencyLimit;
  /** Writes national answers' JSON off the main thread. */
  nationalThread: NationalStatisticsThread;
  /** Root fields whose JSON is already written (response name → JSON), put in at the end. */
  preSerialized: Map<string, string>;
  /**
   * The request's services (and resolver instances), made once per request with its ServiceContext
   * injected; disposed of when the answer is sent (common/request-container.ts).
   */
  services: RequestContainer;
}

const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * The county whose rows the viewer's requests may touch: its own; none (null) for NATIONAL, who
 * reads aggregates across counties; for an anonymous caller a county that does not exist.
 */
export function countyOfViewer(viewer: Viewer | null): string | null {
  if (viewer?.role === Role.NATIONAL) return null;
  return viewer?.county?.id ?? NOBODY;
}

/** What the viewer's request transaction is bound to (row-level security): see countyOfViewer. */
export function bindingOfViewer(viewer: Viewer | null): CountyBinding {
  const countyId = countyOfViewer(viewer);
  return countyId === null ? 'national' : { countyId };
}

/**
 * Scopes an EntityManager fork to what the viewer may see: its county's rows (the `tenant` filter;
 * PostgreSQL's row-level security holds the request's transaction to the same county:
 * database/row-level-security.ts), and for a partnership its own statements, decisions and split
 * answers, drafts included; every other role never sees a draft. Anonymous callers see no tenant rows at all; NATIONAL reads aggregates across counties.
 */
export function scopeToViewer(em: EntityManager, viewer: Viewer | null): void {
  // A draft is its partnership's alone: every other role reads submitted and withdrawn ones.
  if (viewer?.role !== Role.PARTNERSHIP) {
    em.addFilter('noDrafts', { status: { $ne: 'DRAFT' } }, [NeedsStatement]);
  }
  const countyId = countyOfViewer(viewer);
  if (countyId === null) return;
  em.addFilter(
    'tenant',
    (params: TenantFilterParams) => ({ county: params.countyId }),
    tenantEntities,
  );
  em.setFilterParams('tenant', { countyId } satisfies TenantFilterParams);
  if (viewer?.role === Role.PARTNERSHIP) {
    const partnershipId = viewer.partnershipId ?? NOBODY;
    em.addFilter('ownPartnership', { partnership: partnershipId }, partnershipEntities);
    em.addFilter('ownPartnershipRow', { id: partnershipId }, [Partnership]);
  }
}
