import {
  SettingsError,
  withTabLock,
  isSettingsError,
  normalizeEmail,
  AVAILABILITY_STATUSES,
  type Availability,
  type AvailabilityPatch,
  type InterfacePreferences,
  type InterfacePreferencesPatch,
  type NotificationPreferences,
  type NotificationPreferencesPatch,
  type PasswordChange,
  type Profile,
  type ProfilePatch,
  type RequestOptions,
  type SettingsAdapter,
  type UploadOptions,
} from '@profile-elements/core';
import {
  CHATWOOT_LANGUAGES,
  interfaceFrom,
  interfaceProblems,
  interfaceToUiSettings,
  readMemberships,
} from './chatwoot-interface.js';
import {
  readNotificationSettings,
  readUser,
  type ChatwootNotificationSettings,
  type ChatwootUser,
} from './chatwoot-replies.js';
import {
  audioToUiSettings,
  flagListsWith,
  offeredEvents,
  preferencesFrom,
  preferencesHave,
} from './chatwoot-notifications.js';
import { confirmedWrite, mayHaveLanded } from './confirmed-write.js';
import { LostPasswordChange, isWrongCurrentPassword } from './lost-password-change.js';
import { untilAborted } from './abortable.js';
import { Credentials, tokenReplaced, type TokenSource } from './credentials.js';
import { request, type HttpOptions, type HttpRequest } from './http.js';
import { fromChatwootLocale, toChatwootLocale } from './chatwoot-locale.js';
import { CHATWOOT_PASSWORD_POLICY } from './rules/password-policy.js';
import { CHATWOOT_PROFILE_RULES } from './rules/profile-rules.js';

export interface ChatwootAdapterOptions {
  /** Where Chatwoot runs, e.g. `https://app.chatwoot.com` (the adapter appends `/api/v1/…`). */
  baseUrl: string;
  /**
   * The user's personal access token (sent as the `api_access_token` header; never logged), or a
   * `TokenSource` that gives it and gives a new one when Chatwoot refuses it: a request refused with
   * 401 is then sent once more with the new token. A string is used as it is, never renewed.
   */
  token: string | TokenSource;
  /**
   * The account whose notification settings to edit. Default: the account the user was active in
   * last (`account_id` of the profile).
   */
  accountId?: number;
  /** Whether the account has SLAs (Chatwoot's `sla` feature): shows the three SLA events. Default false. */
  slaEvents?: boolean;
  /** A `fetch` to use instead of the global one (for proxies, auth refresh, tests). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds before a request counts as a network failure. Default 15 000. */
  timeout?: number;
  /**
   * Extra attempts for reads that failed as `busy`, `network` or `server`. Default 2. Writes are sent
   * again only when refused unprocessed (429, 503), once at most, and not at all when this is 0.
   */
  retries?: number;
  /**
   * Milliseconds: the first retry waits a random time up to this, each further one up to twice as
   * long as the one before (exponential backoff with full jitter). Default 300.
   */
  retryDelay?: number;
  /**
   * Seconds: the longest `Retry-After` the adapter waits out before trying again by itself. A longer
   * one fails the call at once as `busy`, its `retryAfter` telling the UI how long to wait.
   * Default 10.
   */
  maxRetryAfter?: number;
  /**
   * The language Chatwoot answers in (its validation messages, such as "Email has already been
   * taken"), as a BCP 47 tag or a function that gives the current one; sent as `?locale=`.
   * Default: the page's `<html lang>`, the language the elements speak.
   */
  locale?: string | (() => string | null | undefined);
}

const PROFILE = 'api/v1/profile';

/**
 * The reference `SettingsAdapter`: speaks Chatwoot's REST API (see the contract document) and hands
 * the elements core types and `SettingsError`s only.
 *
 * @example
 * const adapter = new ChatwootAdapter({ baseUrl: 'https://chat.example.com', token });
 * document.querySelector('profile-settings').adapter = adapter;
 */
export class ChatwootAdapter implements SettingsAdapter {
  /** Chatwoot's rules (Devise 6–128 characters and devise-secure_password's four classes). */
  readonly passwordPolicy = CHATWOOT_PASSWORD_POLICY;
  /** Chatwoot's limits: 255 characters; JPEG, PNG or GIF up to 15 MB. */
  readonly profileRules = CHATWOOT_PROFILE_RULES;

  readonly #http: HttpOptions;
  readonly #credentials: Credentials;
  /**
   * Where the server is, without user info, query or fragment (the request paths drop those anyway):
   * what `storageKey` and the lock name say, so neither can carry a secret from the URL.
   */
  readonly #server: string;
  readonly #slaEvents: boolean;
  #accountId: number | undefined;
  /** The user's id, from the latest profile read: `storageKey` then needs no request. */
  #userId: number | undefined;
  /**
   * Chatwoot's JSON does not say which address awaits confirmation; remember the one we asked for,
   * so the UI can show it as pending (servers that send `unconfirmed_email` take precedence).
   */
  #requestedEmail: string | null = null;
  /**
   * The one way `ui_settings` and the notification flag lists are written (audio alerts, interface
   * settings, email and push): one write at a time, each reading the current state, merging its
   * change and writing it all back, for Chatwoot replaces `ui_settings` and both lists wholesale and
   * two writes in flight would undo each other. This chain orders them within the adapter; a Web
   * Lock (`#settingsLock`) keeps other adapters on the same server, in this tab or another, out.
   */
  #writes: Promise<unknown> = Promise.resolve();
  readonly #settingsLock: string;
  /**
   * Reads in flight, by path. The sections of a page load at the same time and several need the
   * profile; they share one request instead of sending one each.
   */
  readonly #reads = new Map<string, Promise<unknown>>();
  /** The last password change whose reply was lost (in memory only; see `LostPasswordChange`). */
  readonly #lostPassword = new LostPasswordChange();

  /** @throws {TypeError} when `baseUrl` is not an absolute URL: a mistake to see at once, not per call. */
  constructor(options: ChatwootAdapterOptions) {
    if (!URL.canParse(options.baseUrl)) throw new TypeError(`baseUrl is not a URL: ${options.baseUrl}`);
    const url = new URL(options.baseUrl);
    this.#server = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    this.#settingsLock = `profile-elements:chatwoot:${this.#server}:settings`;
    this.#credentials = new Credentials(options.token);
    this.#accountId = options.accountId;
    this.#slaEvents = options.slaEvents ?? false;
    this.#http = {
      baseUrl: options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
      fetch: options.fetch,
      timeout: options.timeout ?? 15_000,
      retries: options.retries ?? 2,
      retryDelay: options.retryDelay ?? 300,
      maxRetryAfter: options.maxRetryAfter ?? 10,
      locale: () => toChatwootLocale(localeOf(options.locale)),
    };
  }

  // --- profile -------------------------------------------------------------------------------

  async loadProfile(options?: RequestOptions): Promise<Profile> {
    return this.#toProfile(await this.#user(options));
  }

  /**
   * When the reply is lost, a fresh read tells whether the change landed: it did when every patched
   * field has the patched value (an email in `email` or as the unconfirmed address; Chatwoot itself
   * does not send the unconfirmed one, so there a lost email change stays `network`).
   */
  async updateProfile(patch: ProfilePatch, options?: RequestOptions): Promise<Profile> {
    const profile: Record<string, string> = {};
    if (patch.name !== undefined) profile.name = patch.name;
    if (patch.displayName !== undefined) profile.display_name = patch.displayName;
    if (patch.email !== undefined) profile.email = patch.email;
    const email = patch.email === undefined ? undefined : normalizeEmail(patch.email);
    const signal = options?.signal;
    const user = await confirmedWrite<unknown>({
      write: () => this.#send({ method: 'PUT', path: PROFILE, body: { profile }, signal }),
      landed: async () => {
        const now = await this.#user(options, true);
        const applied =
          (patch.name === undefined || now.name === patch.name) &&
          (patch.displayName === undefined || (now.display_name ?? '') === patch.displayName) &&
          (email === undefined ||
            [now.email, now.unconfirmed_email].some((e) => !!e && normalizeEmail(e) === email));
        return applied ? now : undefined;
      },
      signal,
    });
    if (email !== undefined) this.#requestedEmail = email;
    return this.#toProfile(user);
  }

  /**
   * Reads the profile first, so that when the upload's reply is lost, a second read can tell whether
   * it landed: it did when `avatar_url` changed (each upload is a new file with a new URL). Without
   * that first read (it failed), a lost reply stays `network`.
   */
  async uploadAvatar(file: Blob, options?: UploadOptions): Promise<Profile> {
    const form = new FormData();
    form.append(
      'profile[avatar]',
      file,
      file instanceof File ? file.name : `avatar.${file.type.split('/')[1] ?? 'bin'}`,
    );
    const signal = options?.signal;
    const before = await this.#user(options, true).then(
      (user) => user.avatar_url ?? '',
      () => {
        signal?.throwIfAborted();
        // The upload then fails the same way, or works and needs no check.
        return undefined;
      },
    );
    const user = await confirmedWrite<unknown>({
      write: () =>
        this.#send({
          method: 'PUT',
          path: PROFILE,
          body: form,
          signal,
          onProgress: forwardOnly(options?.onProgress),
        }),
      landed: async () => {
        if (before === undefined) return undefined;
        const now = await this.#user(options, true);
        return (now.avatar_url ?? '') !== before ? now : undefined;
      },
      signal,
    });
    options?.onProgress?.(1);
    return this.#toProfile(user);
  }

  async removeAvatar(options?: RequestOptions): Promise<Profile> {
    return this.#toProfile(
      await this.#send({ method: 'DELETE', path: `${PROFILE}/avatar`, signal: options?.signal }),
    );
  }

  /**
   * Sent alone: Chatwoot runs the password step before the profile step, without a transaction.
   * A change whose reply was lost is remembered; when the user sends it again and Chatwoot refuses
   * its current password, the new password is tried as the current one to learn whether the lost
   * change had landed (see `LostPasswordChange`).
   */
  async changePassword(change: PasswordChange, options?: RequestOptions): Promise<void> {
    const signal = options?.signal;
    const send = (currentPassword: string) => {
      const profile = {
        current_password: currentPassword,
        password: change.password,
        password_confirmation: change.passwordConfirmation,
      };
      return this.#send({ method: 'PUT', path: PROFILE, body: { profile }, signal }).then(() => true);
    };
    const retrying = this.#lostPassword.take(change);
    try {
      await confirmedWrite({
        write: () => send(change.currentPassword),
        unknown: (failure) => retrying && isWrongCurrentPassword(failure),
        landed: () =>
          send(change.password).catch((check: unknown) => {
            if (isWrongCurrentPassword(check)) return undefined;
            // The check could not tell either: the next retry asks again.
            this.#lostPassword.remember(change);
            throw check;
          }),
        signal,
      });
    } catch (error) {
      if (mayHaveLanded(error)) this.#lostPassword.remember(change);
      throw error;
    }
  }

  // --- access token --------------------------------------------------------------------------

  async revealAccessToken(options?: RequestOptions): Promise<string> {
    return tokenOf(await this.#user(options, true));
  }

  /**
   * The old token stops working at once; this adapter goes on with the new one. When the reply is
   * lost (`network`), the old token tells whether the reset went through: if it did, a `TokenSource`
   * is asked for the new token and the call resolves with it; without one (or when it has none) the
   * call fails as `auth` with code `'token-replaced'`, and so does every later call refused that old
   * token.
   */
  async resetAccessToken(options?: RequestOptions): Promise<string> {
    const signal = options?.signal;
    let sentWith: string | undefined;
    try {
      return await this.#credentials.send(
        async (token) => {
          sentWith = token;
          const req = { method: 'POST', path: `${PROFILE}/reset_access_token`, signal } as const;
          const fresh = tokenOf(await request(this.#http, req, token));
          // Before this reply settles: requests refused meanwhile wait for it and take this token.
          this.#credentials.replace(fresh);
          return fresh;
        },
        { signal, replacing: true },
      );
    } catch (error) {
      if (sentWith === undefined || !isSettingsError(error) || error.kind !== 'network') throw error;
      return this.#afterLostReset(sentWith, error, signal);
    }
  }

  /**
   * What a reset whose reply was lost became, asked once of the old token. Accepted: nothing
   * changed, and trying again is safe (the original `network` error). Refused: the reset went
   * through and its new token was lost with the reply; reading the profile again asks the
   * `TokenSource` for the new token, else fails as `token-replaced`. A check that fails says
   * nothing, and the original error stands.
   */
  async #afterLostReset(token: string, lost: SettingsError, signal?: AbortSignal): Promise<string> {
    try {
      await request({ ...this.#http, retries: 0 }, { method: 'GET', path: PROFILE, signal }, token);
    } catch (check) {
      if (signal?.aborted) throw signal.reason;
      if (isSettingsError(check) && check.status === 401) {
        this.#credentials.lost(token);
        try {
          return await this.revealAccessToken({ signal });
        } catch (renewal) {
          if (signal?.aborted) throw signal.reason;
          throw isSettingsError(renewal) && renewal.kind === 'auth' ? tokenReplaced(lost) : renewal;
        }
      }
    }
    throw lost;
  }

  // --- notifications -------------------------------------------------------------------------

  async loadNotificationPreferences(options?: RequestOptions): Promise<NotificationPreferences> {
    const user = await this.#user(options);
    const settings = await this.#notificationSettings(options);
    return this.#toPreferences(user, settings);
  }

  updateNotificationPreferences(
    patch: NotificationPreferencesPatch,
    options?: RequestOptions,
  ): Promise<NotificationPreferences> {
    const signal = options?.signal;
    // A write whose reply was lost landed if a fresh read shows the change in effect.
    const confirmed = () =>
      confirmedWrite({
        write: () => this.#writeNotifications(patch, options),
        landed: async () => {
          const prefs = this.#toPreferences(
            await this.#user(options, true),
            await this.#notificationSettings(options, true),
          );
          return preferencesHave(prefs, patch) ? prefs : undefined;
        },
        signal,
      });
    return this.#oneAtATime(confirmed, signal);
  }

  /** Runs a read-merge-write of the settings when no other runs, here or in another tab. */
  #oneAtATime<T>(write: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    const run = this.#writes.then(() => withTabLock(this.#settingsLock, write, signal));
    this.#writes = run.catch(() => undefined);
    return run;
  }

  // --- interface, signature, availability ------------------------------------------------------

  /** Chatwoot's 41 interface languages (`config/initializers/languages.rb`), as BCP 47 tags. */
  readonly interfaceLocales = CHATWOOT_LANGUAGES.map((code) => fromChatwootLocale(code)!);
  /** A text column's limit in Chatwoot (the contract, §3.5). */
  readonly signatureMaxLength = 20_000;

  async loadInterfacePreferences(options?: RequestOptions): Promise<InterfacePreferences> {
    return interfaceFrom((await this.#user(options)).ui_settings ?? {});
  }

  /**
   * Refuses what Chatwoot's own UI cannot set before sending anything (Chatwoot keeps any value);
   * a write whose reply was lost landed if a fresh read shows the change in effect.
   */
  updateInterfacePreferences(
    patch: InterfacePreferencesPatch,
    options?: RequestOptions,
  ): Promise<InterfacePreferences> {
    const problems = interfaceProblems(patch, this.interfaceLocales);
    if (problems.length) return Promise.reject(new SettingsError('validation', problems.join(', ')));
    const signal = options?.signal;
    const keys = interfaceToUiSettings(patch);
    const confirmed = () =>
      confirmedWrite({
        write: async () => {
          // A fresh read, never a shared one: it must see the previous write.
          const user = await this.#user(options, true);
          const ui_settings = { ...user.ui_settings, ...keys };
          const body = { profile: { ui_settings } };
          const saved = readUser(await this.#send({ method: 'PUT', path: PROFILE, body, signal }));
          return interfaceFrom(saved.ui_settings ?? {});
        },
        landed: async () => {
          const now = interfaceFrom((await this.#user(options, true)).ui_settings ?? {});
          return Object.entries(patch).every(([k, v]) => v === undefined || now[k as keyof typeof now] === v)
            ? now
            : undefined;
        },
        signal,
      });
    return this.#oneAtATime(confirmed, signal);
  }

  async loadSignature(options?: RequestOptions): Promise<string> {
    return (await this.#user(options)).message_signature ?? '';
  }

  async updateSignature(signature: string, options?: RequestOptions): Promise<string> {
    const signal = options?.signal;
    const body = { profile: { message_signature: signature } };
    const user = await confirmedWrite<unknown>({
      write: () => this.#send({ method: 'PUT', path: PROFILE, body, signal }),
      landed: async () => {
        const now = await this.#user(options, true);
        return (now.message_signature ?? '') === signature ? now : undefined;
      },
      signal,
    });
    return readUser(user).message_signature ?? '';
  }

  async loadAvailability(options?: RequestOptions): Promise<Availability> {
    return this.#availabilityOf(await this.#user(options));
  }

  /**
   * `POST /profile/availability` and `/profile/auto_offline` (the contract, §1.4). An unknown status
   * is refused here: Chatwoot would answer it with a 500.
   */
  async updateAvailability(patch: AvailabilityPatch, options?: RequestOptions): Promise<Availability> {
    const signal = options?.signal;
    if (patch.status !== undefined && !(AVAILABILITY_STATUSES as readonly string[]).includes(patch.status))
      throw new SettingsError('validation', `Not an availability: ${String(patch.status)}`);
    const account_id = Number(patch.accountId);
    let user: ChatwootUser | undefined;
    if (patch.status !== undefined) {
      const body = { profile: { account_id, availability: patch.status } };
      user = readUser(await this.#send({ method: 'POST', path: `${PROFILE}/availability`, body, signal }));
    }
    if (patch.autoOffline !== undefined) {
      const body = { profile: { account_id, auto_offline: patch.autoOffline } };
      user = readUser(await this.#send({ method: 'POST', path: `${PROFILE}/auto_offline`, body, signal }));
    }
    return this.#availabilityOf(user ?? (await this.#user(options, true)));
  }

  #availabilityOf(user: ChatwootUser): Availability {
    const accounts = readMemberships(user.accounts);
    const current = String(this.#accountId ?? user.account_id ?? accounts[0]?.accountId ?? '');
    return { accounts, currentAccountId: current };
  }

  async #writeNotifications(patch: NotificationPreferencesPatch, options?: RequestOptions) {
    const signal = options?.signal;
    // Fresh reads, never a shared one: a read that started before the previous write finished
    // would bring back the state that write replaced.
    let user = await this.#user(options, true);
    let settings = await this.#notificationSettings(options, true);
    if (patch.email || patch.push) {
      const offered = new Set(offeredEvents(settings, this.#slaEvents));
      const unknown = [...Object.keys(patch.email ?? {}), ...Object.keys(patch.push ?? {})].filter(
        (e) => !offered.has(e as never),
      );
      if (unknown.length) {
        throw new SettingsError(
          'validation',
          `Not a notification this account offers: ${unknown.join(', ')}`,
        );
      }
      const body = { notification_settings: flagListsWith(settings, patch) };
      settings = readNotificationSettings(
        await this.#send({ method: 'PATCH', path: await this.#settingsPath(options), body, signal }),
      );
    }
    if (patch.audio) {
      const ui_settings = { ...user.ui_settings, ...audioToUiSettings(patch.audio) };
      user = readUser(
        await this.#send({ method: 'PUT', path: PROFILE, body: { profile: { ui_settings } }, signal }),
      );
    }
    return this.#toPreferences(user, settings);
  }

  // --- browser push --------------------------------------------------------------------------

  /**
   * Registers the subscription. Its endpoint also goes in as `push_token`: Chatwoot deletes
   * subscriptions by that attribute only, so this is what lets `unsubscribePush` find it again.
   */
  async subscribePush(subscription: PushSubscriptionJSON, options?: RequestOptions): Promise<void> {
    const { endpoint, keys = {} } = subscription;
    if (!endpoint) throw new SettingsError('validation', 'The push subscription has no endpoint');
    const body = {
      notification_subscription: {
        subscription_type: 'browser_push',
        subscription_attributes: { endpoint, p256dh: keys.p256dh, auth: keys.auth, push_token: endpoint },
      },
    };
    await this.#send({
      method: 'POST',
      path: 'api/v1/notification_subscriptions',
      body,
      signal: options?.signal,
    });
  }

  async unsubscribePush(subscription: PushSubscriptionJSON, options?: RequestOptions): Promise<void> {
    const body = { push_token: subscription.endpoint };
    await this.#send({
      method: 'DELETE',
      path: 'api/v1/notification_subscriptions',
      body,
      signal: options?.signal,
    });
  }

  // --- language ------------------------------------------------------------------------------

  /**
   * The interface language the agent chose in Chatwoot (`ui_settings.locale`) as a BCP 47 tag, or
   * `null` when they use the account default: a host may set `<html lang>` from it, and the
   * elements follow.
   */
  async userLocale(options?: RequestOptions): Promise<string | null> {
    return fromChatwootLocale((await this.#user(options)).ui_settings?.['locale']);
  }

  // --- device storage ------------------------------------------------------------------------

  /**
   * `chatwoot:<server>#<user id>`: the same for every token of the user, so drafts and queued
   * changes outlive a token reset. Asks for the profile only when no read has brought the id yet.
   */
  async storageKey(options?: RequestOptions): Promise<string> {
    options?.signal?.throwIfAborted();
    const id = this.#userId ?? (await this.#user(options)).id;
    return `chatwoot:${this.#server}#${id}`;
  }

  // --- plumbing ------------------------------------------------------------------------------

  #send(req: HttpRequest): Promise<unknown> {
    return this.#credentials.send((token) => request(this.#http, req, token), { signal: req.signal });
  }

  /**
   * A GET, shared with the same GET already in flight unless `fresh`. The shared request carries no
   * caller's signal (one caller giving up must not cancel it for the others); each caller stops
   * waiting when its own signal aborts.
   */
  #read(path: string, signal: AbortSignal | undefined, fresh = false): Promise<unknown> {
    // Before anything is sent: a caller that has already given up must not start a request.
    signal?.throwIfAborted();
    if (fresh) return this.#send({ method: 'GET', path, signal });
    let shared = this.#reads.get(path);
    if (!shared) {
      shared = this.#send({ method: 'GET', path }).finally(() => this.#reads.delete(path));
      // Each caller gets the failure through its own promise below; when every caller has given up,
      // nobody waits for this one, and its failure must not surface as an unhandled rejection.
      shared.catch(() => undefined);
      this.#reads.set(path, shared);
    }
    return untilAborted(shared, signal);
  }

  async #user(options?: RequestOptions, fresh = false): Promise<ChatwootUser> {
    const user = readUser(await this.#read(PROFILE, options?.signal, fresh));
    this.#accountId ??= user.account_id ?? undefined;
    this.#userId = user.id;
    return user;
  }

  async #settingsPath(options?: RequestOptions): Promise<string> {
    if (this.#accountId === undefined) await this.#user(options);
    if (this.#accountId === undefined) {
      throw new SettingsError(
        'not-found',
        'The user belongs to no account, so there are no notification settings',
      );
    }
    return `api/v1/accounts/${this.#accountId}/notification_settings`;
  }

  async #notificationSettings(
    options?: RequestOptions,
    fresh = false,
  ): Promise<ChatwootNotificationSettings> {
    const path = await this.#settingsPath(options);
    return readNotificationSettings(await this.#read(path, options?.signal, fresh));
  }

  #toPreferences(user: ChatwootUser, settings: ChatwootNotificationSettings): NotificationPreferences {
    return preferencesFrom(user.ui_settings ?? {}, settings, this.#slaEvents);
  }

  /** Maps Chatwoot's user JSON onto the core `Profile`. */
  #toProfile(body: unknown): Profile {
    const user = readUser(body);
    const profile = toProfile(user);
    if (this.#requestedEmail === profile.email) this.#requestedEmail = null;
    if (!profile.pendingEmail && this.#requestedEmail) profile.pendingEmail = this.#requestedEmail;
    return profile;
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

/** Progress that never goes back: an upload sent again after a 401 starts over from 0. */
function forwardOnly(report: ((fraction: number) => void) | undefined) {
  if (!report) return undefined;
  let reported = 0;
  return (fraction: number) => {
    if (fraction > reported) report((reported = fraction));
  };
}

function tokenOf(user: unknown): string {
  const token = (user as { access_token?: unknown } | undefined)?.access_token;
  if (typeof token !== 'string' || !token)
    throw new SettingsError('server', 'The server sent no access token');
  return token;
}

/** The tag the host gave (or gives now), else the page's language. */
function localeOf(locale: ChatwootAdapterOptions['locale']): string | null | undefined {
  if (typeof locale === 'function') return locale();
  return locale ?? globalThis.document?.documentElement.lang;
}
