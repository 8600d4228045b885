import type { SettingsAdapter } from '@profile-elements/core';
import type { SectionName } from './events.js';

/**
 * What each section needs from the adapter. The one place this is decided: a section element hides
 * itself (`:state(unsupported)`) and `<profile-settings>` leaves the section out of the page and its
 * list by the same rule, so the two can never disagree.
 */
export const SECTION_SUPPORT: Record<SectionName, (adapter: SettingsAdapter) => boolean> = {
  profile: () => true,
  availability: (a) => !!(a.loadAvailability && a.updateAvailability),
  interface: interfacePreferences,
  signature: (a) => !!(a.loadSignature && a.updateSignature),
  hotkey: interfacePreferences,
  password: (a) => !!a.changePassword,
  audio: notifications,
  email: notifications,
  push: notifications,
  'access-token': (a) => !!(a.revealAccessToken || a.resetAccessToken),
};

/** Reading without writing would show switches that cannot save: both are needed. */
function notifications(a: SettingsAdapter): boolean {
  return !!(a.loadNotificationPreferences && a.updateNotificationPreferences);
}

function interfacePreferences(a: SettingsAdapter): boolean {
  return !!(a.loadInterfacePreferences && a.updateInterfacePreferences);
}
