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

export function graphqlErrorFor(errors: GraphqlErrorEntry[], status: number, data: unknown): GraphqlError {
  const code = errors[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || status === 401) return new AuthenticationError(errors, status, data);
  if (code === 'FORBIDDEN') return new ForbiddenError(errors, status, data);
  return new GraphqlError(errors, status, data);
}
