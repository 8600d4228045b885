/**
 * Chatwoot's English validation messages (Rails' `en.yml`, devise-secure_password's and
 * devise_token_auth's locale files), without the attribute name: a full message is
 * `fullMessage(attribute, message)`, as Rails' `errors.full_messages` builds it.
 */
import type { PasswordPolicy, PasswordViolation } from '@profile-elements/core';

export const CHATWOOT_MESSAGES = {
  blank: "can't be blank",
  taken: 'has already been taken',
  invalid: 'is invalid',
  notAnEmail: 'is not an email',
  tooLong: (max: number) => `is too long (maximum is ${max} characters)`,
  avatarTooBig: 'is too big',
  avatarType: 'filetype not supported',
  confirmationMismatch: "doesn't match Password",
  /** Sent as `{error}`, not as a record's message: it has no attribute. */
  invalidCurrentPassword: 'Invalid current password',
  /** `{error}` of a 401 for a token that names no user (`AccessTokenAuthHelper`). */
  invalidAccessToken: 'Invalid Access Token',
  /** `{error}` of a 404 (`ActiveRecord::RecordNotFound`). */
  notFound: 'Resource could not be found',
} as const;

/** Rails' `humanize`: `display_name` → `Display name`. */
export const humanize = (attribute: string): string => {
  const words = attribute.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** "<Human attribute> <message>", e.g. `Email has already been taken`. */
export const fullMessage = (attribute: string, message: string): string =>
  `${humanize(attribute)} ${message}`;

/** Rails' `pluralize` for the one noun these messages need. */
const characters = (count: number) => (count === 1 ? 'character' : 'characters');

/**
 * devise-secure_password's English message for one broken rule, without the attribute name
 * ("must contain at least 1 uppercase character  (A..Z)"). Class rules end with two spaces and the
 * class's characters, because the gem appends `"  #{dict_for_type}"` to the translated text.
 */
export function passwordRuleMessage(
  policy: PasswordPolicy,
  violation: PasswordViolation,
  invalid: readonly string[],
): string {
  switch (violation.rule) {
    case 'length': {
      const bound = violation.bound === 'min' ? 'at least' : 'less than';
      return `must contain ${bound} ${violation.limit} ${characters(violation.limit)}`;
    }
    case 'class': {
      const display = policy.classes.find((c) => c.id === violation.classId)?.display ?? '';
      const bound = violation.bound === 'min' ? 'at least' : 'less than';
      return `must contain ${bound} ${violation.limit} ${violation.classId} ${characters(violation.limit)}  ${display}`;
    }
    case 'invalid-characters':
      return `contains ${violation.count} invalid ${characters(violation.count)} (${invalid.join(', ')})`;
  }
}
