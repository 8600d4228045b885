import type { SettingsAdapter } from './adapter.js';
import { SettingsError, type FieldErrors, type SettingsErrorKind } from './errors.js';
import { checkDisplayName, checkEmail, checkName, normalizeEmail } from './rules.js';
import type { Profile, ProfilePatch, RequestOptions } from './types.js';

/**
 * An adapter that keeps everything in memory and behaves like the reference backend: the same rules,
 * the same pending-email flow, the same error kinds. For stories, unit tests and prototypes; never a
 * substitute for the contract tests against a real server.
 */
export interface MemoryAdapterOptions {
  /** The starting profile (fields not given take demo values). */
  profile?: Partial<Profile>;
  /** Addresses that belong to other users, so changing to one of them fails as "taken". */
  takenEmails?: string[];
  /** Milliseconds every call waits before it answers, to show loading and saving states. */
  latency?: number;
  /** Whether a changed email must be confirmed first (lands in `pendingEmail`), as in Chatwoot. */
  confirmEmailChanges?: boolean;
}

/** A failure to inject into the next call(s): a kind, or a whole `SettingsError`. */
export type InjectedFailure = SettingsErrorKind | SettingsError;

const DEMO_PROFILE: Profile = {
  id: '1',
  name: 'Jane Doe',
  displayName: 'Jane',
  email: 'agent@example.com',
  pendingEmail: null,
  avatarUrl: '',
};

const FAILURE_MESSAGES: Record<SettingsErrorKind, string> = {
  validation: 'The input was refused',
  auth: 'Invalid Access Token',
  conflict: 'The data changed on the server',
  'not-found': 'Resource could not be found',
  network: 'Failed to fetch',
  server: 'Internal Server Error',
};

export class MemoryAdapter implements SettingsAdapter {
  /** What the backend holds now. Tests may read it; change it through the adapter's methods. */
  profile: Profile;
  latency: number;
  readonly calls: { method: string; args: unknown[] }[] = [];
  readonly #taken: Set<string>;
  readonly #confirmEmail: boolean;
  readonly #failures: InjectedFailure[] = [];

  constructor(options: MemoryAdapterOptions = {}) {
    this.profile = { ...DEMO_PROFILE, ...options.profile };
    this.latency = options.latency ?? 0;
    this.#taken = new Set((options.takenEmails ?? ['taken@example.com']).map(normalizeEmail));
    this.#confirmEmail = options.confirmEmailChanges ?? true;
  }

  /** Makes the next call(s) fail, in order: one entry per call. */
  failNext(...failures: InjectedFailure[]): this {
    this.#failures.push(...failures);
    return this;
  }

  async loadProfile(options?: RequestOptions): Promise<Profile> {
    await this.#answer('loadProfile', [], options);
    return { ...this.profile };
  }

  async updateProfile(patch: ProfilePatch, options?: RequestOptions): Promise<Profile> {
    await this.#answer('updateProfile', [patch], options);
    const fields: FieldErrors = {};
    const violations = {
      name: patch.name === undefined ? null : checkName(patch.name),
      displayName: patch.displayName === undefined ? null : checkDisplayName(patch.displayName),
      email: patch.email === undefined ? null : checkEmail(patch.email),
    };
    // Like Chatwoot, the backend accepts a blank name (only the UI requires one).
    if (violations.name === 'too-long') fields.name = ['Name is too long (maximum is 255 characters)'];
    if (violations.displayName) fields.displayName = ['Display name is too long (maximum is 255 characters)'];
    if (violations.email) fields.email = [EMAIL_MESSAGES[violations.email]];
    const email = patch.email === undefined ? undefined : normalizeEmail(patch.email);
    if (!fields.email && email && email !== this.profile.email && this.#taken.has(email)) {
      fields.email = ['Email has already been taken'];
    }
    const messages = Object.values(fields).flat();
    if (messages.length) throw new SettingsError('validation', messages.join(', '), { fields, status: 422 });

    const next = { ...this.profile };
    if (patch.name !== undefined) next.name = patch.name;
    if (patch.displayName !== undefined) next.displayName = patch.displayName;
    if (email !== undefined && email !== next.email) {
      if (this.#confirmEmail) next.pendingEmail = email;
      else next.email = email;
    }
    this.profile = next;
    return { ...next };
  }

  /** Records the call, waits the latency (abortably), then throws an injected failure if any. */
  async #answer(method: string, args: unknown[], options?: RequestOptions): Promise<void> {
    this.calls.push({ method, args });
    const signal = options?.signal;
    signal?.throwIfAborted();
    if (this.latency > 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, this.latency);
        signal?.addEventListener(
          'abort',
          () => {
            clearTimeout(timer);
            reject(signal.reason);
          },
          { once: true },
        );
      });
    }
    const failure = this.#failures.shift();
    if (failure) {
      throw typeof failure === 'string' ? new SettingsError(failure, FAILURE_MESSAGES[failure]) : failure;
    }
  }
}

const EMAIL_MESSAGES = {
  required: "Email can't be blank",
  'too-long': 'Email is too long (maximum is 255 characters)',
  invalid: 'Email is invalid',
  'no-domain': 'Email is not an email',
} as const;
