export type { SettingsAdapter } from './adapter.js';
export {
  AVAILABILITY_STATUSES,
  FONT_SIZES,
  SEND_KEYS,
  type AccountAvailability,
  type Availability,
  type AvailabilityPatch,
  type AvailabilityStatus,
  type FontSize,
  type InterfacePreferences,
  type InterfacePreferencesPatch,
  type SendKey,
} from './interface-preferences.js';
export type { Profile, ProfilePatch, RequestOptions, PasswordChange, UploadOptions } from './types.js';
export {
  SettingsError,
  SETTINGS_ERROR_KINDS,
  isSettingsError,
  isAbortError,
  type SettingsErrorKind,
  type SettingsErrorOptions,
  type FieldErrors,
  type FieldName,
} from './errors.js';
export {
  DEFAULT_PROFILE_RULES,
  charLength,
  checkName,
  checkDisplayName,
  checkEmail,
  normalizeEmail,
  checkAvatar,
  type ProfileRules,
  type AvatarViolation,
  type TextViolation,
  type EmailViolation,
} from './rules.js';
export { diffProfile } from './profile-diff.js';
export { nextSectionStatus, type SectionStatus, type SectionEvent } from './section-state.js';
export {
  checkPassword,
  type PasswordPolicy,
  type PasswordCharacterClass,
  type PasswordViolation,
  type PasswordCheck,
} from './password-policy.js';
export {
  NOTIFICATION_EVENTS,
  NOTIFICATION_CHANNELS,
  AUDIO_ALERT_EVENTS,
  AUDIO_TONES,
  DEFAULT_AUDIO_ALERTS,
  channelWith,
  applyNotificationPatch,
  type NotificationEvent,
  type KnownNotificationEvent,
  type NotificationChannel,
  type AudioAlertEvent,
  type AudioTone,
  type AudioAlertPreferences,
  type ChannelPreferences,
  type NotificationPreferences,
  type NotificationPreferencesPatch,
} from './notifications.js';
export { DeviceStore, deviceStore } from './device/device-store.js';
export { tabChannel, withTabLock, type TabMessage } from './device/tab-channel.js';
