import { SettingsError } from '@profile-elements/core';
import { bodyOf, type RawAnswer } from './answers.js';
import { retryDelay, type RetryPolicy } from './retry.js';

export interface HttpOptions extends RetryPolicy {
  baseUrl: string;
  /** The host's own fetch, if it gave one (uploads then go through it, without progress). */
  fetch: typeof globalThis.fetch | undefined;
  /** Milliseconds before a request counts as failed (kind `network`). */
  timeout: number;
  /** The language Chatwoot should answer in (its validation messages), as Chatwoot codes it. */
  locale?: (() => string | undefined) | undefined;
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
 * as `retryDelay` allows (GETs on `busy`, `network` and `server`; writes only when refused
 * unprocessed), waiting `Retry-After` or a jittered backoff. Every failure becomes a
 * `SettingsError`; the caller's abort rejects with its own `AbortError`. A refused token (401) is
 * the caller's to handle (see `Credentials`).
 */
export async function request(options: HttpOptions, req: HttpRequest, token: string): Promise<unknown> {
  for (let attempts = 1; ; attempts++) {
    try {
      return await requestOnce(options, req, token);
    } catch (error) {
      const wait = retryDelay(error, req.method, attempts, options);
      if (wait === undefined) throw error;
      await sleep(wait, req.signal);
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
  const target = new URL(req.path, options.baseUrl);
  const locale = options.locale?.();
  if (locale) target.searchParams.set('locale', locale);
  const url = target.href;
  let answer: RawAnswer;
  try {
    // fetch cannot report upload progress; XMLHttpRequest can.
    answer =
      multipart && req.onProgress && !options.fetch
        ? await viaXhr(url, req.method, headers, body as FormData, signal, req.onProgress)
        : await viaFetch(options.fetch ?? globalThis.fetch, url, {
            method: req.method,
            headers,
            body,
            signal,
            // A redirect is never Chatwoot's answer: see it (as an opaque redirect), do not follow it.
            redirect: 'manual',
          });
  } catch (error) {
    if (req.signal?.aborted) throw req.signal.reason;
    const message = timeout.aborted ? 'The server did not answer in time' : 'The server could not be reached';
    throw new SettingsError('network', message, { cause: error });
  }
  return bodyOf(answer);
}

async function viaFetch(fetch: typeof globalThis.fetch, url: string, init: RequestInit): Promise<RawAnswer> {
  const response = await fetch(url, init);
  const { status } = response;
  return {
    status,
    text: await response.text(),
    redirect: response.type === 'opaqueredirect' || (status >= 300 && status < 400 && status !== 304),
    // A host's fetch may follow redirects whatever it was asked.
    redirected: response.redirected,
    contentType: response.headers.get('content-type') ?? '',
    retryAfter: response.headers.get('retry-after'),
  };
}

/** XMLHttpRequest always follows redirects: `responseURL` tells where the answer came from. */
function viaXhr(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: FormData,
  signal: AbortSignal,
  onProgress: (fraction: number) => void,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () =>
      resolve({
        status: xhr.status,
        text: xhr.responseText,
        redirect: false,
        redirected: !!xhr.responseURL && xhr.responseURL !== url,
        contentType: xhr.getResponseHeader('content-type') ?? '',
        retryAfter: exposedHeader(xhr, 'retry-after'),
      });
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    signal.addEventListener('abort', () => (xhr.abort(), reject(signal.reason)), { once: true });
    xhr.send(body);
  });
}

/**
 * A response header of `xhr`, or null. Read from the list of headers the server exposed to this
 * origin: `getResponseHeader` on one it did not expose (cross-origin, no `Access-Control-Expose-Headers`)
 * logs "Refused to get unsafe header" in the console.
 */
function exposedHeader(xhr: XMLHttpRequest, name: string): string | null {
  for (const line of xhr.getAllResponseHeaders().split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name) return line.slice(colon + 1).trim();
  }
  return null;
}
