import type { AuthCheckerFn } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../../errors/app-error.js';
import type { RequestContext } from '../../server/request-context.js';
import type { Role } from './role.js';

/**
 * The one place roles are enforced: every `@Authorized(...)` operation and field comes here.
 * Which county's rows a caller sees is the EntityManager's `tenant` filter (request-context.ts).
 */
export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw new ForbiddenError(`The ${viewer.role} role may not do this.`);
  }
  return true;
};
