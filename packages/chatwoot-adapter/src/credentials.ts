import { SettingsError, isAbortError, isSettingsError } from '@profile-elements/core';
import { untilAborted } from './abortable.js';

/**
 * Where a renewable access token comes from (e.g. the host's own session endpoint). Called before
 * the first request with `rejected: undefined`; called again when Chatwoot refuses the token it
 * gave (401), with `rejected` set to that token. Resolve with the token to use: the same one again
 * means there is no other, and the call fails as `auth`. Reject with a `SettingsError` to fail the
 * call with it (e.g. `network` when the session endpoint cannot be reached); anything else thrown
 * fails the call as `auth`.
 */
export type TokenSource = (context: { rejected: string | undefined }) => string | Promise<string>;

/** `SettingsError.code` of a token that a reset replaced while the reset's reply was lost. */
const TOKEN_REPLACED = 'token-replaced';

/** The `auth` failure of a token that a reset replaced although the new one never arrived. */
export function tokenReplaced(cause: unknown): SettingsError {
  return new SettingsError(
    'auth',
    'The access token was regenerated, but the new one did not reach this page: sign in again to get it',
    { status: 401, code: TOKEN_REPLACED, cause },
  );
}

/** Whether Chatwoot refused the request's credentials (and so applied nothing). */
const isUnauthorized = (error: unknown): error is SettingsError =>
  isSettingsError(error) && error.status === 401;

export interface SendOptions {
  signal?: AbortSignal | undefined;
  /**
   * The request replaces the token (a reset). Requests refused meanwhile wait for its reply, since
   * the token it brings is the one they should be sent again with.
   */
  replacing?: boolean;
}

/**
 * The adapter's access token, a fixed string or one that a `TokenSource` gives and renews, and the
 * one way requests get it: `send` tries a request with the current token and, when Chatwoot answers
 * 401, sends it once more with a renewed one. A 401 means nothing was applied, so this holds for
 * writes too. Tokens stay in here: never in messages, causes or logs.
 */
export class Credentials {
  readonly #source: TokenSource | undefined;
  /** The token requests are sent with; `undefined` until the source first gave one. */
  #token: string | undefined;
  /**
   * The source's answer while it is being asked, shared by every request that needs it: the first
   * requests of a page, or all the requests refused together (one renewal, not one each).
   */
  #asking: Promise<string> | undefined;
  /** Replies of resets in flight (see `SendOptions.replacing`). */
  readonly #resets = new Set<Promise<unknown>>();
  /** Tokens a reset replaced although its reply was lost: a 401 with one of them says so. */
  readonly #replaced = new Set<string>();

  constructor(token: string | TokenSource) {
    if (typeof token === 'function') this.#source = token;
    else this.#token = token;
  }

  async send<T>(attempt: (token: string) => Promise<T>, options: SendOptions = {}): Promise<T> {
    const { signal } = options;
    const tracked = (token: string): Promise<T> => {
      const reply = attempt(token);
      if (!options.replacing) return reply;
      const settled = reply.catch(() => undefined);
      this.#resets.add(settled);
      void settled.then(() => this.#resets.delete(settled));
      return reply;
    };

    const token = await this.#current(signal);
    try {
      return await tracked(token);
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      let renewed: string | undefined;
      try {
        renewed = await this.#renewed(token, signal);
      } catch (failure) {
        // The source could not renew a token a lost reset replaced: that, not the source, is the news.
        throw isSettingsError(failure) && failure.kind === 'auth' ? this.#refusal(failure, token) : failure;
      }
      if (renewed === undefined) throw this.#refusal(error, token);
      try {
        return await tracked(renewed);
      } catch (again) {
        throw isUnauthorized(again) ? this.#refusal(again, renewed) : again;
      }
    }
  }

  /** A reset's new token: used from now on. */
  replace(token: string): void {
    this.#token = token;
  }

  /**
   * `token` was replaced by a reset whose reply was lost: it will not work again, and a call it
   * fails with fails as `token-replaced` (unless the source has another token).
   */
  lost(token: string): void {
    this.#replaced.add(token);
  }

  #current(signal: AbortSignal | undefined): Promise<string> {
    if (this.#asking) return untilAborted(this.#asking, signal);
    if (this.#token !== undefined) return Promise.resolve(this.#token);
    return untilAborted(this.#ask(undefined), signal);
  }

  /** A token other than `rejected` to send the request with again, or `undefined` if there is none. */
  async #renewed(rejected: string, signal: AbortSignal | undefined): Promise<string | undefined> {
    // A reset in flight may be what made `rejected` stale; the token it brings is then the answer.
    if (this.#resets.size) await untilAborted(Promise.all(this.#resets), signal);
    let token: string | undefined;
    if (this.#asking) token = await untilAborted(this.#asking, signal);
    else if (this.#token !== rejected || !this.#source) token = this.#token;
    else token = await untilAborted(this.#ask(rejected), signal);
    return token === rejected ? undefined : token;
  }

  /** Asks the source, once for everyone waiting; on failure the next request asks again. */
  #ask(rejected: string | undefined): Promise<string> {
    const asking = this.#fromSource(rejected).then(
      (token) => {
        this.#token = token;
        return token;
      },
      (error: unknown) => {
        throw isSettingsError(error) || isAbortError(error)
          ? error
          : new SettingsError('auth', 'The token source gave no access token', { cause: error });
      },
    );
    this.#asking = asking;
    const done = () => {
      if (this.#asking === asking) this.#asking = undefined;
    };
    // Every waiter may have given up: then nobody handles a failure, and it must not go unhandled.
    asking.then(done, done);
    return asking;
  }

  async #fromSource(rejected: string | undefined): Promise<string> {
    const token: unknown = await this.#source!({ rejected });
    if (typeof token !== 'string' || token === '') throw new Error('not a token');
    return token;
  }

  /** The failure of a request whose token was refused and could not be renewed. */
  #refusal(error: SettingsError, token: string): SettingsError {
    return this.#replaced.has(token) ? tokenReplaced(error) : error;
  }
}
