import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, UnauthenticatedError } from '../errors/app-error.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { RequestContext } from '../server/request-context.js';

/** What a service needs of a request: the scoped EntityManager and who is asking. */
export interface ServiceContext {
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string | null;
}

/** The ServiceContext of a request (server/server.ts gives it to the request's container). */
export function serviceContext(
  ctx: Pick<RequestContext, 'em' | 'viewer' | 'requestId'>,
): ServiceContext {
  return { em: ctx.em, viewer: ctx.viewer, requestId: ctx.requestId };
}

/** The viewer's county id; the authChecker already refused callers without one. */
export function viewerCountyId(viewer: Viewer | null): string {
  if (!viewer) throw new UnauthenticatedError();
  if (!viewer.county) throw new ForbiddenError('This needs a county-bound role.');
  return viewer.county.id;
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}
