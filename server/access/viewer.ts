import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiToken } from './api-token.entity';
import { Role } from './role';
import { hashToken } from './token-secret';

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
 * mistyped token never silently reads as anonymous.
 */
export async function authenticate(em: EntityManager, authorization: string | undefined, now = new Date()): Promise<Viewer | null> {
  if (authorization === undefined || authorization.trim() === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new AuthenticationFailure('The Authorization header must be "Bearer <token>"');
  const token = await findLiveToken(em, hashToken(match[1]), now);
  if (!token) throw new AuthenticationFailure('Bad credentials: no such token');
  if (token.revoked) throw new AuthenticationFailure(`The token ${token.prefix}… was revoked`);
  if (token.expired) {
    throw new AuthenticationFailure(`The token ${token.prefix}… expired at ${new Date(token.expires_at!).toISOString()}`);
  }
  // To the hour only: a write per request would cost more than the fact is worth.
  if (token.stale) await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
  return { userId: token.user_id, role: token.role, bodyId: token.body_id, tokenId: token.id };
}

interface TokenRow {
  id: number;
  prefix: string;
  revoked: boolean;
  expired: boolean;
  expires_at: string | Date | null;
  stale: boolean;
  user_id: number;
  role: Role;
  body_id: number | null;
}

/** Every request runs this: one plain statement, with the time checks done by PostgreSQL. */
async function findLiveToken(em: EntityManager, secretHash: string, now: Date): Promise<TokenRow | undefined> {
  const knex = em.getKnex();
  const rows: TokenRow[] = await em.execute(
    knex('api_token as t')
      .join('user as u', 'u.id', 't.user_id')
      .where('t.secret_hash', secretHash)
      .select('t.id', 't.prefix', 't.expires_at', 'u.id as user_id', 'u.role', 'u.body_id')
      .select(knex.raw('t.revoked_at is not null as revoked'))
      .select(knex.raw('coalesce(t.expires_at <= ?, false) as expired', [now]))
      .select(knex.raw('(t.last_used_at is null or t.last_used_at <= ?) as stale', [new Date(now.getTime() - LAST_USED_RESOLUTION_MS)])),
  );
  return rows[0];
}
