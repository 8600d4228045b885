import {
  SettingsError,
  type Profile,
  type ProfilePatch,
  type RequestOptions,
  type SettingsAdapter,
} from '@profile-elements/core';
import { ProfileSchema } from '@profile-elements/core/schemas';
import { ChatwootUserSchema, type ChatwootUser } from './chatwoot-schemas.js';
import { request, type HttpOptions } from './http.js';

export interface ChatwootAdapterOptions {
  /** Where Chatwoot runs, e.g. `https://app.chatwoot.com` (the adapter appends `/api/v1/…`). */
  baseUrl: string;
  /** The user's personal access token (sent as the `api_access_token` header; never logged). */
  token: string;
  /** A `fetch` to use instead of the global one (for proxies, auth refresh, tests). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds before a request counts as a network failure. Default 15 000. */
  timeout?: number;
  /** Extra attempts for reads that failed on the network or with a 5xx. Default 2. Writes never retry. */
  retries?: number;
  /** Milliseconds before the first retry of a read; doubles on each further one. Default 300. */
  retryDelay?: number;
}

/**
 * The reference `SettingsAdapter`: speaks Chatwoot's REST API (see the contract document) and hands
 * the elements core types and `SettingsError`s only.
 *
 * @example
 * const adapter = new ChatwootAdapter({ baseUrl: 'https://chat.example.com', token });
 * document.querySelector('profile-settings').adapter = adapter;
 */
export class ChatwootAdapter implements SettingsAdapter {
  readonly #http: HttpOptions;
  #token: string;
  /**
   * Chatwoot's JSON does not say which address awaits confirmation; remember the one we asked for,
   * so the UI can show it as pending (servers that send `unconfirmed_email` take precedence).
   */
  #requestedEmail: string | null = null;

  constructor(options: ChatwootAdapterOptions) {
    this.#token = options.token;
    this.#http = {
      baseUrl: options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
      token: () => this.#token,
      // Bound so a host's `window.fetch` keeps its receiver.
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      timeout: options.timeout ?? 15_000,
      retries: options.retries ?? 2,
      retryDelay: options.retryDelay ?? 300,
    };
  }

  async loadProfile(options?: RequestOptions): Promise<Profile> {
    return this.#toProfile(
      await request(this.#http, { method: 'GET', path: 'api/v1/profile', signal: options?.signal }),
    );
  }

  async updateProfile(patch: ProfilePatch, options?: RequestOptions): Promise<Profile> {
    const profile: Record<string, string> = {};
    if (patch.name !== undefined) profile.name = patch.name;
    if (patch.displayName !== undefined) profile.display_name = patch.displayName;
    if (patch.email !== undefined) profile.email = patch.email;
    const body = await request(this.#http, {
      method: 'PUT',
      path: 'api/v1/profile',
      body: { profile },
      signal: options?.signal,
    });
    if (patch.email !== undefined) this.#requestedEmail = patch.email.trim().toLowerCase();
    return this.#toProfile(body);
  }

  /** Maps Chatwoot's user JSON onto the core `Profile`, refusing anything it does not understand. */
  #toProfile(body: unknown): Profile {
    const parsed = ChatwootUserSchema.safeParse(body);
    if (!parsed.success) {
      throw new SettingsError('server', 'The server sent a profile this adapter does not understand', {
        cause: parsed.error,
      });
    }
    const profile = toProfile(parsed.data);
    if (this.#requestedEmail === profile.email) this.#requestedEmail = null;
    if (!profile.pendingEmail && this.#requestedEmail) profile.pendingEmail = this.#requestedEmail;
    return ProfileSchema.parse(profile);
  }
}

function toProfile(user: ChatwootUser): Profile {
  return {
    id: String(user.id),
    name: user.name,
    displayName: user.display_name ?? '',
    email: user.email,
    pendingEmail: user.unconfirmed_email || null,
    avatarUrl: user.avatar_url ?? '',
  };
}
