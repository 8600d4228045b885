/**
 * The element classes, without registering any tag (no side effects). To register the tags, import
 * `@profile-elements/elements/define/<tag>.js` (or `define/all.js`).
 */
export { ProfileDetails } from './profile-details/profile-details.js';
export { PasswordChange } from './password-change/password-change.js';
export { ProfileSettings } from './profile-settings/profile-settings.js';
export { SettingsProvider } from './settings-provider/settings-provider.js';
export { NotificationPrefs } from './notification-prefs/notification-prefs.js';
export { PushSubscriptionChangeEvent } from './notification-prefs/notification-prefs-events.js';
export { playTone } from './notification-prefs/tones.js';
export { AccessToken } from './access-token/access-token.js';
export { TokenCopiedEvent } from './access-token/access-token-events.js';
export { AvailabilityPrefs } from './availability-prefs/availability-prefs.js';
export { InterfacePrefs } from './interface-prefs/interface-prefs.js';
export { InterfaceChangeEvent } from './interface-prefs/interface-prefs-events.js';
export { MessageSignature } from './message-signature/message-signature.js';
export { HotkeyPrefs } from './hotkey-prefs/hotkey-prefs.js';
export { adapterContext } from './section/adapter-context.js';
export {
  SettingsSavedEvent,
  SettingsFailedEvent,
  SettingsDirtyChangeEvent,
  SettingsLeaveEvent,
  SessionExpiredEvent,
  SECTION_NAMES,
  type SectionName,
} from './section/events.js';
