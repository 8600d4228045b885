/**
 * An adapter for "Acme Helpdesk", a made-up REST API: the worked example of the "Writing an adapter"
 * docs page, proven by test/docs/acme-adapter.test.ts (the contract suite, over a fake Acme in memory).
 *
 *   GET   /api/me            → 200 AcmeUser
 *   PATCH /api/me            { full_name?, nickname?, email? } → 200 AcmeUser | 422 AcmeErrors
 *   POST  /api/me/password   { current_password, new_password } → 204 | 422 AcmeErrors
 *
 * Every request carries `Authorization: Bearer <token>` (401: the token is no good). Acme keeps a
 * changed email in `unconfirmed_email` until the user confirms it, and answers a refused change with
 * `{ "errors": [{ "field": "email", "message": "This address belongs to another account." }] }`.
 */
import {
  DEFAULT_PROFILE_RULES,
  SettingsError,
  type FieldErrors,
  type FieldName,
  type PasswordChange,
  type PasswordPolicy,
  type Profile,
  type ProfilePatch,
  type ProfileRules,
  type RequestOptions,
  type SettingsAdapter,
} from '@profile-elements/core';

/** The user, as Acme sends it. The elements never see this shape: the adapter maps it. */
interface AcmeUser {
  id: number;
  full_name: string;
  nickname: string | null;
  email: string;
  unconfirmed_email: string | null;
  photo_url: string | null;
}

/** Acme's answer to a refused change (422). */
interface AcmeErrors {
  errors?: { field?: string; message: string }[];
}

/** Acme's field names → the fields the elements show messages under. */
const FIELDS = new Map<string, FieldName>([
  ['full_name', 'name'],
  ['nickname', 'displayName'],
  ['email', 'email'],
  ['current_password', 'currentPassword'],
  ['new_password', 'password'],
]);

/**
 * Acme's documented password rules: 10 to 64 characters, with a lowercase letter and a number; any
 * other character is allowed. Declared here, the Password section shows them as a live checklist.
 */
const ACME_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 10,
  maxLength: 64,
  classes: [
    { id: 'lowercase', characters: 'abcdefghijklmnopqrstuvwxyz', min: 1, max: Infinity, display: '(a..z)' },
    { id: 'number', characters: '0123456789', min: 1, max: Infinity, display: '(0..9)' },
  ],
  maxInvalid: Infinity,
};

export interface AcmeAdapterOptions {
  /** Where the API lives, e.g. `https://helpdesk.acme.test`. */
  baseUrl: string;
  /** The signed-in user's API token. */
  token: string;
  /** A `fetch` of your own (a proxy, a test double). Default: the browser's. */
  fetch?: typeof fetch;
}

export class AcmeAdapter implements SettingsAdapter {
  /** Acme keeps names of up to 100 characters; the form says so as the user types. */
  readonly profileRules: ProfileRules = { ...DEFAULT_PROFILE_RULES, maxLength: 100 };
  readonly passwordPolicy = ACME_PASSWORD_POLICY;

  readonly #baseUrl: string;
  readonly #token: string;
  readonly #fetch: typeof fetch;
  #userId: string | undefined;

  constructor(options: AcmeAdapterOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#token = options.token;
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
  }

  async loadProfile({ signal }: RequestOptions = {}): Promise<Profile> {
    const response = await this.#request('GET', '/api/me', undefined, signal);
    return this.#profile(await readJson<AcmeUser>(response, signal));
  }

  async updateProfile(patch: ProfilePatch, { signal }: RequestOptions = {}): Promise<Profile> {
    // Only the changed fields, in Acme's names. Acme has no empty nickname: "none" is null.
    const body: Record<string, string | null> = {};
    if (patch.name !== undefined) body['full_name'] = patch.name;
    if (patch.displayName !== undefined) body['nickname'] = patch.displayName || null;
    if (patch.email !== undefined) body['email'] = patch.email;
    const response = await this.#request('PATCH', '/api/me', body, signal);
    return this.#profile(await readJson<AcmeUser>(response, signal));
  }

  async changePassword(change: PasswordChange, { signal }: RequestOptions = {}): Promise<void> {
    signal?.throwIfAborted();
    // Acme takes no confirmation, so the adapter checks it: the message lands on its field.
    if (change.password !== change.passwordConfirmation) {
      const message = "The passwords don't match.";
      throw new SettingsError('validation', message, { fields: { passwordConfirmation: [message] } });
    }
    await this.#request(
      'POST',
      '/api/me/password',
      { current_password: change.currentPassword, new_password: change.password },
      signal,
    );
  }

  /** Names Acme and the user (never the token): the elements keep drafts on the device under it. */
  async storageKey({ signal }: RequestOptions = {}): Promise<string> {
    signal?.throwIfAborted();
    this.#userId ??= (await this.loadProfile({ signal })).id;
    return `acme:${this.#baseUrl}#${this.#userId}`;
  }

  /** Acme's user → the core `Profile`. */
  #profile(user: AcmeUser): Profile {
    this.#userId = String(user.id);
    return {
      id: String(user.id),
      name: user.full_name,
      displayName: user.nickname ?? '',
      email: user.email,
      pendingEmail: user.unconfirmed_email,
      avatarUrl: user.photo_url ?? '',
    };
  }

  /** Sends a request; resolves with a 2xx response, else rejects with a `SettingsError`. */
  async #request(
    method: string,
    path: string,
    body: object | undefined,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    let response: Response;
    try {
      response = await this.#fetch(`${this.#baseUrl}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${this.#token}`,
          ...(body && { 'content-type': 'application/json' }),
        },
        body: body && JSON.stringify(body),
        signal,
      });
    } catch (cause) {
      // Cancelling is not failing: the caller gets the signal's AbortError, as the contract says.
      if (signal?.aborted) throw signal.reason;
      throw new SettingsError('network', 'Acme Helpdesk could not be reached.', { cause });
    }
    if (!response.ok) throw await acmeError(response);
    return response;
  }
}

async function readJson<T>(response: Response, signal: AbortSignal | undefined): Promise<T> {
  try {
    return (await response.json()) as T;
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    throw new SettingsError('server', 'Acme Helpdesk sent an answer that is not JSON.', {
      status: response.status,
      cause,
    });
  }
}

/** An error answer → the `SettingsError` whose kind says what the user can do about it. */
async function acmeError(response: Response): Promise<SettingsError> {
  const { status } = response;
  switch (status) {
    case 422: {
      const { errors = [] } = (await response.json().catch(() => ({}))) as AcmeErrors;
      const fields: FieldErrors = {};
      for (const { field, message } of errors) {
        const name = field === undefined ? undefined : FIELDS.get(field);
        if (name) (fields[name] ??= []).push(message);
      }
      const message = errors.map((e) => e.message).join(' ') || 'Acme Helpdesk refused the change.';
      return new SettingsError('validation', message, { status, fields });
    }
    case 401:
      return new SettingsError('auth', 'Your Acme Helpdesk session has ended. Sign in again.', { status });
    case 404:
      return new SettingsError('not-found', 'Acme Helpdesk does not know this user.', { status });
    case 409:
      return new SettingsError('conflict', 'The change clashes with another one. Reload and try again.', {
        status,
      });
    case 408:
    case 429:
    case 503: {
      const header = response.headers.get('retry-after');
      const seconds = header === null ? NaN : Number(header);
      return new SettingsError('busy', 'Acme Helpdesk is busy.', {
        status,
        retryAfter: Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined,
      });
    }
    default:
      return new SettingsError('server', `Acme Helpdesk failed (${status}).`, { status });
  }
}
