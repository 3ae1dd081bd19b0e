import { GraphQLError } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Limits } from '../../platform/config';
import type { RequestContext } from '../context';
import { measureOperation, QueryMeasure } from './query-measure';
import type { RateLimitState, RateLimitStore } from './rate-limit-store';

/** One point per 100 nodes, at least one per request (GitHub's rule). */
export function pointsFor(cost: number): number {
  return Math.max(1, Math.ceil(cost / 100));
}

/** What `rateLimit` answers, and the X-RateLimit-* headers say. */
export interface RateLimitInfo extends RateLimitState {
  cost: number;
  nodeCount: number;
}

function refuse(message: string, code: string, extensions: Record<string, unknown>, status = 400, headers?: HeaderMap): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status, headers: headers ?? new HeaderMap() } } });
}

function checkShape(measure: QueryMeasure, limits: Limits): void {
  if (measure.depth > limits.maxDepth) {
    throw refuse(`The query is ${measure.depth} levels deep; at most ${limits.maxDepth} are allowed`, 'QUERY_TOO_DEEP', {
      depth: measure.depth,
      maxDepth: limits.maxDepth,
    });
  }
  if (measure.aliases > limits.maxAliases) {
    throw refuse(`The query has ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed`, 'TOO_MANY_ALIASES', {
      aliases: measure.aliases,
      maxAliases: limits.maxAliases,
    });
  }
  if (measure.fields > limits.maxFields) {
    throw refuse(`The query selects ${measure.fields} fields; at most ${limits.maxFields} are allowed`, 'TOO_MANY_FIELDS', {
      fields: measure.fields,
      maxFields: limits.maxFields,
    });
  }
  if (measure.cost > limits.maxCost) {
    throw refuse(
      `The query may return ${measure.cost} nodes; at most ${limits.maxCost} are allowed. Ask for smaller pages (\`first\`/\`last\`) in nested lists.`,
      'QUERY_TOO_COMPLEX',
      { cost: measure.cost, maxCost: limits.maxCost },
    );
  }
}

/**
 * Before any resolver runs: refuses queries that are too deep, too wide or
 * too costly, then charges the caller's budget (per token, or per client
 * address without one) and refuses with 429 once it is spent.
 */
export function createLimitsPlugin(limits: Limits, store: RateLimitStore, clock: () => Date): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema, contextValue }) {
          if (!operation) return;
          const measure = measureOperation(schema, document, operation, request.variables ?? {});
          checkShape(measure, limits);
          const cost = pointsFor(measure.cost);
          const key = contextValue.viewer ? `token:${contextValue.viewer.tokenId}` : `address:${contextValue.clientAddress}`;
          const state = await store.consume(key, cost, limits.rateLimitPoints, limits.rateLimitWindowSeconds, clock());
          contextValue.rateLimit = { ...state, cost, nodeCount: measure.cost };
          if (!state.allowed) {
            const retryAfter = Math.max(1, Math.ceil((state.resetAt.getTime() - clock().getTime()) / 1000));
            throw refuse(
              `Rate limit exceeded: ${state.limit} points per ${limits.rateLimitWindowSeconds} s; the budget renews at ${state.resetAt.toISOString()}`,
              'RATE_LIMITED',
              { limit: state.limit, resetAt: state.resetAt.toISOString() },
              429,
              new HeaderMap([['retry-after', String(retryAfter)]]),
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          const info = contextValue.rateLimit;
          if (!info) return;
          response.http.headers.set('x-ratelimit-limit', String(info.limit));
          response.http.headers.set('x-ratelimit-remaining', String(info.remaining));
          response.http.headers.set('x-ratelimit-used', String(info.used));
          response.http.headers.set('x-ratelimit-reset', String(Math.floor(info.resetAt.getTime() / 1000)));
          response.http.headers.set('x-query-cost', String(info.cost));
        },
      };
    },
  };
}
