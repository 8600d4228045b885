/**
 * Random tokens and their digests. Chatwoot's access and pubsub tokens come from Rails'
 * `has_secure_token`: 24 characters of base58, which we reproduce so tokens look the same.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Bitcoin's base58 alphabet, the one `SecureRandom.base58` uses (no 0, O, I, l). */
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Bytes at or above this would make `% 58` favour the first characters: they are drawn again. */
const UNBIASED_LIMIT = 256 - (256 % BASE58.length);

/** A uniformly random base58 string (default 24 characters, like `has_secure_token`). */
export function generateToken(length = 24): string {
  let token = '';
  while (token.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte >= UNBIASED_LIMIT) continue;
      token += BASE58[byte % BASE58.length];
      if (token.length === length) break;
    }
  }
  return token;
}

/**
 * SHA-256 of a token. The database looks tokens up by digest, so the lookup's timing says nothing
 * about the token's characters, and equality is then confirmed with a constant-time compare.
 */
export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Constant-time equality of two digests (both SHA-256, so lengths always match). */
export function digestsEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
