import type { PasswordPolicy, PasswordViolation } from './password-policy.js';

/** Rails' `pluralize` for the one noun these messages need. */
const characters = (count: number) => (count === 1 ? 'character' : 'characters');

/**
 * devise-secure_password's English message for one broken rule, without the attribute name
 * ("must contain at least 1 uppercase character  (A..Z)"). Class rules end with two spaces and the
 * class's characters, because the gem appends `"  #{dict_for_type}"` to the translated text.
 * Shared by the reference server and the in-memory adapter, so both answer in Chatwoot's words.
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
