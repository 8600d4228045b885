/**
 * The `api_access_token` check every API route runs first (an onRequest hook, so nothing of an
 * unauthenticated request's body is read). Chatwoot's two answers differ on purpose: no header at
 * all falls through to devise_token_auth's "sign in" error, a wrong one gets "Invalid Access Token".
 */
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import type { Store } from '../db/store.js';
import { invalidAccessToken, notSignedIn } from '../http/errors.js';
import { digestsEqual, tokenDigest } from './tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user's id; set by `authenticate` before any API handler runs. */
    userId: number;
  }
}

export const TOKEN_HEADER = 'api_access_token';

/** The header's value; Rails treats a blank one (`present?` is false) as absent. */
function presentedToken(request: FastifyRequest): string | null {
  const raw = request.headers[TOKEN_HEADER];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && value.trim() !== '' ? value : null;
}

export function authenticate(store: Store): onRequestAsyncHookHandler {
  return async (request) => {
    const token = presentedToken(request);
    if (token === null) throw notSignedIn();
    // Looked up by digest, then compared in constant time: neither step's timing depends on how
    // many leading characters of a guess are right.
    const digest = tokenDigest(token);
    const owner = store.tokenOwner(digest);
    if (!owner || !digestsEqual(owner.digest, digest)) throw invalidAccessToken();
    request.userId = owner.user_id;
  };
}
