import type {
  Availability,
  AvailabilityPatch,
  InterfacePreferences,
  InterfacePreferencesPatch,
} from './interface-preferences.js';
import type { NotificationPreferences, NotificationPreferencesPatch } from './notifications.js';
import type { PasswordPolicy } from './password-policy.js';
import type { ProfileRules } from './rules.js';
import type { PasswordChange, Profile, ProfilePatch, RequestOptions, UploadOptions } from './types.js';

/**
 * What the elements need from a backend. Implement it to connect the elements to your own API;
 * `@profile-elements/chatwoot-adapter` is the reference implementation and
 * `@profile-elements/core/memory` an in-memory one for stories and tests.
 * `@profile-elements/core/contract` is the test suite every implementation must pass.
 *
 * Rules every implementation follows:
 * - every failure rejects with a `SettingsError` (see `errors.ts`), never a transport error;
 * - an aborted call rejects with the signal's `AbortError`;
 * - inputs and outputs are the core types, never the backend's shapes;
 * - secrets (passwords, tokens) are never logged, stored, or returned where not asked for.
 *
 * Optional members are capabilities: an element whose capability is missing hides itself.
 */
export interface SettingsAdapter {
  /** Loads the signed-in user's profile. */
  loadProfile(options?: RequestOptions): Promise<Profile>;
  /**
   * Saves the changed profile fields (only those are passed) and resolves with the profile as the
   * backend now has it. A changed email may come back in `pendingEmail` rather than `email`.
   */
  updateProfile(patch: ProfilePatch, options?: RequestOptions): Promise<Profile>;
  /**
   * The limits the profile UI checks live: field length, image types and size (the backend has the
   * last word). Without it the elements check core's `DEFAULT_PROFILE_RULES`.
   */
  readonly profileRules?: ProfileRules;

  /** Replaces the profile image. The elements send JPEG, PNG or GIF, already cropped and downscaled. */
  uploadAvatar?(file: Blob, options?: UploadOptions): Promise<Profile>;
  /** Removes the profile image (`avatarUrl` becomes empty). */
  removeAvatar?(options?: RequestOptions): Promise<Profile>;

  /** Changes the password. A wrong current password fails as `validation` on `currentPassword`. */
  changePassword?(change: PasswordChange, options?: RequestOptions): Promise<void>;
  /** The rules the password UI checks live (the backend has the last word). */
  readonly passwordPolicy?: PasswordPolicy;

  /** Loads audio, email and push preferences. */
  loadNotificationPreferences?(options?: RequestOptions): Promise<NotificationPreferences>;
  /** Saves the changed preferences and resolves with all of them as the backend now has them. */
  updateNotificationPreferences?(
    patch: NotificationPreferencesPatch,
    options?: RequestOptions,
  ): Promise<NotificationPreferences>;

  /** Loads font size, interface language and send key. */
  loadInterfacePreferences?(options?: RequestOptions): Promise<InterfacePreferences>;
  /**
   * Saves the changed interface settings and resolves with all of them. Backends that keep them in
   * one object with other settings (Chatwoot's `ui_settings`) read, merge and write it whole, one
   * write at a time, so that no writer undoes another's keys.
   */
  updateInterfacePreferences?(
    patch: InterfacePreferencesPatch,
    options?: RequestOptions,
  ): Promise<InterfacePreferences>;
  /** The interface languages the backend offers, as BCP 47 tags (besides "the account default"). */
  readonly interfaceLocales?: readonly string[];

  /** Loads the agent's message signature (Markdown; empty when there is none). */
  loadSignature?(options?: RequestOptions): Promise<string>;
  /** Saves the signature and resolves with it as the backend now has it. Too long fails on `signature`. */
  updateSignature?(signature: string, options?: RequestOptions): Promise<string>;
  /** The longest signature the backend keeps, in characters (Chatwoot: 20,000). */
  readonly signatureMaxLength?: number;

  /** Loads the agent's availability in each of their accounts. */
  loadAvailability?(options?: RequestOptions): Promise<Availability>;
  /** Changes one account's availability or auto-offline, and resolves with every account's. */
  updateAvailability?(patch: AvailabilityPatch, options?: RequestOptions): Promise<Availability>;

  /** Resolves with the user's API access token (shown only when the user asks for it). */
  revealAccessToken?(options?: RequestOptions): Promise<string>;
  /** Makes a new access token; the old one stops working at once. Resolves with the new one. */
  resetAccessToken?(options?: RequestOptions): Promise<string>;

  /** Hands a browser push subscription to the backend, so it can send push notifications. */
  subscribePush?(subscription: PushSubscriptionJSON, options?: RequestOptions): Promise<void>;
  /** Tells the backend to stop pushing to this subscription. */
  unsubscribePush?(subscription: PushSubscriptionJSON, options?: RequestOptions): Promise<void>;

  /**
   * A stable string that names the backend and the signed-in user, e.g.
   * `chatwoot:https://chat.example.com#42`. The elements key what they keep on the device with it
   * (drafts, changes queued while offline) and find the same user's other tabs by it, so it must
   * stay the same across calls, pages and token resets, differ between users and backends, and be
   * safe to store: never a token or any other secret. An adapter without it has no key for the
   * elements to keep anything on the device under.
   */
  storageKey?(options?: RequestOptions): Promise<string>;
}
