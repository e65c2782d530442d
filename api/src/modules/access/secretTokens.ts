/**
 * Bearer secrets: API tokens for tools (`pld_t_…`) and web sessions (`pld_s_…`).
 * 32 random bytes each; the prefix tells a reader (and a secret scanner) what a
 * leaked string is. Only the SHA-256 is stored.
 */
import { createHash, randomBytes } from 'node:crypto';

export const API_TOKEN_PREFIX = 'pld_t_';
export const SESSION_PREFIX = 'pld_s_';

export function newSecret(prefix: typeof API_TOKEN_PREFIX | typeof SESSION_PREFIX): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The shape of a secret Polder issued; anything else is refused without a look-up. */
export function secretKind(secret: string): 'TOKEN' | 'SESSION' | null {
  if (!/^pld_[ts]_[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return secret.startsWith(API_TOKEN_PREFIX) ? 'TOKEN' : 'SESSION';
}
