/**
 * What the in-memory adapter enforces and the words it refuses with: one backend's rules in one
 * object, handed to `new MemoryAdapter({ rules })`. Core's `DEFAULT_MEMORY_RULES` answer in plain
 * English; a backend's package can give its own, so that stories and tests see that backend's exact
 * refusals (`chatwootMemoryRules` in `@profile-elements/chatwoot-adapter/rules`).
 */
import type { FieldErrors, SettingsErrorKind } from './errors.js';
import type { PasswordPolicy } from './password-policy.js';
import type { ProfileRules } from './rules.js';
import type { ProfilePatch } from './types.js';

export interface MemoryRules {
  /** The adapter's `passwordPolicy`: what the password UI checks live. */
  readonly passwordPolicy: PasswordPolicy;
  /** The adapter's `profileRules`: what the profile UI checks live. */
  readonly profileRules: ProfileRules;
  /**
   * The messages refusing a profile update, per field; none when it is accepted. `isTaken` says
   * whether a normalised address belongs to another user.
   */
  profileErrors(patch: ProfilePatch, isTaken: (email: string) => boolean): FieldErrors;
  /** The messages refusing a profile image; none when it is accepted. */
  avatarErrors(file: Blob): string[];
  /** The messages refusing a new password and its confirmation, per field; none when accepted. */
  passwordErrors(password: string, confirmation: string): FieldErrors;
  readonly messages: MemoryMessages;
}

/** The fixed words of the in-memory backend. */
export interface MemoryMessages {
  /** A wrong current password (also the message on `currentPassword`). */
  readonly wrongCurrentPassword: string;
  /** A push subscription without an endpoint. */
  readonly pushWithoutEndpoint: string;
  /** A message signature longer than the backend keeps (also the message on `signature`). */
  signatureTooLong(max: number): string;
  /** The message of an injected failure of each kind (`failNext('auth')`). */
  readonly failures: Readonly<Record<SettingsErrorKind, string>>;
}
