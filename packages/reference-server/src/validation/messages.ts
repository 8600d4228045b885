/**
 * Chatwoot's English validation messages (Rails' `en.yml`, devise-secure_password's and
 * devise_token_auth's locale files), without the attribute name: `RecordErrors` prefixes it.
 */
import type { PasswordPolicy, PasswordViolation } from '@profile-elements/core';

/** Rails' `pluralize` for the one noun these messages need. */
const characters = (count: number) => (count === 1 ? 'character' : 'characters');

export const MESSAGES = {
  blank: "can't be blank",
  taken: 'has already been taken',
  invalid: 'is invalid',
  notAnEmail: 'is not an email',
  tooLong: (max: number) => `is too long (maximum is ${max} characters)`,
  avatarTooBig: 'is too big',
  avatarType: 'filetype not supported',
  confirmationMismatch: "doesn't match Password",
  invalidCurrentPassword: 'Invalid current password',
} as const;

/**
 * devise-secure_password's message for one broken rule. Class rules end with two spaces and the
 * class's characters, because the gem appends `"  #{dict_for_type}"` to the translated text.
 */
export function passwordMessage(
  policy: PasswordPolicy,
  violation: PasswordViolation,
  invalid: readonly string[],
): string {
  switch (violation.rule) {
    case 'length':
      return violation.bound === 'min'
        ? `must contain at least ${violation.limit} ${characters(violation.limit)}`
        : `must contain less than ${violation.limit} ${characters(violation.limit)}`;
    case 'class': {
      const cls = policy.classes.find((c) => c.id === violation.classId);
      const text =
        violation.bound === 'min'
          ? `must contain at least ${violation.limit} ${violation.classId} ${characters(violation.limit)}`
          : `must contain less than ${violation.limit} ${violation.classId} ${characters(violation.limit)}`;
      return `${text}  ${cls?.display ?? ''}`;
    }
    case 'invalid-characters':
      return `contains ${violation.count} invalid ${characters(violation.count)} (${invalid.join(', ')})`;
  }
}
