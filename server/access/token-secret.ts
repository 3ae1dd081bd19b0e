import { createHash, randomBytes } from 'node:crypto';

/** Recognisable in logs and by secret scanners, like GitHub's "ghp_". */
export const TOKEN_PREFIX = 'bkea_';
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;

export interface TokenSecret {
  token: string;
  prefix: string;
  hash: string;
}

export function generateTokenSecret(): TokenSecret {
  const token = TOKEN_PREFIX + randomBytes(30).toString('base64url');
  return { token, prefix: token.slice(0, SHOWN_PREFIX_LENGTH), hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
