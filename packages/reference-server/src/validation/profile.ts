/**
 * The profile step's validation, in the order Chatwoot's User model reports problems:
 * 1. ApplicationRecord's length guard (a `before_validation`, so first), column by column;
 * 2. the avatar (`Avatarable`), only when a new one was sent;
 * 3. the email: presence, then — only if it changes — uniqueness and Devise's format, then
 *    devise_token_auth's stricter "is not an email" check on every save.
 * Every failing check is reported, not just the first, because Rails collects them all.
 */
import {
  CHATWOOT_MESSAGES as MESSAGES,
  CHATWOOT_PROFILE_RULES,
  EMAIL_DOMAIN,
  EMAIL_FORMAT,
} from '@profile-elements/chatwoot-adapter/rules';
import { charLength, normalizeEmail } from '@profile-elements/core';
import { checkAvatar } from '../avatar/avatar.js';
import type { UserRow } from '../db/store.js';
import type { UploadedFile } from '../http/uploaded-file.js';
import { RecordErrors } from './record-errors.js';

/** String columns are capped at 255 characters by ApplicationRecord's length guard. */
const MAX_STRING_LENGTH = CHATWOOT_PROFILE_RULES.maxLength;

/** Text columns (message_signature) are capped at 20,000 characters by the same guard. */
export const MAX_TEXT_LENGTH = 20_000;

/** The permitted, cast fields of a profile update; `undefined` means "not sent". */
export interface ProfileChanges {
  name?: string | null;
  display_name?: string | null;
  email?: string | null;
  message_signature?: string | null;
  avatar?: UploadedFile;
}

export interface ProfileValidation {
  errors: RecordErrors;
  /** The normalised new email when it differs from the confirmed one (it becomes `unconfirmed_email`). */
  newEmail: string | null;
  /** The sniffed type of an acceptable new avatar. */
  avatarType: string | null;
}

/** The id of the user whose confirmed address is `email`, if any (for the uniqueness check). */
export type EmailOwner = (email: string) => number | undefined;

export function validateProfile(
  user: UserRow,
  changes: ProfileChanges,
  emailOwner: EmailOwner,
): ProfileValidation {
  const errors = new RecordErrors();

  // 1. Length guard. Chatwoot has no presence rule on name: a blank one is saved.
  if (changes.name != null && charLength(changes.name) > MAX_STRING_LENGTH)
    errors.add('name', MESSAGES.tooLong(MAX_STRING_LENGTH));
  if (changes.display_name != null && charLength(changes.display_name) > MAX_STRING_LENGTH) {
    errors.add('display_name', MESSAGES.tooLong(MAX_STRING_LENGTH));
  }
  // Measured before Devise strips and downcases the address, as the guard runs first.
  if (changes.email != null && charLength(changes.email) > MAX_STRING_LENGTH) {
    errors.add('email', MESSAGES.tooLong(MAX_STRING_LENGTH));
  }
  if (changes.message_signature != null && charLength(changes.message_signature) > MAX_TEXT_LENGTH) {
    errors.add('message_signature', MESSAGES.tooLong(MAX_TEXT_LENGTH));
  }

  // 2. Avatar.
  let avatarType: string | null = null;
  if (changes.avatar) {
    const checked = checkAvatar(changes.avatar);
    for (const message of checked.errors) errors.add('avatar', message);
    if (checked.errors.length === 0) avatarType = checked.contentType;
  }

  // 3. Email. Chatwoot lists every validator that fails, so Devise's regexes are applied one by one.
  let newEmail: string | null = null;
  if (changes.email !== undefined) {
    const email = normalizeEmail(changes.email ?? '');
    if (email === '') {
      errors.add('email', MESSAGES.blank);
    } else {
      if (email !== user.email) {
        const owner = emailOwner(email);
        if (owner !== undefined && owner !== user.id) errors.add('email', MESSAGES.taken);
        if (!EMAIL_FORMAT.test(email)) errors.add('email', MESSAGES.invalid);
        newEmail = email;
      }
      if (!EMAIL_DOMAIN.test(email)) errors.add('email', MESSAGES.notAnEmail);
    }
  }

  return { errors, newEmail, avatarType };
}
