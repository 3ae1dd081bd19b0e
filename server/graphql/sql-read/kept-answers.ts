import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { RecentlyUsed } from '../../platform/recently-used';
import { vietnamDate } from '../../platform/dates';
import type { RequestContext } from '../context';
import { RATE_LIMIT_HEADERS, rateLimitHeaders, type RateLimiter } from '../limits/rate-limiter';
import { recordCharge, type RequestRecord } from '../request-record';
import type { KeptStatement } from './kept-statements';
import { aroundRawJson } from './raw-json';
import { runKept } from './sql-read';

/** Requests kept in all, the least recently used dropped first: a key is at most MAX_KEY_CHARS, a few MB in all. */
export const MAX_KEPT_ANSWERS = 1_000;
/** A request whose key (its query text and variables' JSON, mostly) is longer is not kept. */
export const MAX_KEY_CHARS = 10_000;

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

/** A request as the HTTP server read it. */
export interface KeyedRequest {
  method: string;
  contentType: string | undefined;
  accept: string | undefined;
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
 * request text is looked up, the caller charged what the limits plugin
 * charged, the statement run, and its bytes written where Apollo wrote them.
 * Apollo's pipeline (hashing and looking up the document, the plugins' hooks,
 * execution, serialising the result) was most of the CPU of such a request
 * (bench/README.md, "Kept answers").
 *
 * The key holds everything the answer depends on but the rows: the method,
 * Content-Type and Accept, the query text, operation name and variables as
 * sent, the role and the day (sql-fields.ts: a read depends on nothing
 * else). Only a request Apollo answered with status 200, no error, one
 * operation whose charge does not depend on rows, and a `data` that was the
 * statement's bytes whole is kept. Whatever else happens (a spent budget, a
 * statement that fails or says the resolvers must answer) goes to Apollo as
 * before, charged once.
 */
export class KeptAnswers {
  private readonly kept = new RecentlyUsed<string, KeptAnswer>(MAX_KEPT_ANSWERS);

  constructor(
    private readonly rateLimiter: RateLimiter,
    private readonly clock: () => Date,
  ) {}

  /** undefined: a request of a kind never kept (a GET, a batch, extensions, a long text). */
  keyOf(request: KeyedRequest): RequestKey | undefined {
    const { method, body } = request;
    if (method !== 'POST' || !isSingleOperation(body)) return undefined;
    const today = vietnamDate(this.clock());
    // No header holds a line break, and JSON writes one escaped: only the query, last, may hold one.
    const text = [request.role ?? '', today, request.contentType ?? '', request.accept ?? '', JSON.stringify(body.operationName ?? null), JSON.stringify(body.variables ?? null), body.query].join('\n');
    return text.length > MAX_KEY_CHARS ? undefined : { text, today };
  }

  find(key: RequestKey): KeptAnswer | undefined {
    return this.kept.get(key.text);
  }

  /** The answer, or undefined: Apollo answers it (and `ctx.prepaid` holds what it was charged, if it was). */
  async answer(key: RequestKey, kept: KeptAnswer, ctx: RequestContext): Promise<KeptResponse | undefined> {
    const charged = await this.rateLimiter.charge({ tokenId: ctx.viewer?.tokenId ?? null, clientAddress: ctx.clientAddress }, kept.nodeCount, ctx.reader.count);
    // A spent budget is refused by the limits plugin, as every other: it takes this charge as its own.
    if (!charged.allowed) return void (ctx.prepaid = charged);
    let data: string | Buffer | undefined;
    try {
      data = await runKept(kept.statement, ctx.reader);
    } catch (error) {
      ctx.logger.warn({ err: error }, 'a kept answer failed: GraphQL answers instead');
    }
    if (data === undefined) {
      this.kept.delete(key.text);
      return void (ctx.prepaid = charged);
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
    const around = aroundRawJson(response.body.string);
    if (!around) return;
    const headers = [...response.headers];
    // Every answer says where the caller's budget stands: a kept one too, with this caller's figures.
    if (![...RATE_LIMIT_HEADERS].every((name) => response.headers.has(name))) return;
    this.kept.set(key.text, { statement: answeredBy.statement, operation: record.operations[0], nodeCount: charge.nodeCount, headers, ...around });
  }

  get size(): number {
    return this.kept.size;
  }
}

function isSingleOperation(body: unknown): body is { query: string; operationName?: unknown; variables?: unknown } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  for (const name of Object.keys(body)) if (!REQUEST_FIELDS.has(name)) return false;
  return typeof (body as { query?: unknown }).query === 'string';
}
