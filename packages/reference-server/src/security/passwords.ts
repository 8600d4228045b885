/**
 * Password hashing with scrypt (node's built-in, memory-hard). Stored as `scrypt$N$r$p$salt$hash`
 * (base64), so every hash carries its own cost: hashes made with an older cost keep verifying and
 * are replaced by one at today's cost on the next successful check (see `isOutdated`).
 *
 * scrypt runs on libuv's thread pool, never on the event loop, but that pool is small (4 threads
 * unless UV_THREADPOOL_SIZE says otherwise) and shared with everything else asynchronous (file
 * system, DNS lookups, other crypto). So hashes and checks go through one queue with fewer places
 * than the pool has threads: a flood of password requests waits its turn (first come, first
 * served) instead of taking every thread — and, at 128 MiB per hash, every spare megabyte.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { ConcurrencyLimit } from './concurrency-limit.js';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * OWASP's Password Storage Cheat Sheet: N = 2^17, r = 8, p = 1. Each hash needs 128 MiB and took
 * 0.7 s (3 s under heavy load) on the project's 2-core CI machine.
 */
export const SCRYPT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

/** node's defaults (16 MiB, 8 times cheaper), the cost this server used at first. */
export const LEGACY_SCRYPT_COST: ScryptCost = { N: 2 ** 14, r: 8, p: 1 };

const KEY_LENGTH = 64;
const SCHEME = 'scrypt';

/** The largest cost a stored hash may name (64 × today's memory); anything bigger is malformed. */
const MAX_MEMORY = 64 * 128 * SCRYPT_COST.N * SCRYPT_COST.r;

/** Places in the queue: one thread of the pool stays free for everything that is not a password. */
const threadPoolSize = Number(process.env.UV_THREADPOOL_SIZE) || 4;
export const SCRYPT_CONCURRENCY = Math.max(1, threadPoolSize - 1);

/** Process-wide on purpose: the thread pool is per process, however many servers run in it. */
const scryptQueue = new ConcurrencyLimit(SCRYPT_CONCURRENCY);

/** scrypt's working memory (128·N·r for V, 128·r·p for B), which `maxmem` must not be below. */
const memoryOf = ({ N, r, p }: ScryptCost) => 128 * r * (N + p + 2);

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return scryptQueue.run(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password, salt, KEY_LENGTH, { ...cost, maxmem: memoryOf(cost) + 1024 * 1024 }, (error, key) =>
          error ? reject(error) : resolve(key),
        );
      }),
  );
}

interface ParsedHash {
  cost: ScryptCost;
  salt: Buffer;
  hash: Buffer;
}

/** The parts of a stored hash, or null when it is not one we could have written. */
function parseHash(stored: string): ParsedHash | null {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const sane =
    Number.isInteger(cost.N) &&
    cost.N > 1 &&
    (cost.N & (cost.N - 1)) === 0 && // a power of two, as scrypt requires
    Number.isInteger(cost.r) &&
    cost.r > 0 &&
    Number.isInteger(cost.p) &&
    cost.p > 0 &&
    memoryOf(cost) <= MAX_MEMORY;
  if (scheme !== SCHEME || !sane || !salt || !hash) return null;
  return { cost, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

/** A new hash of `password`, at today's cost unless told otherwise (the seed, tests). */
export async function hashPassword(password: string, cost: ScryptCost = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return [SCHEME, cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches `stored`, at the cost `stored` names. A malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const actual = await derive(password, parsed.salt, parsed.cost);
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** Whether a (well-formed) stored hash was made with another cost than `cost` (today's). */
export function isOutdated(stored: string, cost: ScryptCost = SCRYPT_COST): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const { N, r, p } = parsed.cost;
  return N !== cost.N || r !== cost.r || p !== cost.p;
}
