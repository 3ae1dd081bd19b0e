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
  const token = await em.findOne(ApiToken, { secretHash: hashToken(match[1]) }, { populate: ['user'], strategy: 'joined' });
  if (!token) throw new AuthenticationFailure('Bad credentials: no such token');
  if (token.revokedAt) throw new AuthenticationFailure(`The token ${token.prefix}… was revoked`);
  if (token.expiresAt && token.expiresAt <= now) {
    throw new AuthenticationFailure(`The token ${token.prefix}… expired at ${token.expiresAt.toISOString()}`);
  }
  await touchLastUsed(em, token, now);
  const user = token.user.getEntity();
  return { userId: user.id, role: user.role, bodyId: user.body?.id ?? null, tokenId: token.id };
}

/** To the hour only: a write per request would cost more than the fact is worth. */
async function touchLastUsed(em: EntityManager, token: ApiToken, now: Date): Promise<void> {
  if (token.lastUsedAt && now.getTime() - token.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
  await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
}
