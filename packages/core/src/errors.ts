/**
 * Every adapter failure reaches the elements as a `SettingsError`, so elements never parse HTTP.
 * The kind says what the user can do about it; `fields` carries per-field messages for `validation`.
 */

/** What went wrong, in terms the UI can act on. */
export const SETTINGS_ERROR_KINDS = [
  /** The input was refused; `fields` says which field and why. */
  'validation',
  /** The credentials are missing, wrong or expired: the user must sign in again. */
  'auth',
  /** The change clashes with a concurrent change on the server (HTTP 409/412). */
  'conflict',
  /** The resource does not exist (any more). */
  'not-found',
  /** The server could not be reached, or did not answer in time. Safe to retry. */
  'network',
  /**
   * The server is busy or asks to wait (HTTP 408, 429, 503). Safe to retry, after `retryAfter`
   * seconds when given.
   */
  'busy',
  /** The server failed. Retrying later may help. */
  'server',
] as const;

export type SettingsErrorKind = (typeof SETTINGS_ERROR_KINDS)[number];

/** The fields a backend can reject, named the way the core types name them. */
export type FieldName =
  | 'name'
  | 'displayName'
  | 'email'
  | 'avatar'
  | 'currentPassword'
  | 'password'
  | 'passwordConfirmation'
  | 'signature';

/** Per-field messages, already fit to show to the user. */
export type FieldErrors = Partial<Record<FieldName, string[]>>;

export interface SettingsErrorOptions {
  fields?: FieldErrors;
  /** The transport's status code, when there is one (diagnostics only; elements do not branch on it). */
  status?: number;
  /** A machine-readable refinement of the kind (see `SettingsError.code`). */
  code?: string;
  /** Seconds to wait before trying again (see `SettingsError.retryAfter`). */
  retryAfter?: number;
  cause?: unknown;
}

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  readonly kind: SettingsErrorKind;
  readonly fields: FieldErrors;
  readonly status: number | undefined;
  /**
   * A machine-readable refinement of the kind, for the cases where the UI should say more than the
   * kind lets it; `undefined` when there is nothing to add. Documented values:
   * - `'token-replaced'` (kind `auth`): the access token was regenerated, but the new one never
   *   reached this page (the reset's reply was lost), so the old one no longer works. The user must
   *   sign in again to get the new token; retrying cannot help.
   *
   * Elements that do not know a code fall back to the kind, so adapters may add codes of their own.
   */
  readonly code: string | undefined;
  /**
   * How many seconds the server asked to wait before trying again (HTTP `Retry-After`), when it
   * said; `undefined` otherwise. Set on `busy` failures only, so the UI can say "try again in N s".
   */
  readonly retryAfter: number | undefined;

  constructor(kind: SettingsErrorKind, message: string, options: SettingsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.fields = options.fields ?? {};
    this.status = options.status;
    this.code = options.code;
    this.retryAfter = options.retryAfter;
  }

  /** Whether trying the same request again may succeed without the user changing anything. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'busy' || this.kind === 'server';
  }
}

/** Narrowing helper that also works across bundle copies of core (duck-typed on `kind`). */
export function isSettingsError(error: unknown): error is SettingsError {
  return (
    error instanceof SettingsError ||
    (error instanceof Error &&
      error.name === 'SettingsError' &&
      SETTINGS_ERROR_KINDS.includes((error as SettingsError).kind))
  );
}

/** Abort is not a failure: callers that cancelled a request should stay silent. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
