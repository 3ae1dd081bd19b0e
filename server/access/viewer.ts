import type { EntityManager } from '@mikro-orm/postgresql';
import { runRead } from '../database/direct-statement';
import { ApiToken } from './api-token.entity';
import { Role } from './role';
import { hashToken } from './token-secret';
import { TokenCache, TokenState } from './token-cache';

/** The authenticated caller of one request. */
export interface Viewer {
  userId: number;
  role: Role;
  /** The body a REPORTER writes for. */
  bodyId: number | null;
  tokenId: number;
}

export class AuthenticationFailure extends Error {}

const LAST_USED_RESOLUTION_MS = 60 * 60 * 1000;

/**
 * Reads `Authorization: Bearer <token>`. No header: an anonymous caller (null).
 * A header that does not name a live token fails the whole request, so that a
 * mistyped token never silently reads as anonymous. Expiry is judged on every
 * request; revocation, within the cache's lifetime (see TokenCache).
 * `emOf` is called only when the database is needed: a cached token needs none.
 */
export async function authenticate(
  emOf: () => EntityManager,
  authorization: string | undefined,
  now = new Date(),
  cache?: TokenCache,
): Promise<Viewer | null> {
  if (authorization === undefined || authorization.trim() === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new AuthenticationFailure('The Authorization header must be "Bearer <token>"');
  const secretHash = hashToken(match[1]);
  let token = cache?.get(secretHash, now);
  if (!token) {
    const generation = cache?.generation ?? 0;
    token = await findToken(emOf(), secretHash);
    if (token) cache?.set(secretHash, token, now, generation);
  }
  if (!token) throw new AuthenticationFailure('Bad credentials: no such token');
  if (token.revoked) throw new AuthenticationFailure(`The token ${token.prefix}… was revoked`);
  if (token.expiresAt && token.expiresAt <= now) {
    throw new AuthenticationFailure(`The token ${token.prefix}… expired at ${token.expiresAt.toISOString()}`);
  }
  // To the hour only: a write per request would cost more than the fact is worth.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await emOf().nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    token.lastUsedAt = now;
  }
  return token.viewer;
}

interface TokenRow {
  id: number;
  prefix: string;
  revoked_at: string | null;
  expires_at: string | null;
  last_used_at: string | null;
  user_id: number;
  role: Role;
  body_id: number | null;
}

/** Every request that misses the cache runs this: one plain statement. */
async function findToken(em: EntityManager, secretHash: string): Promise<TokenState | undefined> {
  const rows = await runRead<TokenRow>(
    em,
    em
      .getKnex()('api_token as t')
      .join('user as u', 'u.id', 't.user_id')
      .where('t.secret_hash', secretHash)
      .select('t.id', 't.prefix', 't.revoked_at', 't.expires_at', 't.last_used_at', 'u.id as user_id', 'u.role', 'u.body_id'),
  );
  const row = rows[0];
  if (!row) return undefined;
  const date = (value: string | null) => (value === null ? null : em.getPlatform().parseDate(value));
  return {
    id: row.id,
    prefix: row.prefix,
    revoked: row.revoked_at !== null,
    expiresAt: date(row.expires_at),
    lastUsedAt: date(row.last_used_at),
    viewer: { userId: row.user_id, role: row.role, bodyId: row.body_id, tokenId: row.id },
  };
}
