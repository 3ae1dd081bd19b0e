import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { RecentlyUsed } from '../../platform/recently-used';
import { vietnamDate } from '../../platform/dates';
import type { RequestContext } from '../context';
import { RATE_LIMIT_HEADERS, rateLimitHeaders, type RateLimiter } from '../limits/rate-limiter';
import { recordCharge, type RequestRecord } from '../request-record';
import type { KeptStatement } from './kept-statements';
import { aroundRawJson } from './raw-json';
import { runKept } from './sql-read';

/**
 * Requests kept in all, the least recently used dropped first. Each holds
 * its key (at most MAX_REQUEST_KEY_CHARS) and a statement (a few KB): some
 * 20 MB at worst, beside the kept statements' own.
 */
export const MAX_KEPT_ANSWERS = 1_000;
/** A request whose body (its query text and variables, mostly) is longer is not kept. */
export const MAX_REQUEST_KEY_CHARS = 10_000;

/** What one request's answer is made of, once GraphQL has answered it from a kept statement. */
export interface KeptAnswer {
  statement: KeptStatement;
  operation: { name: string | null; type: string | null };
  /** What the limits plugin charged for it: the operation and its variables measure the same each time. */
  nodeCount: number;
  /** Apollo's headers, in its order; the rate limit's values are the caller's own each time. */
  headers: Array<[string, string]>;
  /** Apollo's body around the `data` (`{"data":` and `}` with its newline). */
  head: string;
  tail: string;
}

/** Everything an answer depends on besides the rows: the request as sent, the caller's role and the day. */
export interface RequestKey {
  text: string;
  today: string;
}

/** A request as the HTTP server read it: its body as sent, and parsed. */
export interface KeyedRequest {
  method: string;
  contentType: string | undefined;
  accept: string | undefined;
  bodyText: string | undefined;
  body: unknown;
  role: string | undefined;
}

export interface KeptResponse {
  status: number;
  headers: HeaderMap;
  /** The body: text where PostgreSQL built the answer whole, written out in one encoding. */
  body: string | Buffer;
}

const REQUEST_FIELDS = new Set(['query', 'operationName', 'variables']);

/**
 * Answers a request that GraphQL has answered before from one kept statement
 * (sql-read.ts), with the same role on the same day, without GraphQL: the
 * request is looked up, the caller charged what the limits plugin charged,
 * the statement run, and its JSON written where Apollo wrote it. Apollo's
 * pipeline (hashing and looking up the document, the plugins' hooks,
 * execution, serialising the result) was most of the CPU of such a request
 * (bench/README.md, "Kept answers").
 *
 * The key holds everything the answer depends on but the rows: the body as
 * sent (query, operation name and variables, JSON's spelling included: a
 * number too large for a double is refused by GraphQL and must stay so), the
 * Content-Type and Accept, the role and the day (sql-fields.ts: a read
 * depends on nothing else). Only a POST with no `extensions` is kept, and
 * only once Apollo answered it with status 200, no error, one operation
 * whose charge does not depend on rows, and a `data` that was the
 * statement's JSON whole. Whatever else happens (a spent budget, a statement
 * that fails or says the resolvers must answer) goes to Apollo as before,
 * charged once (`ctx.prepaid`).
 */
export class KeptAnswers {
  private readonly kept = new RecentlyUsed<string, KeptAnswer>(MAX_KEPT_ANSWERS);

  constructor(
    private readonly rateLimiter: RateLimiter,
    private readonly clock: () => Date,
  ) {}

  /** undefined: a request of a kind never kept (a GET, a batch, extensions, a long body). */
  keyOf(request: KeyedRequest): RequestKey | undefined {
    const { method, bodyText } = request;
    if (method !== 'POST' || bodyText === undefined || bodyText.length > MAX_REQUEST_KEY_CHARS || !isSingleOperation(request.body)) return undefined;
    const today = vietnamDate(this.clock());
    // No header holds a line break: only the body, last, may hold one.
    return { text: `${request.role ?? ''}\n${today}\n${request.contentType ?? ''}\n${request.accept ?? ''}\n${bodyText}`, today };
  }

  find(key: RequestKey): KeptAnswer | undefined {
    return this.kept.get(key.text);
  }

  /** The answer, or undefined: Apollo answers it (with `ctx.prepaid`, what it was charged here, if it was). */
  async answer(key: RequestKey, kept: KeptAnswer, ctx: RequestContext): Promise<KeptResponse | undefined> {
    let charged;
    try {
      charged = await this.rateLimiter.charge(ctx.payer, kept.nodeCount, ctx.reader.count);
    } catch (error) {
      // The limits plugin charges it again, and answers the failure as it answers every other.
      ctx.logger.warn({ err: error }, 'a kept answer could not be charged: GraphQL answers instead');
      return undefined;
    }
    // A spent budget is refused by the limits plugin, as every other: it takes this charge as its own.
    ctx.prepaid = charged;
    if (!charged.allowed) return undefined;
    let data: string | Buffer | undefined;
    try {
      data = await runKept(kept.statement, ctx.reader);
    } catch (error) {
      ctx.logger.warn({ err: error }, 'a kept answer failed: GraphQL answers instead');
    }
    if (data === undefined) {
      this.kept.delete(key.text);
      return undefined;
    }
    ctx.rateLimit = charged;
    recordCharge(ctx.record, charged.cost, charged.nodeCount);
    ctx.record.operations.push(kept.operation);
    const budget = new Map(rateLimitHeaders(charged));
    const headers = new HeaderMap(kept.headers.map(([name, value]) => [name, budget.get(name) ?? value]));
    const body = typeof data === 'string' ? kept.head + data + kept.tail : Buffer.concat([Buffer.from(kept.head), data, Buffer.from(kept.tail)]);
    return { status: 200, headers, body };
  }

  /** Keeps what Apollo answered under `key`, if it was answered from a kept statement whole. */
  keep(key: RequestKey, record: RequestRecord, response: HTTPGraphQLResponse): void {
    const { answeredBy, charge } = record;
    if (!answeredBy || answeredBy.today !== key.today || !charge || record.chargeVaries) return;
    if ((response.status ?? 200) !== 200 || response.body.kind !== 'complete' || record.operations.length !== 1 || record.errorCodes.length) return;
    // Every answer says where the caller's budget stands: a kept one too, with this caller's figures.
    for (const name of RATE_LIMIT_HEADERS) if (!response.headers.has(name)) return;
    const around = aroundRawJson(response.body.string);
    if (!around) return;
    this.kept.set(key.text, { statement: answeredBy.statement, operation: record.operations[0], nodeCount: charge.nodeCount, headers: [...response.headers], ...around });
  }
}

function isSingleOperation(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  for (const name of Object.keys(body)) if (!REQUEST_FIELDS.has(name)) return false;
  return typeof (body as { query?: unknown }).query === 'string';
}
