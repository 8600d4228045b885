/**
 * The password step's validation: Chatwoot's refusals (shared with the in-memory adapter's Chatwoot
 * mode through `@profile-elements/chatwoot-adapter/rules`) as a record's errors.
 */
import { passwordChangeErrors } from '@profile-elements/chatwoot-adapter/rules';
import { RecordErrors } from './record-errors.js';

/**
 * `confirmation` is `null` when the request did not send one: Rails skips every confirmation check
 * then, so a lone `password` is enough to change it.
 */
export function validatePasswordChange(password: string, confirmation: string | null): RecordErrors {
  const errors = new RecordErrors();
  for (const { attribute, message } of passwordChangeErrors(password, confirmation))
    errors.add(attribute, message);
  return errors;
}
