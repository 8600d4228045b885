/**
 * Chatwoot's rules for core's in-memory adapter: `new MemoryAdapter({ rules: chatwootMemoryRules })`
 * refuses what the reference server refuses, in the same words, so stories and tests see Chatwoot's
 * behaviour without a server.
 */
import { charLength, normalizeEmail, type FieldErrors, type FieldName } from '@profile-elements/core';
import type { MemoryRules } from '@profile-elements/core/memory';
import { CHATWOOT_MESSAGES as MESSAGES, fullMessage } from './messages.js';
import { passwordChangeErrors } from './password-errors.js';
import { CHATWOOT_PASSWORD_POLICY } from './password-policy.js';
import { CHATWOOT_PROFILE_RULES as LIMITS, EMAIL_DOMAIN, EMAIL_FORMAT } from './profile-rules.js';

const tooLong = (value: string) => charLength(value) > LIMITS.maxLength;

/** The first problem of an address, as a full message (the server lists every one; one is enough here). */
function emailError(value: string): string | null {
  const email = normalizeEmail(value);
  if (!email) return fullMessage('email', MESSAGES.blank);
  if (tooLong(email)) return fullMessage('email', MESSAGES.tooLong(LIMITS.maxLength));
  if (!EMAIL_FORMAT.test(email)) return fullMessage('email', MESSAGES.invalid);
  return EMAIL_DOMAIN.test(email) ? null : fullMessage('email', MESSAGES.notAnEmail);
}

const FIELD = {
  password: 'password',
  password_confirmation: 'passwordConfirmation',
} as const satisfies Record<string, FieldName>;

export const chatwootMemoryRules: MemoryRules = {
  passwordPolicy: CHATWOOT_PASSWORD_POLICY,
  profileRules: LIMITS,

  profileErrors(patch, isTaken) {
    const fields: FieldErrors = {};
    const tooLongMessage = MESSAGES.tooLong(LIMITS.maxLength);
    // Chatwoot accepts a blank name (only its UI requires one).
    if (patch.name !== undefined && tooLong(patch.name)) fields.name = [fullMessage('name', tooLongMessage)];
    if (patch.displayName !== undefined && tooLong(patch.displayName))
      fields.displayName = [fullMessage('display_name', tooLongMessage)];
    if (patch.email !== undefined) {
      const error = emailError(patch.email);
      if (error) fields.email = [error];
      else if (isTaken(normalizeEmail(patch.email))) fields.email = [fullMessage('email', MESSAGES.taken)];
    }
    return fields;
  },

  /** Both problems of one file, too big first, as Chatwoot reports them. */
  avatarErrors(file) {
    const errors: string[] = [];
    if (file.size > LIMITS.avatarMaxBytes) errors.push(fullMessage('avatar', MESSAGES.avatarTooBig));
    if (!(LIMITS.avatarTypes as readonly string[]).includes(file.type))
      errors.push(fullMessage('avatar', MESSAGES.avatarType));
    return errors;
  },

  passwordErrors(password, confirmation) {
    const fields: FieldErrors = {};
    for (const { attribute, message } of passwordChangeErrors(password, confirmation))
      (fields[FIELD[attribute]] ??= []).push(fullMessage(attribute, message));
    return fields;
  },

  messages: {
    wrongCurrentPassword: MESSAGES.invalidCurrentPassword,
    pushWithoutEndpoint: fullMessage('identifier', MESSAGES.blank),
    signatureTooLong: (max) => fullMessage('message_signature', MESSAGES.tooLong(max)),
    // What Chatwoot (and the browser, for `network`) says for each kind.
    failures: {
      validation: 'The input was refused',
      auth: MESSAGES.invalidAccessToken,
      conflict: 'The data changed on the server',
      'not-found': MESSAGES.notFound,
      network: 'Failed to fetch',
      busy: 'Too many requests: the server asks to wait',
      server: 'Internal Server Error',
    },
  },
};
