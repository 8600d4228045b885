/**
 * What an answer to an API call means: Chatwoot's JSON, one of its error envelopes, or something
 * that is not the API at all — a redirect, or a web page from a proxy or a sign-in gateway in front
 * of it.
 */
import { SettingsError } from '@profile-elements/core';
import { errorFromResponse } from './chatwoot-errors.js';
import { retryAfterSeconds } from './retry.js';

/** An answer, as much of it as telling these apart needs; fetch and XMLHttpRequest both give it. */
export interface RawAnswer {
  /** 0 for an opaque redirect (fetch with `redirect: 'manual'` shows nothing of it). */
  status: number;
  text: string;
  /** The answer is a redirect: a 3xx, or fetch's opaque redirect. */
  redirect: boolean;
  /** The answer comes from elsewhere: a redirect was followed to it (XMLHttpRequest always follows). */
  redirected: boolean;
  contentType: string;
  /** The `Retry-After` header. Cross-origin, readable only if the server lists it in `Access-Control-Expose-Headers`. */
  retryAfter: string | null;
}

const SIGN_IN = 'The server sent a sign-in page instead of the API: sign in again';
const NOT_THE_API = 'The server answered with a web page, not the API';

/** Statuses whose meaning (wait and retry) holds whatever the body is: a proxy's 503 page is still busy. */
const BUSY = new Set([408, 429, 503]);

/**
 * The body of a successful API answer, parsed; every other answer throws its `SettingsError`.
 *
 * Chatwoot's API answers JSON and never redirects, so the rule for anything else is:
 * - a redirect (3xx, or fetch's opaque redirect) → `auth`: on an API path it is a sign-in gateway
 *   in front of Chatwoot (SSO proxy, expired session) sending the browser to log in;
 * - 408, 429, 503 → `busy`, whatever the body;
 * - an HTML page reached through a redirect, or answering 401/403 → `auth` (a sign-in page);
 * - any other HTML page (a 200 from a `baseUrl` that points at the web app, a proxy's 500 or 404
 *   page) → `server`: "The server answered with a web page, not the API";
 * - anything else goes by Chatwoot's error envelopes (`errorFromResponse`).
 */
export function bodyOf(answer: RawAnswer): unknown {
  const { status } = answer;
  if (answer.redirect) return fail('auth', SIGN_IN, status || undefined);
  if (!BUSY.has(status) && isWebPage(answer)) {
    const signIn = answer.redirected || status === 401 || status === 403;
    return signIn ? fail('auth', SIGN_IN, status) : fail('server', NOT_THE_API, status);
  }
  const parsed = parseJson(answer.text);
  if (status < 200 || status >= 300) {
    throw errorFromResponse(status, parsed, retryAfterSeconds(answer.retryAfter));
  }
  if (parsed === INVALID) fail('server', 'The server sent a reply that is not JSON', status);
  return parsed;
}

function fail(kind: 'auth' | 'server', message: string, status: number | undefined): never {
  throw new SettingsError(kind, message, { status });
}

/** HTML by its content type, or, when that says nothing useful, by how the body starts. */
function isWebPage({ contentType, text }: RawAnswer): boolean {
  const type = contentType.toLowerCase();
  if (type.includes('json')) return false;
  return type.includes('text/html') || type.includes('xhtml') || /^\s*<(!doctype html|html)\b/i.test(text);
}

const INVALID = Symbol('invalid JSON');

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}
