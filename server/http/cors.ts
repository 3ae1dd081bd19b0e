import type { IncomingMessage, ServerResponse } from 'node:http';

/** Headers a browser script may read from our answers: the request ID and the rate limit's. */
const EXPOSED = ['X-Request-Id', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Used', 'X-RateLimit-Reset', 'X-Query-Cost', 'Retry-After', 'X-SQL-Statements'];
/** Headers a browser script may send: a token travels in Authorization, never in a cookie. */
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Accept', 'X-Request-Id', 'X-SQL-Statements', 'traceparent'];

/**
 * Cross-origin access for web apps on other origins (CORS_ORIGINS). No
 * credentials mode: tokens are sent explicitly, so no cookie ever rides along.
 * An empty list allows none: same origin only.
 */
export class CorsPolicy {
  private readonly any: boolean;
  private readonly origins: Set<string>;

  constructor(origins: readonly string[]) {
    this.any = origins.includes('*');
    this.origins = new Set(origins);
  }

  allows(origin: string): boolean {
    return this.any || this.origins.has(origin);
  }

  /** On every answer to an allowed origin: who may read it, and which headers. */
  decorate(req: IncomingMessage, res: ServerResponse): void {
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin');
    if (!origin || !this.allows(origin)) return;
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', EXPOSED.join(', '));
  }

  /** Answers a preflight (OPTIONS): 204 with what may be sent, or 403 for an origin not in the list. */
  preflight(req: IncomingMessage, res: ServerResponse): { status: number; code?: string; message?: string } {
    const origin = req.headers.origin;
    res.setHeader('Allow', 'GET, POST, OPTIONS');
    res.setHeader('Vary', 'Origin');
    if (!origin) return { status: 204 };
    if (!this.allows(origin)) {
      return { status: 403, code: 'CORS_ORIGIN_NOT_ALLOWED', message: `The origin ${origin} may not call this API: add it to CORS_ORIGINS` };
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
    res.setHeader('Access-Control-Max-Age', '600');
    return { status: 204 };
  }
}
