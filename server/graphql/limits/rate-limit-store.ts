import type { EntityManager } from '@mikro-orm/postgresql';
import { countingInto, type SqlStatementCount } from '../../database/sql-statement-counter';

/** A caller's budget after a request was counted. */
export interface RateLimitState {
  limit: number;
  used: number;
  remaining: number;
  resetAt: Date;
  allowed: boolean;
}

/**
 * Counts points per caller in fixed windows that start with the caller's first
 * request. Refused requests count too, so hammering does not pay.
 */
export interface RateLimitStore {
  consume(key: string, points: number, limit: number, windowSeconds: number, now: Date, statements?: SqlStatementCount): Promise<RateLimitState>;
}

function stateOf(used: number, windowStart: Date, limit: number, windowSeconds: number): RateLimitState {
  return {
    limit,
    used,
    remaining: Math.max(0, limit - used),
    resetAt: new Date(windowStart.getTime() + windowSeconds * 1000),
    allowed: used <= limit,
  };
}

const PRUNE_ABOVE = 10_000;

/** One process's memory: the default, right for a single instance. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly buckets = new Map<string, { windowStart: Date; used: number }>();

  async consume(key: string, points: number, limit: number, windowSeconds: number, now: Date): Promise<RateLimitState> {
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.windowStart.getTime() + windowSeconds * 1000 <= now.getTime()) {
      if (this.buckets.size >= PRUNE_ABOVE) this.prune(windowSeconds, now);
      bucket = { windowStart: now, used: 0 };
      this.buckets.set(key, bucket);
    }
    bucket.used += points;
    return stateOf(bucket.used, bucket.windowStart, limit, windowSeconds);
  }

  private prune(windowSeconds: number, now: Date): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.windowStart.getTime() + windowSeconds * 1000 <= now.getTime()) this.buckets.delete(key);
    }
  }
}

/** A table every server instance shares: one atomic upsert per request. */
export class PostgresRateLimitStore implements RateLimitStore {
  constructor(private readonly em: EntityManager) {}

  async consume(key: string, points: number, limit: number, windowSeconds: number, now: Date, statements?: SqlStatementCount): Promise<RateLimitState> {
    const rows = await this.em.getConnection().execute<Array<{ used: number; window_start: Date }>>(
      `insert into rate_limit_bucket as b (key, window_start, used) values (?, ?, ?)
       on conflict (key) do update set
         window_start = case when b.window_start + make_interval(secs => ?) <= excluded.window_start then excluded.window_start else b.window_start end,
         used = case when b.window_start + make_interval(secs => ?) <= excluded.window_start then excluded.used else b.used + excluded.used end
       returning used, window_start`,
      [key, now, points, windowSeconds, windowSeconds],
      'all',
      undefined,
      countingInto(statements),
    );
    return stateOf(Number(rows[0].used), new Date(rows[0].window_start), limit, windowSeconds);
  }
}
