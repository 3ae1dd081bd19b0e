import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import { AuthenticationFailure, Viewer } from '../access/viewer';
import type { RequestContext } from '../graphql/context';
import { RequestFailure } from '../graphql/errors';
import { guardOperations, RequestRefusal } from '../graphql/limits/request-guard';
import { withRawJson } from '../graphql/sql-read/raw-json';
import type { KeptAnswers, KeptResponse, RequestKey } from '../graphql/sql-read/kept-answers';
import { rateLimitHeaders, type RateLimiter } from '../graphql/limits/rate-limiter';
import { SqlStatementCount } from '../database/sql-statement-counter';
import type { Limits } from '../platform/config';
import type { Logger } from '../platform/logger';
import { ConcurrencyLimit, LeftQueue, QueueFull } from './concurrency-limit';
import { graphiqlPage, loadGraphiqlAssets, StaticAsset } from './graphiql';
import type { Metrics } from '../platform/metrics';
import { CorsPolicy } from './cors';
import { identify, type RequestIdentity } from './trace-context';
import { serveRoute, type HttpRoute, type RouteServices } from './routes';
import { HttpError } from './http-error';

export const GRAPHQL_PATH = '/graphql';
/** Sent as `X-SQL-Statements: count`, it makes the response carry the request's number of SQL statements. */
export const SQL_STATEMENTS_HEADER = 'x-sql-statements';

export interface HttpServerOptions {
  apollo: ApolloServer<RequestContext>;
  /** Resolves the Authorization header to a caller; throws AuthenticationFailure for a bad token. */
  authenticate: (authorization: string | undefined, statements: SqlStatementCount) => Promise<Viewer | null>;
  /** `statements`: what the request's SQL statements are counted in, from authentication to the answer. */
  createContext: (requestId: string, viewer: Viewer | null, clientAddress: string, statements: SqlStatementCount) => Promise<RequestContext>;
  isReady: () => Promise<boolean>;
  logger: Logger;
  limits: Pick<Limits, 'maxBodyBytes' | 'maxBatchSize' | 'requestTimeoutMs' | 'maxTokens' | 'maxFragments'>;
  /** Charges refused requests as Apollo's plugin charges the others. */
  rateLimiter: RateLimiter;
  /** How many GraphQL requests execute at once, and how many may wait. */
  concurrency: ConcurrencyLimit;
  /** Work still running after its caller was answered REQUEST_TIMEOUT: shutdown waits for it. */
  abandoned: Set<Promise<unknown>>;
  metrics: Metrics;
  /** `GET /metrics` needs `Authorization: Bearer <it>` when set. */
  metricsToken?: string;
  cors: CorsPolicy;
  /** Endpoints the domain parts add (the exports), with what they share with /graphql. */
  routes: HttpRoute[];
  routeServices: RouteServices;
  /** Requests answered before from one kept statement, answered again without GraphQL. */
  keptAnswers?: KeptAnswers;
}


type GraphqlResponse = NonNullable<Awaited<ReturnType<ApolloServer<RequestContext>['executeHTTPGraphQLRequest']>>>;

/**
 * Node's own limits on receiving a request, a backstop behind the body's
 * deadline (readJsonBody): later, so that a slow body gets this server's
 * answer, with its headers; and for the requests whose body nothing reads.
 * Node checks them every `connectionsCheckingInterval` (30 s by default).
 */
function receiveTimeouts(limits: HttpServerOptions['limits']) {
  const requestTimeout = limits.requestTimeoutMs + 2_000;
  return { requestTimeout, headersTimeout: Math.min(requestTimeout, 60_000), connectionsCheckingInterval: 1_000 };
}

export interface HttpServer {
  server: Server;
  /** Stops listening, lets every response in flight be written whole, then closes the connections; all of them after `timeoutMs`. */
  stop(timeoutMs: number): Promise<void>;
}

/**
 * Plain node:http in front of Apollo: /graphql (GET and POST, GraphQL over
 * HTTP), GraphiQL from node_modules, and the probes an orchestrator needs.
 */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const assets = loadGraphiqlAssets();
  const responses = new Set<ServerResponse>();
  let stopping = false;
  const server = createServer(receiveTimeouts(options.limits), (req, res) => {
    responses.add(res);
    res.once('close', () => responses.delete(res));
    if (stopping) res.setHeader('Connection', 'close');
    const identity = identify(req);
    handle(options, assets, req, res, identity).catch((error: unknown) => {
      options.logger.error({ err: error, requestId: identity.requestId }, 'unhandled error in HTTP handler');
      if (!res.headersSent) sendJson(res, 500, graphqlError('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else res.destroy();
    });
  });
  return {
    server,
    stop(timeoutMs) {
      stopping = true;
      return drain(server, responses, timeoutMs);
    },
  };
}

/**
 * Node's server.close() also destroys the connections it counts idle, and it
 * counts one idle as soon as its response is ended, though megabytes of it
 * may still wait in the socket's buffer (a 4.7 MB answer was cut at 3.97 MB).
 * So listening stops only when no ended response is still being written, and
 * the idle connections are closed once every response in flight is written.
 * Each check and the close it allows run in one synchronous step: no
 * response can end in between.
 */
async function drain(server: Server, responses: Set<ServerResponse>, timeoutMs: number): Promise<void> {
  const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs).unref();
  for (const res of responses) if (!res.headersSent) res.setHeader('Connection', 'close');
  const writing = (which: (res: ServerResponse) => boolean) => [...responses].filter((res) => which(res) && !res.writableFinished);
  for (let ended = writing((res) => res.writableEnded); ended.length; ended = writing((res) => res.writableEnded)) await closeOf(ended);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  for (let all = writing(() => true); all.length; all = writing(() => true)) await closeOf(all);
  server.closeIdleConnections();
  await closed;
  clearTimeout(deadline);
}

function closeOf(responses: ServerResponse[]): Promise<unknown> {
  return Promise.all(responses.map((res) => new Promise((resolve) => res.once('close', resolve))));
}

/** The request target as a URL; undefined for one that is not (`GET http://[/graphql`, a port past 65535). */
function targetOf(req: IncomingMessage): URL | undefined {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return undefined;
  }
}

async function handle(
  options: HttpServerOptions,
  assets: Map<string, StaticAsset>,
  req: IncomingMessage,
  res: ServerResponse,
  identity: RequestIdentity,
): Promise<void> {
  const url = targetOf(req);
  if (!url) return sendJson(res, 400, graphqlError(`The request target is not a valid URL: ${JSON.stringify(req.url?.slice(0, 200))}`, 'BAD_REQUEST'));
  const method = (req.method ?? 'GET').toUpperCase();
  if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
  if (url.pathname === '/metrics' && method === 'GET') return sendMetrics(options, req, res);
  if (url.pathname === '/readyz') {
    const ready = await options.isReady().catch(() => false);
    return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
  }
  const asset = assets.get(url.pathname);
  if (asset && method === 'GET') return send(res, 200, asset.type, asset.body, 'public, max-age=86400');
  const wantsPage = method === 'GET' && !url.searchParams.has('query') && accepts(req, 'text/html');
  if ((url.pathname === '/' || url.pathname === '/graphiql' || url.pathname === GRAPHQL_PATH) && wantsPage) {
    return send(res, 200, 'text/html; charset=utf-8', graphiqlPage(GRAPHQL_PATH));
  }
  const route = options.routes.find((r) => r.path === url.pathname);
  if (route) return serveRoute(options.routeServices, route, req, res, url);
  if (url.pathname !== GRAPHQL_PATH) {
    return sendJson(res, 404, graphqlError(`No route ${url.pathname}: the API is at ${GRAPHQL_PATH}`, 'NOT_FOUND'));
  }
  if (method === 'OPTIONS') {
    const answer = options.cors.preflight(req, res);
    if (answer.code) return sendJson(res, answer.status, graphqlError(answer.message!, answer.code));
    res.statusCode = answer.status;
    return void res.end();
  }
  options.cors.decorate(req, res);
  if (method !== 'GET' && method !== 'POST') {
    res.setHeader('Allow', 'GET, POST, OPTIONS');
    return sendJson(res, 405, graphqlError(`${method} is not supported: use GET or POST`, 'METHOD_NOT_ALLOWED'));
  }
  await executeGraphql(options, req, res, url, method, identity);
}

/** What the log line and the metrics say of one request once it is answered. */
interface Outcome {
  viewer?: Viewer | null;
  context?: RequestContext;
  /** The charge of a request refused before GraphQL ran. */
  charge?: { cost: number; nodeCount: number };
  refusalCode?: string;
  statements: SqlStatementCount;
  /** Answered from a kept statement, without GraphQL (kept-answers.ts). */
  kept?: boolean;
}

async function executeGraphql(
  options: HttpServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  method: string,
  identity: RequestIdentity,
): Promise<void> {
  const started = process.hrtime.bigint();
  const { requestId } = identity;
  res.setHeader('X-Request-Id', requestId);
  if (identity.spanId) res.setHeader('traceresponse', `00-${identity.traceId}-${identity.spanId}-${identity.traceFlags}`);
  const outcome: Outcome = { statements: new SqlStatementCount() };
  const finish = () => logAndObserve(options, req, res, method, identity, started, outcome);
  // Before the body: once a read is abandoned, Node may have let go of the socket.
  const clientAddress = req.socket.remoteAddress ?? 'unknown';
  let body: unknown;
  let bodyText: string | undefined;
  let refusal: HttpError | undefined;
  try {
    if (method === 'POST') ({ text: bodyText, json: body } = await readJsonBody(req, options.limits));
    checkBatch(body, options.limits.maxBatchSize);
    guardOperations(operationsOf(method, body, url), options.limits);
  } catch (error) {
    if (error instanceof ClientGone) {
      // Not the server's failure, and anyone can cause it: no error in the log.
      res.statusCode = CLIENT_CLOSED_REQUEST;
      outcome.refusalCode = 'CLIENT_CLOSED_REQUEST';
      return finish();
    }
    if (error instanceof RequestRefusal) refusal = new HttpError(400, error.code, error.message, error.extensions);
    else if (error instanceof HttpError) refusal = error;
    else throw error;
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers: toHeaderMap(req), search: url.search, body };
  const run = async (): Promise<GraphqlResponse | KeptResponse> => {
    let viewer: Viewer | null;
    try {
      viewer = await options.authenticate(headerValue(req, 'authorization'), outcome.statements);
    } catch (error) {
      if (!(error instanceof AuthenticationFailure)) throw error;
      // As GitHub answers a bad token: 401 for the whole request, never a silent anonymous read.
      return refused(options, outcome, { tokenId: null, clientAddress }, new HttpError(401, 'UNAUTHENTICATED', error.message, {}, [['www-authenticate', 'Bearer realm="graphql"']]));
    }
    outcome.viewer = viewer;
    if (refusal) return refused(options, outcome, { tokenId: viewer?.tokenId ?? null, clientAddress }, refusal);
    const createContext = async () => (outcome.context = await options.createContext(requestId, viewer, clientAddress, outcome.statements));
    const key = options.keptAnswers?.keyOf({ method, contentType: headerValue(req, 'content-type'), accept: headerValue(req, 'accept'), bodyText, body, role: viewer?.role });
    const kept = key && (await answerKept(options.keptAnswers!, key, createContext));
    if (kept) {
      outcome.kept = true;
      return kept;
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => {
        try {
          return outcome.context ?? (await createContext());
        } catch (error) {
          // Apollo hands this to the error formatter alone, which has no request: it carries its ID there.
          throw new RequestFailure(requestId, error);
        }
      },
    });
    if (key && outcome.context) options.keptAnswers!.keep(key, outcome.context.record, response);
    return response;
  };
  let abandon: AbortController | undefined;
  const execution = options.concurrency.run(run, () => (abandon = new AbortController()).signal);
  let response;
  try {
    response = await withinTime(execution, options.limits.requestTimeoutMs);
  } catch (error) {
    if (!(error instanceof QueueFull)) throw error;
    res.setHeader('Retry-After', '1');
    outcome.refusalCode = 'SERVER_BUSY';
    sendJson(res, 503, graphqlError(`The server is busy (${error.message}): retry in a moment`, 'SERVER_BUSY'));
    return finish();
  }
  if (response === 'timeout') {
    // Still queued: it never runs. Running: it goes on until its SQL statements end
    // (statement_timeout bounds each), and the caller is answered now.
    abandon?.abort();
    const settled = execution
      .catch((error: unknown) => {
        if (!(error instanceof LeftQueue)) options.logger.error({ err: error, requestId }, 'request failed after its timeout');
      })
      .finally(() => options.abandoned.delete(settled));
    options.abandoned.add(settled);
    outcome.refusalCode = 'REQUEST_TIMEOUT';
    sendJson(res, 503, graphqlError(`The request took longer than ${options.limits.requestTimeoutMs} ms`, 'REQUEST_TIMEOUT'));
    return finish();
  }
  res.statusCode = response.status ?? 200;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  // How many SQL statements the request ran: the number loaders keep independent of result size.
  if (headerValue(req, SQL_STATEMENTS_HEADER) === 'count') res.setHeader(SQL_STATEMENTS_HEADER, String(outcome.statements.statements));
  const written = response.body;
  if (typeof written === 'string' || Buffer.isBuffer(written)) res.end(written);
  else if (written.kind === 'complete') {
    res.end(withRawJson(written.string));
  } else {
    for await (const chunk of written.asyncIterator) res.write(chunk);
    res.end();
  }
  finish();
}

/**
 * One JSON line per request: who asked (user and role, never the token), what
 * (operations), how it went (status, error codes), what it cost (points,
 * nodes, SQL statements, time). The same facts go to /metrics.
 */
function logAndObserve(
  options: HttpServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  identity: RequestIdentity,
  started: bigint,
  outcome: Outcome,
): void {
  const durationMs = Math.round((Number(process.hrtime.bigint() - started) / 1e6) * 10) / 10;
  const record = outcome.context?.record;
  const errorCodes = [...(record?.errorCodes ?? []), ...(outcome.refusalCode ? [outcome.refusalCode] : [])];
  const charge = record?.charge ?? outcome.charge;
  const operations = record?.operations ?? [];
  const viewer = outcome.viewer ?? null;
  // The line's object is built only when it is written: under load, at warn, it was 1-2 % of the CPU.
  if (options.logger.isLevelEnabled('info')) {
    options.logger.info(
      {
        requestId: identity.requestId,
        ...(identity.traceId ? { traceId: identity.traceId, parentSpanId: identity.parentSpanId, spanId: identity.spanId } : {}),
        method,
        status: res.statusCode,
        operationName: operations.length === 1 ? (operations[0].name ?? undefined) : undefined,
        operationType: operations.length === 1 ? (operations[0].type ?? undefined) : undefined,
        ...(operations.length > 1 ? { operations } : {}),
        userId: viewer?.userId,
        role: viewer?.role,
        errorCodes: errorCodes.length ? [...new Set(errorCodes)] : undefined,
        cost: charge?.cost,
        nodeCount: charge?.nodeCount,
        sqlStatements: outcome.statements.statements,
        kept: outcome.kept,
        durationMs,
      },
      'graphql request',
    );
  }
  const names = operations.map((o) => o.name).filter((name): name is string => !!name);
  options.metrics.observe({ operation: names.length === 1 ? names[0] : null, status: res.statusCode, errorCodes, durationMs, sqlStatements: outcome.statements.statements, kept: outcome.kept });
}

/** Prometheus text format; behind METRICS_TOKEN when it is set. */
async function sendMetrics(options: HttpServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (options.metricsToken && headerValue(req, 'authorization') !== `Bearer ${options.metricsToken}`) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
    return sendJson(res, 401, graphqlError('The metrics need "Authorization: Bearer <METRICS_TOKEN>"', 'UNAUTHENTICATED'));
  }
  send(res, 200, options.metrics.registry.contentType, await options.metrics.registry.metrics());
}

/**
 * The kept answer to the request under `key`, or undefined: Apollo answers
 * it, on the context made here if one was (a charge it already paid on it).
 */
async function answerKept(keptAnswers: KeptAnswers, key: RequestKey, createContext: () => Promise<RequestContext>): Promise<KeptResponse | undefined> {
  const kept = keptAnswers.find(key);
  if (!kept) return undefined;
  let context: RequestContext;
  try {
    context = await createContext();
  } catch {
    // Apollo makes it again, and answers the failure as it answers every other (RequestFailure).
    return undefined;
  }
  return keptAnswers.answer(key, kept, context);
}

/** The operations a request carries, as Apollo will read them: a batch's entries, one body, or the URL's parameters. */
function operationsOf(method: string, body: unknown, url: URL): unknown[] {
  if (method === 'POST') return Array.isArray(body) ? body : [body];
  const parameter = (name: string) => {
    const value = url.searchParams.get(name);
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return undefined; // Apollo answers malformed JSON in a parameter itself
    }
  };
  return [{ query: url.searchParams.get('query') ?? undefined, operationName: url.searchParams.get('operationName') ?? undefined, variables: parameter('variables'), extensions: parameter('extensions') }];
}

/** A request refused before GraphQL ran: it pays one point, and says where its budget stands, as every answer does. */
async function refused(
  options: HttpServerOptions,
  outcome: Outcome,
  payer: { tokenId: number | null; clientAddress: string },
  refusal: HttpError,
): Promise<GraphqlResponse> {
  const charge = await options.rateLimiter.charge(payer, 0, outcome.statements);
  outcome.charge = charge;
  outcome.refusalCode = charge.allowed ? refusal.code : 'RATE_LIMITED';
  const headers = new HeaderMap([['content-type', 'application/json; charset=utf-8'], ['cache-control', 'no-store'], ...refusal.headers]);
  let status = refusal.status;
  let error: { message: string; extensions: Record<string, unknown> } = { message: refusal.message, extensions: { code: refusal.code, ...refusal.extensions } };
  if (!charge.allowed) {
    const exhausted = options.rateLimiter.exhaustedAnswer(charge);
    ({ status, error } = exhausted);
    for (const [name, value] of exhausted.headers) headers.set(name, value);
  }
  for (const [name, value] of rateLimitHeaders(charge)) headers.set(name, value);
  return { status, headers, body: { kind: 'complete', string: JSON.stringify({ errors: [error] }) } };
}

/** The client closed the connection before its request was read: nobody to answer. */
class ClientGone extends Error {}

/** nginx's status for a request its client gave up on; never sent, only logged and counted. */
const CLIENT_CLOSED_REQUEST = 499;

/** The body as sent (what a kept answer is found by), and its JSON. */
async function readJsonBody(req: IncomingMessage, limits: HttpServerOptions['limits']): Promise<{ text: string; json: unknown }> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limits.maxBodyBytes) throw tooLarge(limits.maxBodyBytes);
  const text = (await readBody(req, limits)).toString('utf8');
  const contentType = headerValue(req, 'content-type') ?? '';
  if (!/^application\/(graphql-response\+)?json/i.test(contentType)) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'POST bodies must be JSON with Content-Type: application/json');
  }
  if (text.trim() === '') throw new HttpError(400, 'BAD_REQUEST', 'The request body is empty: send {"query": "..."}');
  try {
    return { text, json: JSON.parse(text) };
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON');
  }
}

async function withinTime<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A batch is a JSON array of operations: each is charged, and there may be only so many. */
function checkBatch(body: unknown, maxBatchSize: number): void {
  if (!Array.isArray(body)) return;
  if (body.length === 0) throw new HttpError(400, 'BAD_REQUEST', 'An empty batch: send at least one operation');
  if (body.length > maxBatchSize) {
    throw new HttpError(400, 'BATCH_TOO_LARGE', `The batch holds ${body.length} operations; at most ${maxBatchSize} are allowed`);
  }
}

/**
 * The body, up to MAX_BODY_BYTES and within REQUEST_TIMEOUT_MS. Past either,
 * the rest is read and dropped rather than the socket destroyed, so that the
 * client can read the refusal; `Connection: close` then ends the connection.
 */
function readBody(req: IncomingMessage, limits: HttpServerOptions['limits']): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (error?: Error) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
      if (!error) return resolve(Buffer.concat(chunks));
      if (error instanceof HttpError) req.resume();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBodyBytes) settle(tooLarge(limits.maxBodyBytes));
      else chunks.push(chunk);
    };
    const onEnd = () => settle();
    const onGone = () => settle(new ClientGone());
    const timer = setTimeout(
      () => settle(new HttpError(408, 'REQUEST_TIMEOUT', `The request body did not arrive within ${limits.requestTimeoutMs} ms`, {}, [['connection', 'close']])),
      limits.requestTimeoutMs,
    );
    req.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onGone);
  });
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes} bytes`, {}, [['connection', 'close']]);
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function accepts(req: IncomingMessage, type: string): boolean {
  return (headerValue(req, 'accept') ?? '').includes(type);
}

function graphqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cacheControl = 'no-store'): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', cacheControl);
  res.end(body);
}
