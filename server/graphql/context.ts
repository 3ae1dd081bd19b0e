import type { EntityManager } from '@mikro-orm/postgresql';
import { LoaderRegistry } from '../database/loaders';
import type { Viewer } from '../access/viewer';
import type { TokenCache } from '../access/token-cache';
import type { Logger } from '../platform/logger';
import type { RateLimitInfo } from './limits/rate-limiter';
import type { RequestRecord } from './request-record';

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
  /** The peer's IP address: the rate limit's key without a token. */
  clientAddress: string;
  /** Tokens recently authenticated by this process; a revocation empties it. */
  tokenCache?: TokenCache;
  /** Set by the limits plugin once the request is charged. */
  rateLimit?: RateLimitInfo;
  /** Operations and error codes, for the request's log line and metrics. */
  record: RequestRecord;
}

/** `em`: the request's own fork, used as it is. */
export function createRequestContext(
  em: EntityManager,
  logger: Logger,
  requestId: string,
  viewer: Viewer | null,
  clock: () => Date = () => new Date(),
  clientAddress = 'unknown',
  tokenCache?: TokenCache,
): RequestContext {
  return {
    em,
    loaders: new LoaderRegistry(em),
    logger: logger.child({ requestId }),
    requestId,
    viewer,
    clock,
    clientAddress,
    tokenCache,
    record: { operations: [], errorCodes: [] },
  };
}
