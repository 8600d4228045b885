import type { SettingsError } from '@profile-elements/core';

/**
 * The outcome events every section element fires. One naming scheme: `pe-` and the outcome.
 * All bubble and cross shadow roots, so a host can listen once on `<profile-settings>` or `document`.
 * `detail` never carries secrets (passwords, tokens).
 */

/**
 * The sections, as named in events and in `<profile-settings hidden-sections>`, in the page's order:
 * Chatwoot's (the contract, §6.2), with Availability, which Chatwoot keeps in its status menu, after
 * the profile. `<notification-prefs>` reports as `audio`, `email` or `push`, after the preference it
 * saved.
 */
export const SECTION_NAMES = [
  'profile',
  'availability',
  'interface',
  'signature',
  'hotkey',
  'password',
  'audio',
  'email',
  'push',
  'access-token',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

const init = { bubbles: true, composed: true } as const;

/** A section saved successfully. `detail.value` is what the backend now holds (never a secret). */
export class SettingsSavedEvent<T = unknown> extends Event {
  static readonly type = 'pe-saved';
  constructor(readonly detail: { section: SectionName; value: T }) {
    super(SettingsSavedEvent.type, init);
  }
}

/** Loading or saving a section failed; the element shows the error and keeps the user's edits. */
export class SettingsFailedEvent extends Event {
  static readonly type = 'pe-failed';
  constructor(readonly detail: { section: SectionName; during: 'load' | 'save'; error: SettingsError }) {
    super(SettingsFailedEvent.type, init);
  }
}

/** The section's unsaved edits appeared or went away (for "leave page?" prompts). */
export class SettingsDirtyChangeEvent extends Event {
  static readonly type = 'pe-dirty-change';
  constructor(readonly detail: { section: SectionName; dirty: boolean }) {
    super(SettingsDirtyChangeEvent.type, init);
  }
}

/**
 * The page is about to unload while the section has unsaved work. Unless a listener calls
 * `preventDefault()`, the section asks the browser to confirm leaving ("Leave site?"). A host with
 * its own prompt, or one that knows the work is kept (drafts), cancels it.
 */
export class SettingsLeaveEvent extends Event {
  static readonly type = 'pe-before-leave';
  constructor(readonly detail: { section: SectionName }) {
    super(SettingsLeaveEvent.type, { ...init, cancelable: true });
  }
}

/**
 * The backend refused the user's credentials (expired, revoked, or replaced by a token reset whose
 * reply was lost: `error.code === 'token-replaced'`). The section keeps the user's edits and shows
 * what happened; once the host has signed the user in again (and given the adapter the new token),
 * `detail.retry()` repeats what failed.
 */
export class SessionExpiredEvent extends Event {
  static readonly type = 'pe-session-expired';
  constructor(
    readonly detail: {
      section: SectionName;
      during: 'load' | 'save';
      error: SettingsError;
      retry: () => void;
    },
  ) {
    super(SessionExpiredEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pe-saved': SettingsSavedEvent;
    'pe-failed': SettingsFailedEvent;
    'pe-dirty-change': SettingsDirtyChangeEvent;
    'pe-before-leave': SettingsLeaveEvent;
    'pe-session-expired': SessionExpiredEvent;
  }
}
