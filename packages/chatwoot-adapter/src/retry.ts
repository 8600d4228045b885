/**
 * When a failed request goes out again, and after how long: `Retry-After` when the server gave one,
 * exponential backoff with full jitter otherwise (a random wait between 0 and the doubling bound,
 * so clients that failed together do not come back together).
 */
import { isSettingsError, type SettingsError } from '@profile-elements/core';

/**
 * The most seconds a `SettingsError.retryAfter` says: an hour. Waits up to that are reported as the
 * server gave them (a password throttle asks for 15 minutes, and the user should hear so, not a
 * shorter wait that only earns another refusal); a longer `Retry-After`, or a date far ahead from a
 * wrong clock, is reported as an hour, after which a retry gets a fresh answer.
 */
export const RETRY_AFTER_CAP = 3600;

/** Exponential backoff stops doubling here (milliseconds). */
const MAX_BACKOFF = 10_000;

/** A write is retried at most this often, and only when refused unprocessed (see `refusedUnapplied`). */
const WRITE_RETRIES = 1;

export interface RetryPolicy {
  /** Extra attempts for reads; writes get at most `WRITE_RETRIES` of them (none when this is 0). */
  retries: number;
  /** Milliseconds: the bound of the first backoff, doubling each time; also the jitter after a `Retry-After`. */
  retryDelay: number;
  /** Seconds: the longest `Retry-After` waited out here; a longer one fails the call at once. */
  maxRetryAfter: number;
}

/**
 * `Retry-After` (RFC 9110 §10.2.3) in whole seconds from `now`, capped at `RETRY_AFTER_CAP`:
 * delta-seconds or an HTTP-date; `undefined` when absent or unreadable.
 */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let seconds: number;
  if (/^\d+$/.test(text)) seconds = Number(text);
  else {
    // Every HTTP-date form names a weekday or month; this keeps Date.parse off stray numbers.
    const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
    if (Number.isNaN(date)) return undefined;
    seconds = Math.max(0, Math.ceil((date - now) / 1000));
  }
  return Math.min(seconds, RETRY_AFTER_CAP);
}

/**
 * A write refused before the server processed it, so sending it again cannot apply it twice:
 * 429 (RFC 6585: rate limiting, answered by Rack::Attack before any controller runs) and 503 (RFC 9110
 * §15.6.4: the server cannot handle the request now — a proxy with no backend, maintenance mode).
 * Not 408: a server may give up reading a request it has started on; and never a lost reply
 * (`network`), a 502 or a 504: those may have been applied (see `confirmedWrite`).
 */
function refusedUnapplied(error: SettingsError): boolean {
  return error.kind === 'busy' && (error.status === 429 || error.status === 503);
}

/**
 * How long to wait before sending again a request that failed with `error` after `attempts`
 * attempts, in milliseconds; `undefined` when the failure stands. GETs retry `busy`, `network` and
 * `server`; writes only what `refusedUnapplied` allows. A `Retry-After` longer than
 * `maxRetryAfter` fails the call at once, its `retryAfter` telling the UI how long to wait.
 */
export function retryDelay(
  error: unknown,
  method: string,
  attempts: number,
  policy: RetryPolicy,
): number | undefined {
  if (!isSettingsError(error)) return undefined;
  const write = method !== 'GET';
  if (attempts > (write ? Math.min(policy.retries, WRITE_RETRIES) : policy.retries)) return undefined;
  if (write ? !refusedUnapplied(error) : !error.retryable) return undefined;
  if (error.retryAfter !== undefined) {
    if (error.retryAfter > policy.maxRetryAfter) return undefined;
    return error.retryAfter * 1000 + Math.random() * policy.retryDelay;
  }
  return Math.random() * Math.min(MAX_BACKOFF, policy.retryDelay * 2 ** (attempts - 1));
}
