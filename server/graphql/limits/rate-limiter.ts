import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import type { Limits } from '../../platform/config';
import type { RateLimitState, RateLimitStore } from './rate-limit-store';
import type { SqlStatementCount } from '../../database/sql-statement-counter';

/** What `rateLimit` answers, and the X-RateLimit-* headers say. */
export interface RateLimitInfo extends RateLimitState {
  cost: number;
  nodeCount: number;
}

/** The most one request may be charged: QUERY_MAX_COST's highest setting, in points. */
const MAX_POINTS = 100_000;

/**
 * One point per 100 nodes, at least one per request (GitHub's rule). A count
 * that is not a number is charged the most: NaN in a bucket passes every
 * comparison for the rest of its window, and Infinity fails the SQL.
 */
export function pointsFor(nodeCount: number): number {
  if (!Number.isFinite(nodeCount)) return MAX_POINTS;
  return Math.min(MAX_POINTS, Math.max(1, Math.ceil(nodeCount / 100)));
}

/** Who pays: the token, or the client address for a request without one. */
export interface Payer {
  tokenId: number | null;
  clientAddress: string;
}

/**
 * Charges callers' budgets. Every request pays, refused ones too (at least one
 * point, a parse failure or a bad token as well): refusals must not be a free
 * way to make the server work.
 */
export class RateLimiter {
  constructor(
    private readonly limits: Pick<Limits, 'rateLimitPoints' | 'rateLimitWindowSeconds'>,
    private readonly store: RateLimitStore,
    private readonly clock: () => Date,
  ) {}

  /** `statements`: the request's count, which a store's SQL adds to. */
  async charge(payer: Payer, nodeCount: number, statements?: SqlStatementCount): Promise<RateLimitInfo> {
    const key = payer.tokenId !== null ? `token:${payer.tokenId}` : `address:${payer.clientAddress}`;
    const cost = pointsFor(nodeCount);
    const state = await this.store.consume(key, cost, this.limits.rateLimitPoints, this.limits.rateLimitWindowSeconds, this.clock(), statements);
    return { ...state, cost, nodeCount };
  }

  /** The 429 a caller gets once the window's budget is spent, as its parts. */
  exhaustedAnswer(info: RateLimitInfo): ExhaustedAnswer {
    const retryAfter = Math.max(1, Math.ceil((info.resetAt.getTime() - this.clock().getTime()) / 1000));
    return {
      status: 429,
      headers: [['retry-after', String(retryAfter)]],
      error: {
        message: `Rate limit exceeded: ${info.limit} points per ${this.limits.rateLimitWindowSeconds} s; the budget renews at ${info.resetAt.toISOString()}`,
        extensions: { code: 'RATE_LIMITED', limit: info.limit, resetAt: info.resetAt.toISOString() },
      },
    };
  }

  /** The same 429, to throw from a plugin. */
  exhausted(info: RateLimitInfo): GraphQLError {
    const { status, headers, error } = this.exhaustedAnswer(info);
    return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status, headers: new HeaderMap(headers) } } });
  }
}

export interface ExhaustedAnswer {
  status: number;
  headers: Array<[string, string]>;
  error: { message: string; extensions: Record<string, unknown> };
}

/** The headers every answer carries about the caller's budget: the caller's own each time. */
export const RATE_LIMIT_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-used', 'x-ratelimit-reset', 'x-query-cost'] as const;

export function rateLimitHeaders(info: RateLimitInfo): Array<[string, string]> {
  // In RATE_LIMIT_HEADERS' order.
  const values = [info.limit, info.remaining, info.used, Math.floor(info.resetAt.getTime() / 1000), info.cost];
  return RATE_LIMIT_HEADERS.map((name, i) => [name, String(values[i])]);
}
