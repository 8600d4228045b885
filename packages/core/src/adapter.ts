import type { Profile, ProfilePatch, RequestOptions } from './types.js';

/**
 * What the elements need from a backend. Implement it to connect the elements to your own API;
 * `@profile-elements/chatwoot-adapter` is the reference implementation and
 * `@profile-elements/core/memory` an in-memory one for stories and tests.
 *
 * Rules every implementation follows:
 * - every failure rejects with a `SettingsError` (see `errors.ts`), never a transport error;
 * - an aborted call rejects with the signal's `AbortError`;
 * - inputs and outputs are the core types, never the backend's shapes;
 * - secrets (passwords, tokens) are never logged or stored by the adapter.
 */
export interface SettingsAdapter {
  /** Loads the signed-in user's profile. */
  loadProfile(options?: RequestOptions): Promise<Profile>;
  /**
   * Saves the changed profile fields and resolves with the profile as the backend now has it.
   * A changed email may come back in `pendingEmail` rather than `email`.
   */
  updateProfile(patch: ProfilePatch, options?: RequestOptions): Promise<Profile>;
}
