import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { forbidden, unauthenticated } from '../graphql/errors';
import type { ApiToken } from './api-token.entity';
import { Role } from './role';

/**
 * `@Authorized()` admits any authenticated caller; `@Authorized(Role.ADMIN, ...)`
 * only those roles. Ownership (a reporter's own body) is checked in services.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated('This needs an API token: send "Authorization: Bearer <token>"');
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw forbidden(`This needs the role ${roles.join(' or ')}; the token's user is ${viewer.role}`);
  }
  return true;
};

/** The user list is the ADMIN's; anyone else fetches only their own account by ID. */
export function assertMaySeeUser(context: RequestContext, userId: number): void {
  const viewer = context.viewer;
  if (viewer && viewer.role !== Role.ADMIN && viewer.userId !== userId) {
    throw forbidden('Only an ADMIN looks up other users by ID');
  }
}

/** A token is its owner's and the ADMIN's to see (its secret never: only a hash is kept). */
export function assertMaySeeToken(context: RequestContext, token: ApiToken): void {
  const viewer = context.viewer;
  if (viewer && viewer.role !== Role.ADMIN && viewer.userId !== token.user.id) {
    throw forbidden('Only its owner or an ADMIN sees an API token');
  }
}
