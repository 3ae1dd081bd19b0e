import type { EntityManager } from '@mikro-orm/postgresql';
import { LoaderRegistry } from '../database/loaders';
import type { Viewer } from '../access/viewer';
import type { Logger } from '../platform/logger';

/** Everything one request needs: its own EntityManager and its own loaders. */
export interface RequestContext {
  em: EntityManager;
  loaders: LoaderRegistry;
  logger: Logger;
  requestId: string;
  /** The caller, or null when the request carries no token. */
  viewer: Viewer | null;
  /** Now, as the app sees it (tests move it). */
  clock: () => Date;
}

export function createRequestContext(
  rootEm: EntityManager,
  logger: Logger,
  requestId: string,
  viewer: Viewer | null,
  clock: () => Date = () => new Date(),
): RequestContext {
  const em = rootEm.fork();
  return { em, loaders: new LoaderRegistry(em), logger: logger.child({ requestId }), requestId, viewer, clock };
}
