export type { SettingsAdapter } from './adapter.js';
export type { Profile, ProfilePatch, RequestOptions } from './types.js';
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
  MAX_STRING_LENGTH,
  EMAIL_FORMAT,
  EMAIL_DOMAIN,
  charLength,
  checkName,
  checkDisplayName,
  checkEmail,
  normalizeEmail,
  type TextViolation,
  type EmailViolation,
} from './rules.js';
export { diffProfile } from './profile-diff.js';
export { nextSectionStatus, type SectionStatus, type SectionEvent } from './section-state.js';
export {
  CHATWOOT_PASSWORD_POLICY,
  checkPassword,
  type PasswordPolicy,
  type PasswordCharacterClass,
  type PasswordViolation,
  type PasswordCheck,
} from './password-policy.js';
