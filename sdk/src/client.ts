import { GraphqlError, graphqlErrorFor, GraphqlErrorEntry, RateLimitedError, TransportError } from './errors.js';

export interface ClientOptions {
  /** The API's GraphQL endpoint, e.g. "http://127.0.0.1:4000/graphql". */
  url: string;
  /** A personal API token; sent as "Authorization: Bearer <token>". */
  token?: string;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** A fetch implementation; the platform's `fetch` by default (Node 20+, browsers). */
  fetch?: typeof fetch;
  /** Per attempt; 30 000 by default. */
  timeoutMs?: number;
  /** Further attempts after a failure that may pass on retry; 2 by default. */
  retries?: number;
  /** First backoff delay, doubled on each retry (with jitter); 300 by default. */
  retryDelayMs?: number;
  /**
   * The longest the client sleeps before a retry, 5 000 by default. When the
   * server asks for a longer wait (`Retry-After` on a 429 or 503), the error
   * is thrown at once instead: a RateLimitedError says when to come back.
   */
  maxRetryWaitMs?: number;
}

export interface RequestOptions {
  operationName?: string;
  /** Queries are retried; mutations only when they carry an `input.clientMutationId` (they apply once). */
  kind?: 'query' | 'mutation';
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface PaginateOptions extends Omit<RequestOptions, 'kind'> {
  /** Items per request, 1-100; 100 by default. */
  pageSize?: number;
}

interface Connection<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

const RETRYABLE_STATUSES = new Set([502, 503, 504]);
const DEFAULT_MAX_RETRY_WAIT_MS = 5_000;

/** A small GraphQL-over-HTTP client: no dependencies, no Node-only imports. */
export class GraphqlClient {
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ClientOptions) {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (!fetchImpl) throw new Error('No fetch available: pass `fetch` to createClient (Node 20+ and browsers have one)');
    this.fetchImpl = fetchImpl.bind(globalThis);
  }

  async request<R, V>(query: string, variables?: V, options: RequestOptions = {}): Promise<R> {
    const retries = this.mayRetry(variables, options) ? (this.options.retries ?? 2) : 0;
    return this.withRetries(retries, options.signal, () => this.attempt<R, V>(query, variables, options));
  }

  /**
   * GET a file the API serves beside GraphQL (`path` relative to the GraphQL
   * endpoint's folder, e.g. "export/analytics.csv"), with the token, retried
   * like a query. The response is returned once its status is 200, unread;
   * a refusal throws the typed error its code calls for.
   */
  async download(path: string, parameters: URLSearchParams, options: Omit<RequestOptions, 'kind' | 'operationName'> = {}): Promise<Response> {
    const url = new URL(path, this.options.url);
    url.search = parameters.toString();
    return this.withRetries(this.options.retries ?? 2, options.signal, async () => {
      let response: Response;
      try {
        const { 'content-type': _json, accept: _accept, ...headers } = this.headers(options);
        response = await this.fetchImpl(url, { method: 'GET', headers, signal: options.signal });
      } catch (error) {
        throw new TransportError(`Request to ${url} ${options.signal?.aborted ? 'aborted' : 'failed'}`, undefined, undefined, { cause: error });
      }
      if (response.status === 200) return response;
      return this.read<never>(response);
    });
  }

  private async withRetries<T>(retries: number, signal: AbortSignal | undefined, attempt: () => Promise<T>): Promise<T> {
    for (let done = 0; ; done++) {
      try {
        return await attempt();
      } catch (error) {
        if (done >= retries || !isRetryable(error) || signal?.aborted) throw error;
        const wait = this.backoff(done, error);
        if (wait > (this.options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS)) throw error;
        await sleep(wait, signal);
      }
    }
  }

  /** Every node of a connection, page after page, following `pageInfo.endCursor`. */
  async *paginate<R, V, N>(
    query: string,
    variables: Omit<V, 'first' | 'after'>,
    select: (data: R) => Connection<N> | null | undefined,
    options: PaginateOptions = {},
  ): AsyncGenerator<N, void, undefined> {
    const { pageSize = 100, ...requestOptions } = options;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) throw new RangeError('pageSize must be a whole number from 1 to 100');
    let after: string | null | undefined;
    for (;;) {
      const data = await this.request<R, V>(query, { ...variables, first: pageSize, after } as V, { ...requestOptions, kind: 'query' });
      const page = select(data);
      if (!page) return;
      yield* page.nodes;
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }

  private mayRetry(variables: unknown, options: RequestOptions): boolean {
    if (options.kind !== 'mutation') return true;
    const input = (variables as { input?: { clientMutationId?: unknown } } | undefined)?.input;
    return typeof input?.clientMutationId === 'string';
  }

  private backoff(attempt: number, error: unknown): number {
    const retryAfter = error instanceof TransportError || error instanceof RateLimitedError ? error.retryAfterMs : undefined;
    if (retryAfter !== undefined) return retryAfter;
    const base = (this.options.retryDelayMs ?? 300) * 2 ** attempt;
    return base / 2 + Math.random() * (base / 2);
  }

  private async attempt<R, V>(query: string, variables: V | undefined, options: RequestOptions): Promise<R> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.options.timeoutMs ?? 30_000);
    const onAbort = () => timeout.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    try {
      response = await this.fetchImpl(this.options.url, {
        method: 'POST',
        headers: this.headers(options),
        body: JSON.stringify({ query, variables: variables ?? {}, operationName: options.operationName }),
        signal: timeout.signal,
      });
      return await this.read<R>(response);
    } catch (error) {
      if (error instanceof TransportError || error instanceof GraphqlError) throw error;
      const reason = options.signal?.aborted ? 'aborted' : timeout.signal.aborted ? `timed out after ${this.options.timeoutMs ?? 30_000} ms` : 'failed';
      throw new TransportError(`Request to ${this.options.url} ${reason}`, undefined, undefined, { cause: error });
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  private headers(options: RequestOptions): Record<string, string> {
    return {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
      ...this.options.headers,
      ...options.headers,
    };
  }

  private async read<R>(response: Response): Promise<R> {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    let body: { data?: R | null; errors?: GraphqlErrorEntry[] } | undefined;
    try {
      body = (await response.json()) as typeof body;
    } catch {
      body = undefined;
    }
    if (response.status === 429) {
      const errors = body?.errors?.length ? body.errors : [{ message: `HTTP 429 from ${this.options.url}`, extensions: { code: 'RATE_LIMITED' } }];
      throw new RateLimitedError(errors, 429, body?.data ?? null, retryAfterMs);
    }
    if (RETRYABLE_STATUSES.has(response.status)) {
      throw new TransportError(`HTTP ${response.status} from ${this.options.url}`, response.status, retryAfterMs);
    }
    if (body?.errors?.length) throw graphqlErrorFor(body.errors, response.status, body.data ?? null, retryAfterMs);
    if (!response.ok || !body || body.data == null) {
      throw new TransportError(`HTTP ${response.status} from ${this.options.url} without a GraphQL result`, response.status, retryAfterMs);
    }
    return body.data;
  }
}

function isRetryable(error: unknown): boolean {
  if (error instanceof RateLimitedError) return true;
  if (!(error instanceof TransportError)) return false;
  return error.status === undefined || RETRYABLE_STATUSES.has(error.status);
}

/** Seconds or an HTTP date, as RFC 9110 allows. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason ?? new Error('aborted'));
    }, { once: true });
  });
}
