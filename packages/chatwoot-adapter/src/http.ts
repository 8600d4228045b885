import { SettingsError } from '@profile-elements/core';
import { errorFromResponse } from './chatwoot-errors.js';

export interface HttpOptions {
  baseUrl: string;
  /** The host's own fetch, if it gave one (uploads then go through it, without progress). */
  fetch: typeof globalThis.fetch | undefined;
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
  /** Sent as JSON, or as multipart when it is a `FormData`. */
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** Upload progress (0 to 1); only for `FormData` bodies. */
  onProgress?: ((fraction: number) => void) | undefined;
}

/** What came back: the status and the body's text. */
interface RawResponse {
  status: number;
  text: string;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    // An already aborted signal fires no more 'abort' events.
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => (clearTimeout(timer), reject(signal!.reason));
    const timer = setTimeout(() => (signal?.removeEventListener('abort', onAbort), resolve()), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * One request to Chatwoot, with `token` in the `api_access_token` header, a timeout, and retries
 * with exponential backoff for GETs only (a retried write could apply twice). Every failure becomes
 * a `SettingsError`; the caller's abort rejects with its own `AbortError`. A refused token (401) is
 * the caller's to handle (see `Credentials`).
 */
export async function request(options: HttpOptions, req: HttpRequest, token: string): Promise<unknown> {
  const attempts = req.method === 'GET' ? options.retries + 1 : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await requestOnce(options, req, token);
    } catch (error) {
      const retry = error instanceof SettingsError && error.retryable && attempt < attempts;
      if (!retry) throw error;
      await sleep(options.retryDelay * 2 ** (attempt - 1), req.signal);
    }
  }
}

async function requestOnce(options: HttpOptions, req: HttpRequest, token: string): Promise<unknown> {
  req.signal?.throwIfAborted();
  const timeout = AbortSignal.timeout(options.timeout);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  const multipart = req.body instanceof FormData;
  const headers: Record<string, string> = { api_access_token: token, accept: 'application/json' };
  if (req.body !== undefined && !multipart) headers['content-type'] = 'application/json';
  const body = req.body === undefined ? null : multipart ? (req.body as FormData) : JSON.stringify(req.body);
  const url = new URL(req.path, options.baseUrl).href;
  let response: RawResponse;
  try {
    // fetch cannot report upload progress; XMLHttpRequest can.
    response =
      multipart && req.onProgress && !options.fetch
        ? await viaXhr(url, req.method, headers, body as FormData, signal, req.onProgress)
        : await viaFetch(options.fetch ?? globalThis.fetch, url, {
            method: req.method,
            headers,
            body,
            signal,
          });
  } catch (error) {
    if (req.signal?.aborted) throw req.signal.reason;
    const message = timeout.aborted ? 'The server did not answer in time' : 'The server could not be reached';
    throw new SettingsError('network', message, { cause: error });
  }
  const parsed = parseJson(response.text);
  if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, parsed);
  if (parsed === INVALID) throw new SettingsError('server', 'The server sent a reply that is not JSON');
  return parsed;
}

async function viaFetch(
  fetch: typeof globalThis.fetch,
  url: string,
  init: RequestInit,
): Promise<RawResponse> {
  const response = await fetch(url, init);
  return { status: response.status, text: await response.text() };
}

function viaXhr(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: FormData,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    signal.addEventListener('abort', () => (xhr.abort(), reject(signal.reason)), { once: true });
    xhr.send(body);
  });
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
