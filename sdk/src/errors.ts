/** One entry of a GraphQL response's `errors`. */
export interface GraphqlErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/** The request never got a GraphQL answer: network failure, timeout, or an HTTP error without a GraphQL body. */
export class TransportError extends Error {
  override readonly name: string = 'TransportError';

  constructor(
    message: string,
    /** HTTP status, when the server answered at all. */
    readonly status?: number,
    /** From `Retry-After`, when the server sent one. */
    readonly retryAfterMs?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The server answered with `errors`: `code` is the first error's
 * `extensions.code` (e.g. UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT).
 * Problems with a mutation's input are not thrown: they come back in its
 * payload's `userErrors`.
 */
export class GraphqlError extends Error {
  override readonly name: string = 'GraphqlError';
  readonly code: string | undefined;

  constructor(
    readonly errors: GraphqlErrorEntry[],
    readonly status: number,
    /** Whatever data came with the errors (partial results). */
    readonly data: unknown = null,
  ) {
    super(errors.map((e) => e.message).join('; ') || `GraphQL error (HTTP ${status})`);
    this.code = errors[0]?.extensions?.code;
  }
}

/** The token is missing, unknown, expired or revoked (HTTP 401, or `UNAUTHENTICATED`). */
export class AuthenticationError extends GraphqlError {
  override readonly name: string = 'AuthenticationError';
}

/** The token's user may not do this (`FORBIDDEN`). */
export class ForbiddenError extends GraphqlError {
  override readonly name: string = 'ForbiddenError';
}

/**
 * The caller's budget is spent (HTTP 429, `RATE_LIMITED`). The client retries
 * only when the wait is within `maxRetryWaitMs`; otherwise this is thrown at
 * once, with when to come back.
 */
export class RateLimitedError extends GraphqlError {
  override readonly name: string = 'RateLimitedError';
  /** When the budget renews (the error's `extensions.resetAt`). */
  readonly resetAt: Date | undefined;

  constructor(
    errors: GraphqlErrorEntry[],
    status: number,
    data: unknown,
    /** From `Retry-After`: how long to wait before the next request. */
    readonly retryAfterMs: number | undefined,
  ) {
    super(errors, status, data);
    const resetAt = errors[0]?.extensions?.resetAt;
    this.resetAt = typeof resetAt === 'string' && !Number.isNaN(Date.parse(resetAt)) ? new Date(resetAt) : undefined;
  }
}

export function graphqlErrorFor(errors: GraphqlErrorEntry[], status: number, data: unknown, retryAfterMs?: number): GraphqlError {
  const code = errors[0]?.extensions?.code;
  if (code === 'RATE_LIMITED' || status === 429) return new RateLimitedError(errors, status, data, retryAfterMs);
  if (code === 'UNAUTHENTICATED' || status === 401) return new AuthenticationError(errors, status, data);
  if (code === 'FORBIDDEN') return new ForbiddenError(errors, status, data);
  return new GraphqlError(errors, status, data);
}
