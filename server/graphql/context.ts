import type { EntityManager } from '@mikro-orm/postgresql';
import { LoaderRegistry } from '../database/loaders';
import type { Reader } from '../database/direct-statement';
import type { Viewer } from '../access/viewer';
import type { TokenCache } from '../access/token-cache';
import type { Logger } from '../platform/logger';
import type { Payer, RateLimitInfo } from './limits/rate-limiter';
import type { RequestRecord } from './request-record';

/**
 * Everything one request needs: its own EntityManager, loaders and logger,
 * each made when first asked for. A read answered in one statement needs
 * none of them (it runs on `reader`): forking an EntityManager and a child
 * logger for it was 4.5 % of the server's CPU at concurrency 32
 * (bench/README.md). They are getters of the class, not own properties:
 * Apollo copies a context's own properties into a new object for each
 * operation, which would make them all.
 */
export class RequestContext {
  /** Set by the limits plugin once the request is charged. */
  rateLimit?: RateLimitInfo;
  /** The charge a request already paid before it came to Apollo (kept-answers.ts): the limits plugin takes it as its own. */
  prepaid?: RateLimitInfo;
  /** Operations and error codes, for the request's log line and metrics. */
  readonly record: RequestRecord = { operations: [], errorCodes: [] };
  /** One holder, which Apollo's copies share: a batch's operations use one fork and one set of loaders. */
  private readonly made: { em?: EntityManager; loaders?: LoaderRegistry; logger?: Logger } = {};

  constructor(
    private readonly fork: () => EntityManager,
    /** The pool and this request's statement count, for reads that need no EntityManager. */
    readonly reader: Reader,
    private readonly baseLogger: Logger,
    readonly requestId: string,
    /** The caller, or null when the request carries no token. */
    readonly viewer: Viewer | null,
    /** Now, as the app sees it (tests move it). */
    readonly clock: () => Date = () => new Date(),
    /** The peer's IP address: the rate limit's key without a token. */
    readonly clientAddress = 'unknown',
    /** Tokens recently authenticated by this process; a revocation empties it. */
    readonly tokenCache?: TokenCache,
  ) {}

  /** The request's own fork, whose statements count toward `reader.count`. */
  get em(): EntityManager {
    return (this.made.em ??= this.fork());
  }

  get loaders(): LoaderRegistry {
    return (this.made.loaders ??= new LoaderRegistry(() => this.em));
  }

  /** Who pays for the request: its token, or its client address without one. */
  get payer(): Payer {
    return { tokenId: this.viewer?.tokenId ?? null, clientAddress: this.clientAddress };
  }

  get logger(): Logger {
    return (this.made.logger ??= this.baseLogger.child({ requestId: this.requestId }));
  }
}
