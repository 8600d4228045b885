import { checkPassword } from '@profile-elements/core';
import { CHATWOOT_MESSAGES, passwordRuleMessage } from './messages.js';
import { CHATWOOT_PASSWORD_POLICY } from './password-policy.js';

/** One message on one of Chatwoot's attributes, without the attribute name. */
export interface AttributeError {
  attribute: 'password' | 'password_confirmation';
  message: string;
}

function contentErrors(attribute: AttributeError['attribute'], value: string): AttributeError[] {
  const policy = CHATWOOT_PASSWORD_POLICY;
  const { failed, invalidCharacters } = checkPassword(policy, value);
  return failed.map((violation) => ({
    attribute,
    message: passwordRuleMessage(policy, violation, invalidCharacters),
  }));
}

/**
 * Chatwoot's refusals of a new password, in its order, as devise-secure_password runs them on
 * `update!(password:, password_confirmation:)`: the content rules on `password`, the same rules on
 * `password_confirmation`, then the mismatch. `confirmation` is `null` when none was sent: Rails
 * skips every confirmation check then.
 */
export function passwordChangeErrors(password: string, confirmation: string | null): AttributeError[] {
  const errors = contentErrors('password', password);
  if (confirmation !== null) {
    errors.push(...contentErrors('password_confirmation', confirmation));
    if (confirmation !== password) {
      errors.push({ attribute: 'password_confirmation', message: CHATWOOT_MESSAGES.confirmationMismatch });
    }
  }
  return errors;
}
