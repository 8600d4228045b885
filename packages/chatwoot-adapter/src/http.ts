import { SettingsError } from '@profile-elements/core';
import { errorFromResponse } from './chatwoot-errors.js';

export interface HttpOptions {
  baseUrl: string;
  /** Reads the current token on every request, so a reset token is used at once. */
  token: () => string;
  fetch: typeof globalThis.fetch;
  /** Milliseconds before a request counts as failed (kind `network`). */
  timeout: number;
  /** Extra attempts for safe reads (GET) that failed with `network` or `server`. */
  retries: number;
  /** Milliseconds before the first retry; doubles each time. */
  retryDelay: number;
}

export interface HttpRequest {
  method: 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

/**
 * One JSON request to Chatwoot, with the `api_access_token` header, a timeout, and retries with
 * exponential backoff for GETs only (a retried write could apply twice). Every failure becomes a
 * `SettingsError`; the caller's abort rejects with its own `AbortError`.
 */
export async function request(options: HttpOptions, req: HttpRequest): Promise<unknown> {
  const attempts = req.method === 'GET' ? options.retries + 1 : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await requestOnce(options, req);
    } catch (error) {
      const retry = error instanceof SettingsError && error.retryable && attempt < attempts;
      if (!retry) throw error;
      await sleep(options.retryDelay * 2 ** (attempt - 1), req.signal);
    }
  }
}

async function requestOnce(options: HttpOptions, req: HttpRequest): Promise<unknown> {
  req.signal?.throwIfAborted();
  const timeout = AbortSignal.timeout(options.timeout);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  const headers: Record<string, string> = { api_access_token: options.token(), accept: 'application/json' };
  if (req.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  let text: string;
  try {
    response = await options.fetch(new URL(req.path, options.baseUrl), {
      method: req.method,
      headers,
      body: req.body === undefined ? null : JSON.stringify(req.body),
      signal,
    });
    text = await response.text();
  } catch (error) {
    if (req.signal?.aborted) throw req.signal.reason;
    const message = timeout.aborted ? 'The server did not answer in time' : 'The server could not be reached';
    throw new SettingsError('network', message, { cause: error });
  }
  const body = parseJson(text);
  if (!response.ok) throw errorFromResponse(response.status, body);
  if (body === INVALID) throw new SettingsError('server', 'The server sent a reply that is not JSON');
  return body;
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
