/**
 * The data the elements show and edit, independent of any backend. Adapters map their backend's
 * shapes onto these. Secrets (passwords, access tokens) are never part of these objects.
 */

/** The signed-in user's profile. */
export interface Profile {
  /** The backend's id for the user, as a string. */
  id: string;
  /** Full name ("Your full name"). */
  name: string;
  /** The name shown to customers in conversations; empty when the user has none. */
  displayName: string;
  /** The confirmed email address the user signs in with. */
  email: string;
  /**
   * A new address that waits for confirmation, or `null`. Until it is confirmed, `email` stays the
   * old address (as backends that confirm changed addresses keep it, e.g. Chatwoot's `unconfirmed_email`).
   */
  pendingEmail: string | null;
  /** URL of the profile image; empty when there is none (the elements show initials). */
  avatarUrl: string;
}

/** The editable profile fields. A patch carries only the fields that changed. */
export type ProfilePatch = Partial<Pick<Profile, 'name' | 'displayName' | 'email'>>;

/** Options every adapter call takes. */
export interface RequestOptions {
  /** Cancels the request; an aborted call rejects with the signal's `AbortError`, never a `SettingsError`. */
  signal?: AbortSignal;
}

/** A password change. Never stored, logged or put into an event. */
export interface PasswordChange {
  currentPassword: string;
  password: string;
  passwordConfirmation: string;
}

/** Options of calls that send a file. */
export interface UploadOptions extends RequestOptions {
  /** Called as the upload goes, with the share sent so far (0 to 1). */
  onProgress?: (fraction: number) => void;
}
