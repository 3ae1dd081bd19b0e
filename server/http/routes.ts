import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthenticationFailure, type Viewer } from '../access/viewer';
import type { RequestContext } from '../graphql/context';
import { rateLimitHeaders, type RateLimiter } from '../graphql/limits/rate-limiter';
import type { Logger } from '../platform/logger';
import type { Metrics } from '../platform/metrics';
import { ConcurrencyLimit, LeftQueue, QueueFull } from './concurrency-limit';
import type { CorsPolicy } from './cors';
import { SqlStatementCount } from '../database/sql-statement-counter';
import { identify } from './trace-context';
import { HttpError } from './http-error';

/**
 * Plain HTTP endpoints a domain part adds beside /graphql (the exports). The
 * plumbing gives them what /graphql has: CORS, the request ID, the token,
 * the rate limit, a log line and the metrics; the part writes the answer.
 */
export interface HttpRoute {
  /** The exact path, e.g. "/export/analytics.csv". */
  path: string;
  /** Name in logs and metrics, as an operation name: e.g. "exportAnalyticsCsv". */
  name: string;
  /** Needs a token (any role), as the GraphQL fields it mirrors. */
  authenticated: boolean;
  /** Writes the answer; throws HttpError before writing anything to refuse. */
  handle(call: RouteCall): Promise<void>;
}

export interface RouteCall {
  url: URL;
  req: IncomingMessage;
  res: ServerResponse;
  context: RequestContext;
  /** Charges the caller for `nodeCount` rows (a point per 100), and sets the X-RateLimit-* headers; refuses with 429 once the budget is spent. */
  charge(nodeCount: number): Promise<void>;
  /** The answer's rows, for the log line. */
  rows: number;
  /** Set when the answer ends early: the client went away. */
  aborted: AbortSignal;
  /** QUERY_MAX_COST: the most rows a bounded answer may have, as for GraphQL. */
  maxCost: number;
}


export interface RouteServices {
  authenticate: (authorization: string | undefined, statements: SqlStatementCount) => Promise<Viewer | null>;
  createContext: (requestId: string, viewer: Viewer | null, clientAddress: string, statements: SqlStatementCount) => Promise<RequestContext>;
  rateLimiter: RateLimiter;
  logger: Logger;
  metrics: Metrics;
  cors: CorsPolicy;
  /** Long answers hold a database connection each: a few at a time, beside GraphQL's own limit. */
  concurrency: ConcurrencyLimit;
  maxCost: number;
}

/** What the log line says of one answer. */
interface RouteState {
  viewer?: Viewer | null;
  charge?: { cost: number; nodeCount: number };
  code?: string;
  statements: SqlStatementCount;
}

function errorBody(message: string, code: string, extensions: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
}

function refuse(res: ServerResponse, refusal: HttpError): void {
  res.statusCode = refusal.status;
  for (const [name, value] of refusal.headers) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(errorBody(refusal.message, refusal.code, refusal.extensions));
}

export async function serveRoute(services: RouteServices, route: HttpRoute, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'OPTIONS') {
    const answer = services.cors.preflight(req, res);
    if (answer.code) return refuse(res, new HttpError(answer.status, answer.code, answer.message!));
    res.statusCode = answer.status;
    return void res.end();
  }
  services.cors.decorate(req, res);
  const started = process.hrtime.bigint();
  const identity = identify(req);
  res.setHeader('X-Request-Id', identity.requestId);
  const clientAddress = req.socket.remoteAddress ?? 'unknown';
  const aborted = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) aborted.abort();
  });
  const state: RouteState = { statements: new SqlStatementCount() };
  // Read when logging, so that a cut or failed export logs the rows it had sent.
  let call: RouteCall | undefined;
  try {
    if (method !== 'GET' && method !== 'HEAD') {
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${method} is not supported here: use GET`, {}, [['Allow', 'GET, HEAD, OPTIONS']]);
    }
    const viewer = await authenticateOrRefuse(services, req, state.statements);
    state.viewer = viewer;
    if (route.authenticated && !viewer) {
      throw new HttpError(401, 'UNAUTHENTICATED', 'This export needs a token: send "Authorization: Bearer <token>"', {}, [['WWW-Authenticate', 'Bearer realm="graphql"']]);
    }
    const context = await services.createContext(identity.requestId, viewer, clientAddress, state.statements);
    const current: RouteCall = {
      url,
      req,
      res,
      context,
      rows: 0,
      aborted: aborted.signal,
      maxCost: services.maxCost,
      charge: async (nodeCount) => {
        const charged = await services.rateLimiter.charge({ tokenId: viewer?.tokenId ?? null, clientAddress }, nodeCount, state.statements);
        state.charge = charged;
        for (const [name, value] of rateLimitHeaders(charged)) res.setHeader(name, value);
        if (!charged.allowed) {
          const answer = services.rateLimiter.exhaustedAnswer(charged);
          throw new HttpError(answer.status, 'RATE_LIMITED', answer.error.message, {}, [...answer.headers]);
        }
      },
    };
    call = current;
    await services.concurrency.run(() => route.handle(current), aborted.signal);
  } catch (error) {
    await answerFailure(services, res, error, identity.requestId, state);
  } finally {
    log(services, route, res, identity.requestId, started, state, call?.rows ?? 0, aborted.signal.aborted);
  }
}

async function authenticateOrRefuse(services: RouteServices, req: IncomingMessage, statements: SqlStatementCount): Promise<Viewer | null> {
  const header = req.headers.authorization;
  try {
    return await services.authenticate(Array.isArray(header) ? header[0] : header, statements);
  } catch (error) {
    if (!(error instanceof AuthenticationFailure)) throw error;
    throw new HttpError(401, 'UNAUTHENTICATED', error.message, {}, [['WWW-Authenticate', 'Bearer realm="graphql"']]);
  }
}

async function answerFailure(services: RouteServices, res: ServerResponse, error: unknown, requestId: string, state: { code?: string }): Promise<void> {
  if (error instanceof LeftQueue) return void res.destroy(); // the client went away while it waited
  if (error instanceof QueueFull) {
    state.code = 'SERVER_BUSY';
    return refuse(res, new HttpError(503, 'SERVER_BUSY', `The server is busy (${error.message}): retry in a moment`, {}, [['Retry-After', '5']]));
  }
  if (error instanceof HttpError) {
    state.code = error.code;
    if (!res.headersSent) return refuse(res, error);
  } else {
    state.code = 'INTERNAL_SERVER_ERROR';
    services.logger.error({ err: error, requestId }, 'export failed');
    if (!res.headersSent) {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      return void res.end(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
    }
  }
  // Started already: the client sees a cut answer rather than a wrong one.
  res.destroy();
}

function log(
  services: RouteServices,
  route: HttpRoute,
  res: ServerResponse,
  requestId: string,
  started: bigint,
  state: RouteState,
  rows: number,
  aborted: boolean,
): void {
  const durationMs = Math.round((Number(process.hrtime.bigint() - started) / 1e6) * 10) / 10;
  const errorCodes = state.code ? [state.code] : [];
  services.logger.info(
    {
      requestId,
      method: res.req.method,
      route: route.name,
      status: res.statusCode,
      userId: state.viewer?.userId,
      role: state.viewer?.role,
      errorCodes: errorCodes.length ? errorCodes : undefined,
      cost: state.charge?.cost,
      nodeCount: state.charge?.nodeCount,
      rows,
      sqlStatements: state.statements.statements,
      aborted: aborted || undefined,
      durationMs,
    },
    'http request',
  );
  services.metrics.observe({ operation: route.name, status: res.statusCode, errorCodes, durationMs, sqlStatements: state.statements.statements });
}
