/**
 * The password step's validation, as devise-secure_password runs it on `update!(password:,
 * password_confirmation:)`: the content rules on `password`, the same rules on
 * `password_confirmation` when one was sent, then the mismatch check.
 */
import { CHATWOOT_PASSWORD_POLICY, checkPassword, passwordRuleMessage } from '@profile-elements/core';
import { MESSAGES } from './messages.js';
import { RecordErrors } from './record-errors.js';

const policy = CHATWOOT_PASSWORD_POLICY;

function contentErrors(errors: RecordErrors, attribute: string, value: string): void {
  const { failed, invalidCharacters } = checkPassword(policy, value);
  for (const violation of failed)
    errors.add(attribute, passwordRuleMessage(policy, violation, invalidCharacters));
}

/**
 * `confirmation` is `null` when the request did not send one: Rails skips every confirmation check
 * then, so a lone `password` is enough to change it.
 */
export function validatePasswordChange(password: string, confirmation: string | null): RecordErrors {
  const errors = new RecordErrors();
  contentErrors(errors, 'password', password);
  if (confirmation !== null) {
    contentErrors(errors, 'password_confirmation', confirmation);
    if (confirmation !== password) errors.add('password_confirmation', MESSAGES.confirmationMismatch);
  }
  return errors;
}
