import type { Viewer } from './viewer';

/** What authentication needs to know of a token. */
export interface TokenState {
  id: number;
  prefix: string;
  revoked: boolean;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  viewer: Viewer;
}

/**
 * Tokens found in the last `ttlMs`, by secret hash: the token lookup was one
 * of the few SQL statements of every request. This process forgets them all
 * when it revokes a token; a revocation made by another server instance
 * takes effect here within `ttlMs` (TOKEN_CACHE_SECONDS). Unknown secrets are
 * never cached, so guessing cannot fill it.
 */
export class TokenCache {
  private readonly entries = new Map<string, { token: TokenState; until: number }>();
  private clears = 0;

  constructor(
    readonly ttlMs: number,
    readonly maxEntries = 10_000,
  ) {}

  get(secretHash: string, now: Date): TokenState | undefined {
    const entry = this.entries.get(secretHash);
    if (!entry) return undefined;
    if (entry.until > now.getTime()) return entry.token;
    this.entries.delete(secretHash);
    return undefined;
  }

  /** Taken before a lookup and given back to `set`: a lookup that a revocation overtook is not kept. */
  get generation(): number {
    return this.clears;
  }

  set(secretHash: string, token: TokenState, now: Date, generation: number): void {
    if (this.ttlMs <= 0 || generation !== this.clears) return;
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(secretHash, { token, until: now.getTime() + this.ttlMs });
  }

  clear(): void {
    this.clears += 1;
    this.entries.clear();
  }
}
