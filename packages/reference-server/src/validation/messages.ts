/**
 * Chatwoot's English validation messages (Rails' `en.yml`, devise-secure_password's and
 * devise_token_auth's locale files), without the attribute name: `RecordErrors` prefixes it.
 */
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
