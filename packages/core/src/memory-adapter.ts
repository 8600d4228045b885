import {
  AVAILABILITY_STATUSES,
  FONT_SIZES,
  SEND_KEYS,
  type Availability,
  type AvailabilityPatch,
  type InterfacePreferences,
  type InterfacePreferencesPatch,
} from './interface-preferences.js';
import type { SettingsAdapter } from './adapter.js';
import { SettingsError, type FieldErrors, type SettingsErrorKind } from './errors.js';
import { DEFAULT_MEMORY_RULES } from './memory-default-rules.js';
import type { MemoryRules } from './memory-rules.js';
import {
  AUDIO_ALERT_EVENTS,
  AUDIO_TONES,
  DEFAULT_AUDIO_ALERTS,
  NOTIFICATION_EVENTS,
  applyNotificationPatch,
  channelWith,
  type NotificationEvent,
  type NotificationPreferences,
  type NotificationPreferencesPatch,
} from './notifications.js';
import type { PasswordPolicy } from './password-policy.js';
import { normalizeEmail, type ProfileRules } from './rules.js';
import type { PasswordChange, Profile, ProfilePatch, RequestOptions, UploadOptions } from './types.js';

export type { MemoryMessages, MemoryRules } from './memory-rules.js';
export { DEFAULT_MEMORY_RULES, DEFAULT_PASSWORD_POLICY } from './memory-default-rules.js';

/**
 * An adapter that keeps everything in memory and behaves like a backend: the rules and messages it
 * is given, a pending-email flow, the same error kinds. For stories, unit tests and prototypes;
 * never a substitute for the contract tests against a real server.
 */
export interface MemoryAdapterOptions {
  /**
   * Names this in-memory backend in `storageKey` (`memory:<name>#<profile id>`), so that stories or
   * tests that keep drafts on the device do not share them. Default: a name of this instance's own,
   * so that nothing it keeps comes back in another instance (give a name to see drafts survive a
   * reload).
   */
  name?: string;
  /**
   * The backend's rules and words. Default `DEFAULT_MEMORY_RULES` (plain English); pass e.g.
   * `chatwootMemoryRules` from `@profile-elements/chatwoot-adapter/rules` to refuse as Chatwoot does.
   */
  rules?: MemoryRules;
  /** The starting profile (fields not given take demo values). */
  profile?: Partial<Profile>;
  /** Addresses that belong to other users, so changing to one of them fails as "taken". */
  takenEmails?: string[];
  /** Milliseconds every call waits before it answers, to show loading and saving states. */
  latency?: number;
  /** Whether a changed email must be confirmed first (lands in `pendingEmail`). Default `true`. */
  confirmEmailChanges?: boolean;
  /** The current password. Default `'Password1!'`, the reference server's demo password. */
  password?: string;
  /**
   * Starting notification preferences, merged over the defaults (no audio alerts, the
   * "ding" tone, email and push for `conversation_assignment` only). `events` replaces the offered
   * events outright.
   */
  notifications?: NotificationPreferencesPatch & { events?: NotificationEvent[] };
  /** Whether the account offers the three SLA events (an account feature). Default `false`. */
  slaEvents?: boolean;
  /** Starting interface settings (default: 16 px, the account's language, Enter sends). */
  interface?: Partial<InterfacePreferences>;
  /** The starting message signature (Markdown). Default none. */
  signature?: string;
  /** The longest signature taken, in characters (`signatureMaxLength`; default 20,000, as Chatwoot). */
  signatureMaxLength?: number;
  /**
   * The accounts the agent belongs to and their availability. Default one account, "Acme Support",
   * online, with auto-offline on.
   */
  availability?: Availability;
  /** The API access token `revealAccessToken` gives. Default a fixed 24-character demo token. */
  token?: string;
  /**
   * The optional `SettingsAdapter` members this adapter has; the others are really absent
   * (`'changePassword' in adapter === false`), so elements can be tested without a capability.
   * `loadProfile` and `updateProfile` are required and always present. Default: every member.
   */
  capabilities?: Array<keyof SettingsAdapter>;
}

/** A failure to inject into a call: a kind, or a whole `SettingsError`. */
export type InjectedFailure = SettingsErrorKind | SettingsError;

/** The adapter methods whose calls can be made to fail (and are recorded in `calls`). */
export type MemoryAdapterMethod = {
  [K in keyof SettingsAdapter]-?: NonNullable<SettingsAdapter[K]> extends (...args: never[]) => unknown
    ? K
    : never;
}[keyof SettingsAdapter];

/** The optional members `capabilities` can leave out. */
const OPTIONAL_MEMBERS = [
  'uploadAvatar',
  'removeAvatar',
  'changePassword',
  'passwordPolicy',
  'profileRules',
  'loadNotificationPreferences',
  'updateNotificationPreferences',
  'revealAccessToken',
  'resetAccessToken',
  'subscribePush',
  'unsubscribePush',
  'storageKey',
  'loadInterfacePreferences',
  'updateInterfacePreferences',
  'interfaceLocales',
  'loadSignature',
  'updateSignature',
  'signatureMaxLength',
  'loadAvailability',
  'updateAvailability',
] as const satisfies readonly (keyof SettingsAdapter)[];

const DEMO_PROFILE: Profile = {
  id: '1',
  name: 'Jane Doe',
  displayName: 'Jane',
  email: 'agent@example.com',
  pendingEmail: null,
  avatarUrl: '',
};

const DEMO_AVAILABILITY: Availability = {
  accounts: [{ accountId: '1', accountName: 'Acme Support', status: 'online', autoOffline: true }],
  currentAccountId: '1',
};

/** The languages the elements ship, as a backend might offer them. */
const INTERFACE_LOCALES = ['en', 'es', 'de', 'fr', 'pt-BR', 'it', 'nl', 'ja', 'zh-Hans', 'ko', 'ar', 'he'];

/** What a backend refuses in an interface change: unknown sizes, keys and languages. */
function interfaceProblems(patch: InterfacePreferencesPatch, locales: readonly string[]): string[] {
  const problems: string[] = [];
  if (patch.fontSize !== undefined && !(FONT_SIZES as readonly number[]).includes(patch.fontSize))
    problems.push(`Not a font size: ${String(patch.fontSize)}`);
  if (patch.sendKey !== undefined && !(SEND_KEYS as readonly string[]).includes(patch.sendKey))
    problems.push(`Not a send key: ${String(patch.sendKey)}`);
  if (patch.locale !== undefined && patch.locale !== null && !locales.includes(patch.locale))
    problems.push(`Not an interface language: ${String(patch.locale)}`);
  return problems;
}

/** The members of a patch that are set (an `undefined` member changes nothing). */
const definedOnly = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The reference server's seeded password. */
const DEMO_PASSWORD = 'Password1!';
/** 24 base58 characters, the shape of a Rails `has_secure_token`. */
const DEMO_TOKEN = 'pe7DemoTokenxQ4hR2mKz9Vw';
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const REDACTED = '[redacted]';
/** How many progress steps an upload reports when there is latency. */
const PROGRESS_STEPS = 4;

/**
 * Every method is an own property of the instance (not a prototype method) so that `capabilities`
 * can really remove the optional ones: `in` and `?.` then see them absent, as in an adapter that never
 * had them.
 */
/** Numbers the instances, for their default `name`. */
let instances = 0;

export class MemoryAdapter implements SettingsAdapter {
  /** What the backend holds now. Tests may read it; change it through the adapter's methods. */
  profile: Profile;
  latency: number;
  /** Every call, in order, with its arguments. Passwords are recorded as `'[redacted]'`. */
  readonly calls: { method: string; args: unknown[] }[] = [];
  /** The push subscriptions handed over by `subscribePush` (one per endpoint). */
  readonly pushSubscriptions: PushSubscriptionJSON[] = [];
  readonly passwordPolicy: PasswordPolicy;
  readonly profileRules: ProfileRules;
  /** The twelve languages the elements ship (a backend lists those it offers). */
  readonly interfaceLocales: readonly string[] = INTERFACE_LOCALES;
  /** As Chatwoot: a text column's 20,000 characters. */
  readonly signatureMaxLength: number;
  /** What the backend holds now (interface settings, signature, availability). Tests may read them. */
  interfacePreferences: InterfacePreferences;
  signature: string;
  availability: Availability;

  readonly #rules: MemoryRules;
  readonly #name: string;
  readonly #taken: Set<string>;
  readonly #confirmEmail: boolean;
  readonly #failures: InjectedFailure[] = [];
  readonly #methodFailures = new Map<string, (InjectedFailure | null)[]>();
  #password: string;
  #token: string;
  #notifications: NotificationPreferences;
  /** The object URL behind `profile.avatarUrl`, revoked when the image is replaced or removed. */
  #objectUrl: string | null = null;

  constructor(options: MemoryAdapterOptions = {}) {
    this.#rules = options.rules ?? DEFAULT_MEMORY_RULES;
    this.#name = options.name ?? `instance-${++instances}-${Math.random().toString(36).slice(2, 8)}`;
    this.passwordPolicy = this.#rules.passwordPolicy;
    this.profileRules = this.#rules.profileRules;
    this.profile = { ...DEMO_PROFILE, ...options.profile };
    this.latency = options.latency ?? 0;
    this.#taken = new Set((options.takenEmails ?? ['taken@example.com']).map(normalizeEmail));
    this.#confirmEmail = options.confirmEmailChanges ?? true;
    this.#password = options.password ?? DEMO_PASSWORD;
    this.#token = options.token ?? DEMO_TOKEN;
    this.interfacePreferences = { fontSize: 16, locale: null, sendKey: 'enter', ...options.interface };
    this.signature = options.signature ?? '';
    this.signatureMaxLength = options.signatureMaxLength ?? 20_000;
    this.availability = structuredClone(options.availability ?? DEMO_AVAILABILITY);
    const offered = options.slaEvents
      ? [...NOTIFICATION_EVENTS]
      : NOTIFICATION_EVENTS.filter((event) => !event.startsWith('sla_'));
    const base: NotificationPreferences = {
      audio: { ...DEFAULT_AUDIO_ALERTS, events: [...DEFAULT_AUDIO_ALERTS.events] },
      email: channelWith(['conversation_assignment']),
      push: channelWith(['conversation_assignment']),
      events: options.notifications?.events ? [...options.notifications.events] : offered,
    };
    this.#notifications = applyNotificationPatch(base, options.notifications ?? {});

    if (options.capabilities) {
      const keep = new Set<string>(options.capabilities);
      const self = this as unknown as Record<string, unknown>;
      for (const member of OPTIONAL_MEMBERS) if (!keep.has(member)) delete self[member];
    }
  }

  /**
   * Makes the next call(s) of any method fail, in order: one entry per call. `storageKey` takes none
   * of these (it is device bookkeeping, not something the user did): fail it with `failOn`.
   */
  failNext(...failures: InjectedFailure[]): this {
    this.#failures.push(...failures);
    return this;
  }

  /**
   * Makes the next calls of one method fail, in order: one entry per call of `method`, `null` letting
   * that call through. `failOn('updateNotificationPreferences', null, 'server')` fails exactly the
   * second call. A call takes its method's entry first; the `failNext` queue only when it has none.
   * Calls aborted before they answer take no entry (as with `failNext`).
   */
  failOn(method: MemoryAdapterMethod, ...failures: (InjectedFailure | null)[]): this {
    const queue = this.#methodFailures.get(method) ?? [];
    queue.push(...failures);
    this.#methodFailures.set(method, queue);
    return this;
  }

  loadProfile = async (options?: RequestOptions): Promise<Profile> => {
    await this.#answer('loadProfile', [], options);
    return { ...this.profile };
  };

  updateProfile = async (patch: ProfilePatch, options?: RequestOptions): Promise<Profile> => {
    await this.#answer('updateProfile', [patch], options);
    refuseIfAny(
      this.#rules.profileErrors(patch, (email) => email !== this.profile.email && this.#taken.has(email)),
    );
    const email = patch.email === undefined ? undefined : normalizeEmail(patch.email);

    const next = { ...this.profile };
    if (patch.name !== undefined) next.name = patch.name;
    if (patch.displayName !== undefined) next.displayName = patch.displayName;
    if (email !== undefined && email !== next.email) {
      if (this.#confirmEmail) next.pendingEmail = email;
      else next.email = email;
    }
    this.profile = next;
    return { ...next };
  };

  uploadAvatar = async (file: Blob, options?: UploadOptions): Promise<Profile> => {
    await this.#answer('uploadAvatar', [file], options, options?.onProgress);
    refuseIfAny({ avatar: this.#rules.avatarErrors(file) });
    const url = await imageUrl(file);
    this.#revokeAvatar();
    if (url.startsWith('blob:')) this.#objectUrl = url;
    this.profile = { ...this.profile, avatarUrl: url };
    return { ...this.profile };
  };

  removeAvatar = async (options?: RequestOptions): Promise<Profile> => {
    await this.#answer('removeAvatar', [], options);
    this.#revokeAvatar();
    this.profile = { ...this.profile, avatarUrl: '' };
    return { ...this.profile };
  };

  changePassword = async (change: PasswordChange, options?: RequestOptions): Promise<void> => {
    await this.#answer(
      'changePassword',
      [{ currentPassword: REDACTED, password: REDACTED, passwordConfirmation: REDACTED }],
      options,
    );
    if (change.currentPassword !== this.#password) {
      const message = this.#rules.messages.wrongCurrentPassword;
      throw new SettingsError('validation', message, { fields: { currentPassword: [message] }, status: 422 });
    }
    refuseIfAny(this.#rules.passwordErrors(change.password, change.passwordConfirmation));
    this.#password = change.password;
  };

  loadNotificationPreferences = async (options?: RequestOptions): Promise<NotificationPreferences> => {
    await this.#answer('loadNotificationPreferences', [], options);
    return cloneNotifications(this.#notifications);
  };

  updateNotificationPreferences = async (
    patch: NotificationPreferencesPatch,
    options?: RequestOptions,
  ): Promise<NotificationPreferences> => {
    await this.#answer('updateNotificationPreferences', [patch], options);
    const problems = notificationProblems(patch, this.#notifications.events);
    if (problems.length) throw new SettingsError('validation', problems.join(', '), { status: 422 });
    const next = applyNotificationPatch(this.#notifications, patch);
    // Each alert event once, in a fixed order, as a backend that stores a set.
    next.audio.events = AUDIO_ALERT_EVENTS.filter((event) => next.audio.events.includes(event));
    this.#notifications = next;
    return cloneNotifications(next);
  };

  revealAccessToken = async (options?: RequestOptions): Promise<string> => {
    await this.#answer('revealAccessToken', [], options);
    return this.#token;
  };

  resetAccessToken = async (options?: RequestOptions): Promise<string> => {
    await this.#answer('resetAccessToken', [], options);
    this.#token = randomBase58(24);
    return this.#token;
  };

  subscribePush = async (subscription: PushSubscriptionJSON, options?: RequestOptions): Promise<void> => {
    await this.#answer('subscribePush', [redactKeys(subscription)], options);
    if (!subscription.endpoint) {
      throw new SettingsError('validation', this.#rules.messages.pushWithoutEndpoint, { status: 422 });
    }
    // Upserted by endpoint: the same browser subscribing again replaces its keys.
    const index = this.pushSubscriptions.findIndex((s) => s.endpoint === subscription.endpoint);
    const copy = structuredClone(subscription);
    if (index === -1) this.pushSubscriptions.push(copy);
    else this.pushSubscriptions[index] = copy;
  };

  unsubscribePush = async (subscription: PushSubscriptionJSON, options?: RequestOptions): Promise<void> => {
    await this.#answer('unsubscribePush', [redactKeys(subscription)], options);
    const index = this.pushSubscriptions.findIndex((s) => s.endpoint === subscription.endpoint);
    if (index !== -1) this.pushSubscriptions.splice(index, 1);
  };

  loadInterfacePreferences = async (options?: RequestOptions): Promise<InterfacePreferences> => {
    await this.#answer('loadInterfacePreferences', [], options);
    return { ...this.interfacePreferences };
  };

  updateInterfacePreferences = async (
    patch: InterfacePreferencesPatch,
    options?: RequestOptions,
  ): Promise<InterfacePreferences> => {
    await this.#answer('updateInterfacePreferences', [patch], options);
    const problems = interfaceProblems(patch, this.interfaceLocales);
    if (problems.length) throw new SettingsError('validation', problems.join(', '), { status: 422 });
    this.interfacePreferences = { ...this.interfacePreferences, ...definedOnly(patch) };
    return { ...this.interfacePreferences };
  };

  loadSignature = async (options?: RequestOptions): Promise<string> => {
    await this.#answer('loadSignature', [], options);
    return this.signature;
  };

  updateSignature = async (signature: string, options?: RequestOptions): Promise<string> => {
    await this.#answer('updateSignature', [signature], options);
    if ([...signature].length > this.signatureMaxLength)
      refuseIfAny({ signature: [this.#rules.messages.signatureTooLong(this.signatureMaxLength)] });
    this.signature = signature;
    return signature;
  };

  loadAvailability = async (options?: RequestOptions): Promise<Availability> => {
    await this.#answer('loadAvailability', [], options);
    return structuredClone(this.availability);
  };

  updateAvailability = async (patch: AvailabilityPatch, options?: RequestOptions): Promise<Availability> => {
    await this.#answer('updateAvailability', [patch], options);
    const account = this.availability.accounts.find((a) => a.accountId === patch.accountId);
    if (!account) throw new SettingsError('not-found', 'Resource could not be found', { status: 404 });
    if (patch.status !== undefined && !(AVAILABILITY_STATUSES as readonly string[]).includes(patch.status))
      throw new SettingsError('validation', `Not an availability: ${String(patch.status)}`, { status: 422 });
    if (patch.status !== undefined) account.status = patch.status;
    if (patch.autoOffline !== undefined) account.autoOffline = patch.autoOffline;
    return structuredClone(this.availability);
  };

  /** `memory:<name>#<profile id>`; the token is not part of it, so a reset keeps it. */
  storageKey = async (options?: RequestOptions): Promise<string> => {
    await this.#answer('storageKey', [], options);
    return `memory:${this.#name}#${this.profile.id}`;
  };

  #revokeAvatar(): void {
    if (this.#objectUrl) URL.revokeObjectURL(this.#objectUrl);
    this.#objectUrl = null;
  }

  /**
   * Records the call, waits the latency (abortably, reporting upload progress in steps), then
   * throws an injected failure if one is due.
   */
  async #answer(
    method: MemoryAdapterMethod,
    args: unknown[],
    options?: RequestOptions,
    onProgress?: (fraction: number) => void,
  ): Promise<void> {
    this.calls.push({ method, args });
    const signal = options?.signal;
    signal?.throwIfAborted();
    if (this.latency > 0) {
      const steps = onProgress ? PROGRESS_STEPS : 1;
      for (let step = 1; step <= steps; step++) {
        await wait(this.latency / steps, signal);
        onProgress?.(step / steps);
      }
    }
    // Taken only now: a call aborted first never reached the "server", so it does not count. Every
    // call waits the same latency, so calls still take their failures in the order they were made.
    const queue = this.#methodFailures.get(method);
    // `storageKey` is asked for beside the calls a test means to fail: it takes only its own entries.
    const shared = method !== 'storageKey';
    const failure = queue?.length ? queue.shift() : shared ? this.#failures.shift() : undefined;
    if (failure) {
      throw typeof failure === 'string'
        ? new SettingsError(failure, this.#rules.messages.failures[failure])
        : failure;
    }
  }
}

/** Throws a `validation` error (an HTTP backend's 422) when any field has messages. */
function refuseIfAny(fields: FieldErrors): void {
  const present = Object.fromEntries(Object.entries(fields).filter(([, m]) => m.length)) as FieldErrors;
  const messages = Object.values(present).flat();
  if (messages.length)
    throw new SettingsError('validation', messages.join(', '), { fields: present, status: 422 });
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // An already aborted signal fires no more 'abort' events (e.g. aborted from `onProgress`).
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** What is wrong with a notification patch: events the account does not offer, values out of range. */
function notificationProblems(patch: NotificationPreferencesPatch, offered: readonly string[]): string[] {
  const problems: string[] = [];
  for (const channel of ['email', 'push'] as const) {
    for (const [event, value] of Object.entries(patch[channel] ?? {})) {
      if (!offered.includes(event)) problems.push(`Unknown notification event: ${event}`);
      else if (typeof value !== 'boolean') problems.push(`Invalid value for ${channel} ${event}`);
    }
  }
  const audio = patch.audio ?? {};
  if (audio.events !== undefined) {
    const known = AUDIO_ALERT_EVENTS as readonly string[];
    if (!Array.isArray(audio.events) || audio.events.some((e) => !known.includes(e))) {
      problems.push('Invalid audio alert events');
    }
  }
  if (audio.tone !== undefined && !(AUDIO_TONES as readonly string[]).includes(audio.tone)) {
    problems.push(`Invalid tone: ${String(audio.tone)}`);
  }
  if (
    audio.volume !== undefined &&
    !(typeof audio.volume === 'number' && audio.volume >= 0 && audio.volume <= 1)
  ) {
    problems.push('Volume must be between 0 and 1');
  }
  for (const flag of ['alwaysPlay', 'repeatWhileUnread'] as const) {
    if (audio[flag] !== undefined && typeof audio[flag] !== 'boolean') problems.push(`Invalid ${flag}`);
  }
  return problems;
}

function cloneNotifications(prefs: NotificationPreferences): NotificationPreferences {
  return {
    audio: { ...prefs.audio, events: [...prefs.audio.events] },
    email: { ...prefs.email },
    push: { ...prefs.push },
    events: [...prefs.events],
  };
}

/** The subscription as `calls` records it: its keys are the browser's secrets for this endpoint. */
function redactKeys(subscription: PushSubscriptionJSON): PushSubscriptionJSON {
  if (!subscription.keys) return { ...subscription };
  return {
    ...subscription,
    keys: Object.fromEntries(Object.keys(subscription.keys).map((k) => [k, REDACTED])),
  };
}

/** An object URL where there is one (browsers, Node), else a data URL of the bytes. */
async function imageUrl(file: Blob): Promise<string> {
  if (typeof URL.createObjectURL === 'function') return URL.createObjectURL(file);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:${file.type || 'application/octet-stream'};base64,${btoa(binary)}`;
}

/** `length` random base58 characters, like Rails' `has_secure_token`. */
function randomBase58(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      // 232 = 4 × 58: dropping the bytes above keeps every character equally likely.
      if (byte < 232 && out.length < length) out += BASE58[byte % 58];
    }
  }
  return out;
}
